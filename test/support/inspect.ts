/**
 * Read-only SQL against a suite's database, to see what a crash left on disk (the API cannot show rows that
 * belong to no settlement). SQLite through the sqlite3 package, PostgreSQL through pg.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import type { TestDatabase } from './database.js';
import type { TestServer } from './server.js';

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
  /** True once the server has started writing (see watchWrites). */
  writing(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Watches, without taking any lock, for the server starting to write: on PostgreSQL a session other than ours
 * whose transaction has an xid (it has written, not yet committed); on SQLite the bytes the server process has
 * written through write(2)/pwrite(2) (/proc/<pid>/io wchar) growing, which during a settle is SQLite spilling
 * the open transaction's pages to the WAL long before the commit and the response.
 */
export async function watchWrites(server: TestServer): Promise<WriteWatch> {
  const db = server.database;
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
  const written = () => Number(/wchar:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid()}/io`, 'utf8'))![1]);
  const start = written();
  return {
    writing: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return written() > start;
    },
    close: async () => undefined,
  };
}

/** Each settlement whole (as many outcome rows as its members) and no outcome row without its settlement. */
export async function settlementsOnDisk(
  db: TestDatabase,
): Promise<{ partial: unknown[]; orphans: number; settlements: number; outcomes: number }> {
  const partial = await sql(
    db,
    `select s.id, s.members_count as members, (select count(*) from settlement_outcome o where o.settlement_id = s.id) as outcomes
    from settlement s where s.members_count <> (select count(*) from settlement_outcome o where o.settlement_id = s.id)`,
  );
  const [orphans] = await sql<{ n: string | number }>(
    db,
    `select count(*) as n from settlement_outcome o where not exists (select 1 from settlement s where s.id = o.settlement_id)`,
  );
  const [settlements] = await sql<{ n: string | number }>(db, 'select count(*) as n from settlement');
  const [outcomes] = await sql<{ n: string | number }>(db, 'select count(*) as n from settlement_outcome');
  return { partial, orphans: Number(orphans!.n), settlements: Number(settlements!.n), outcomes: Number(outcomes!.n) };
}
