/**
 * `pnpm --filter @cunce/server migrate`: prepares the database of DATABASE_URL (pending migrations, then the
 * seed of an empty one, with CUNCE_ADMIN_PASSWORD) and exits, as a deployment step before starting servers.
 * Waits for any other process preparing the same database; PostgreSQL statements have no time limit here.
 */
import './production.js';
import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openOrm } from './db/orm.js';
import { entities } from './entities.js';
import { prepareDatabase } from './seeders/prepare.js';

const config = loadConfig();
const orm = await openOrm(config.database, entities, { db: { statementTimeoutMs: 0 } });
try {
  const ran = await prepareDatabase(orm, { adminPassword: config.adminPassword });
  console.log(ran.length ? `[cunce] ran ${ran.length} migration(s): ${ran.join(', ')}` : '[cunce] the database was up to date');
} finally {
  await orm.close();
}
