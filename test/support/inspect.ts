/**
 * Read-only SQL against a suite's database, to see what a crash left on disk (the API cannot show rows that
 * belong to no settlement). SQLite through the sqlite3 package, PostgreSQL through pg.
 */
import pg from 'pg';
import sqlite3 from 'sqlite3';
import type { TestDatabase } from './database.js';

export async function sql<R = Record<string, unknown>>(db: TestDatabase, text: string): Promise<R[]> {
  if (db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query<R>(text)).rows;
    } finally {
      await client.end();
    }
  }
  const handle = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(db.file!, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(d)));
  });
  try {
    return await new Promise<R[]>((resolve, reject) => handle.all(text, (err, rows) => (err ? reject(err) : resolve(rows as R[]))));
  } finally {
    await new Promise((resolve) => handle.close(resolve));
  }
}

export interface WriteWatch {
  /** True while another connection holds an open write transaction that has written something. */
  writing(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Watches for a write transaction in progress: on SQLite a `BEGIN IMMEDIATE` that finds the database
 * locked (SQLITE_BUSY) at once; on PostgreSQL a session other than ours whose transaction has an xid.
 */
export async function watchWrites(db: TestDatabase): Promise<WriteWatch> {
  if (db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    return {
      async writing() {
        const { rows } = await client.query<{ n: string }>(
          'select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null',
        );
        return Number(rows[0]!.n) > 0;
      },
      close: () => client.end(),
    };
  }
  const handle = await new Promise<sqlite3.Database>((resolve, reject) => {
    const d = new sqlite3.Database(db.file!, sqlite3.OPEN_READWRITE, (err) => (err ? reject(err) : resolve(d)));
  });
  handle.configure('busyTimeout', 0);
  const exec = (text: string) => new Promise<Error | null>((resolve) => handle.exec(text, (err) => resolve(err)));
  return {
    async writing() {
      const err = await exec('BEGIN IMMEDIATE');
      if (err) return (err as { code?: string }).code === 'SQLITE_BUSY';
      await exec('ROLLBACK');
      return false;
    },
    close: () => new Promise((resolve) => handle.close(() => resolve())),
  };
}
