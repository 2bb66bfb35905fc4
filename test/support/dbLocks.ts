/**
 * Another client of a suite's database, as a second process would be: holding a PostgreSQL table lock or
 * SQLite's write lock while the server works, looking at the server's PostgreSQL sessions (pg_stat_activity),
 * ending them (pg_terminate_backend), and writing rows directly.
 */
import pg from 'pg';
import sqlite3 from 'sqlite3';
import type { TestDatabase } from './database.js';

export interface Session {
  query<R = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A connection of its own to the suite's database (PostgreSQL or the SQLite file, read-write). */
export async function session(db: TestDatabase): Promise<Session> {
  if (db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    return { query: async (sql, values) => (await client.query(sql, values)).rows as never[], close: () => client.end() };
  }
  const handle = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(db.file!, (err) => (err ? reject(err) : resolve(d)));
  });
  return {
    query: (sql, values = []) =>
      new Promise((resolve, reject) => handle.all(sql, values, (err, rows) => (err ? reject(err) : resolve(rows as never[])))),
    close: () => new Promise((resolve) => handle.close(() => resolve())),
  };
}

export interface ServerBackend {
  pid: number;
  state: string | null;
  wait_event_type: string | null;
  application_name: string;
}

/**
 * The server's PostgreSQL sessions: those named `applicationName` (DB_APPLICATION_NAME) on the suite's database,
 * as they are now (PostgreSQL otherwise shows the same snapshot for the rest of a transaction, e.g. holdLock's).
 */
export async function backends(s: Session, applicationName: string): Promise<ServerBackend[]> {
  await s.query('select pg_stat_clear_snapshot()');
  return s.query<ServerBackend>(
    'select pid, state, wait_event_type, application_name from pg_stat_activity where datname = current_database() and application_name = $1',
    [applicationName],
  );
}

/** The sessions of the suite's database other than this one that wait for a lock, as they are now. */
export async function lockWaiters(s: Session): Promise<number[]> {
  await s.query('select pg_stat_clear_snapshot()');
  const rows = await s.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'",
  );
  return rows.map((r) => r.pid);
}

/** Locks `table` (PostgreSQL: ACCESS EXCLUSIVE, so even reads wait) or the whole SQLite file (its write lock). */
export async function holdLock(s: Session, db: TestDatabase, table: string): Promise<{ release(): Promise<void> }> {
  await s.query(db.kind === 'postgres' ? 'begin' : 'begin immediate');
  if (db.kind === 'postgres') await s.query(`lock table "${table}" in access exclusive mode`);
  return { release: () => s.query('rollback').then(() => undefined) };
}
