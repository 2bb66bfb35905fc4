/**
 * Once per run: build the server as its start script would (skipped with CUNCE_E2E_SKIP_BUILD=1), with
 * CUNCE_E2E_DB=postgres check that PostgreSQL answers, then prepare the template database that every suite's
 * server starts on a copy of (support/database.ts), dropped at the end.
 */
import { buildServer } from './build.js';
import { databaseKind, maintenance, makeTemplate } from './database.js';
import { ADMIN_PASSWORD } from './server.js';

export default async function setup(): Promise<() => Promise<void>> {
  buildServer();
  if (databaseKind() === 'postgres') await maintenance('SELECT 1');
  return makeTemplate(ADMIN_PASSWORD);
}
