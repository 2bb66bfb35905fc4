/**
 * Starts the server: open and prepare the database (migrate, seed an empty one; one process at a time), build
 * the app, listen; shut down gracefully on SIGTERM/SIGINT (shutdown.ts).
 * Run with `pnpm --filter @cunce/server start` (see server/README.md).
 */
import './production.js';
import 'reflect-metadata';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openOrm } from './db/orm.js';
import { entities } from './entities.js';
import { prepareDatabase } from './seeders/prepare.js';
import { DEFAULT_SCRYPT_LN, SCRYPT_COST } from './modules/reference/auth/password.js';
import { shutdownOnSignals } from './shutdown.js';

const config = loadConfig();
if (SCRYPT_COST.ln < DEFAULT_SCRYPT_LN) {
  console.warn(`[cunce] CUNCE_SCRYPT_LN=${SCRYPT_COST.ln}: passwords are hashed below OWASP's cost (17); use this for tests only`);
}
const orm = await openOrm(config.database, entities);
await prepareDatabase(orm, { adminPassword: config.adminPassword });
const app = await createApp(orm, config);
const server = app.express.listen(config.port, (error?: Error) => {
  if (error) {
    console.error(`[cunce] cannot listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  }
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`[cunce] GraphQL at http://localhost:${config.port}/graphql (database: ${where})`);
});
shutdownOnSignals(server, app, orm);
