/**
 * Once per run: build the server as its start script would (skipped with CUNCE_E2E_SKIP_BUILD=1), and with
 * CUNCE_E2E_DB=postgres check that PostgreSQL answers before any suite starts a server.
 */
import { buildServer } from './build.js';
import { databaseKind, maintenance } from './database.js';

export default async function setup(): Promise<void> {
  buildServer();
  if (databaseKind() === 'postgres') await maintenance('SELECT 1');
}
