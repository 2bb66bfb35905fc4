/**
 * The database's operating settings from the environment, with defaults that suit one server process:
 * `DB_POOL_MAX` (PostgreSQL connections per process, 10), `DB_STATEMENT_TIMEOUT_MS` (PostgreSQL cancels a
 * statement running longer, 60000; 0: no limit), `DB_APPLICATION_NAME` (how the process's connections are named
 * in pg_stat_activity, "cunce"), `DB_BUSY_TIMEOUT_MS` (how long SQLite waits for another writer, 5000),
 * `DB_CACHE_MB` (SQLite's page cache, 64: SQLite's own default of 2 MB holds a few villages' outcome rows, so
 * that every settlement's inserts into the region-wide indexes read their pages back from the file).
 */
import { envInteger as integer } from '../envInteger.js';

export interface DbOptions {
  poolMax: number;
  statementTimeoutMs: number;
  applicationName: string;
  busyTimeoutMs: number;
  cacheMb: number;
}

export function loadDbOptions(env: NodeJS.ProcessEnv = process.env): DbOptions {
  const applicationName = env.DB_APPLICATION_NAME || 'cunce';
  // PostgreSQL keeps 63 bytes and shows anything outside printable ASCII as '?'.
  if (!/^[\x20-\x7e]{1,63}$/.test(applicationName)) {
    throw new Error(`DB_APPLICATION_NAME must be 1 to 63 printable ASCII characters, got ${applicationName}`);
  }
  return {
    // At least 2, so that one long request cannot hold the process's only connection.
    poolMax: integer(env, 'DB_POOL_MAX', 10, 2, 1000),
    statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 60_000, 0, 86_400_000),
    applicationName,
    busyTimeoutMs: integer(env, 'DB_BUSY_TIMEOUT_MS', 5000, 0, 600_000),
    cacheMb: integer(env, 'DB_CACHE_MB', 64, 2, 4096),
  };
}
