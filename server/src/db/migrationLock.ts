/**
 * One process at a time prepares a database (migrations, then the seed): several servers started together on
 * one empty database would otherwise each create the same tables and rows, and all but one crash.
 *
 * PostgreSQL: a session-level advisory lock on a connection of its own (outside the pool, which the migrations
 * use), released when the work is done or the process dies. SQLite: an exclusive lock on a companion file
 * `<database>-prepare-lock` held through a connection of its own, released likewise; the database itself cannot
 * be locked for this, since the migrations run on the pool's one connection to it.
 */
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import sqlite3 from 'sqlite3';
import type { Orm } from './orm.js';

/** An arbitrary constant: the advisory lock's key (advisory locks are per database). */
const PG_LOCK_KEY = 0x63756e6365; // "cunce"

export async function withMigrationLock<T>(orm: Orm, work: () => Promise<T>): Promise<T> {
  if (orm.em.getPlatform() instanceof PostgreSqlPlatform) return withAdvisoryLock(orm, work);
  const file = orm.config.get('dbName');
  if (!file || file === ':memory:') return work();
  return withFileLock(`${file}-prepare-lock`, work);
}

interface PgConnection {
  query(sql: string): Promise<{ rows: { locked?: boolean }[] }>;
}
interface KnexClient {
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
}

async function withAdvisoryLock<T>(orm: Orm, work: () => Promise<T>): Promise<T> {
  const client = (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
  const connection = await client.acquireRawConnection();
  try {
    // Waiting for another process's migrations is no statement to time out.
    await connection.query('set statement_timeout = 0');
    const { rows } = await connection.query(`select pg_try_advisory_lock(${PG_LOCK_KEY}) as locked`);
    if (!rows[0]?.locked) {
      console.log('[cunce] another process is preparing the database; waiting for it');
      await connection.query(`select pg_advisory_lock(${PG_LOCK_KEY})`);
    }
    return await work();
  } finally {
    // Closing the session releases the lock.
    await client.destroyRawConnection(connection);
  }
}

async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const db = await open(file);
  try {
    try {
      await run(db, 'begin exclusive');
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      console.log('[cunce] another process is preparing the database; waiting for it');
      await run(db, 'pragma busy_timeout = 600000');
      await run(db, 'begin exclusive');
    }
    return await work();
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(db)));
  });
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
}
