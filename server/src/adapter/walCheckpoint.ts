/**
 * SQLite's WAL checkpoints spaced out while a long batch writes (an area's settlement: 1.87 million outcome rows).
 * By default SQLite copies the log back into the database, and syncs it, every 1,000 pages (4 MB): a region's
 * settlement wrote about a hundred checkpoints, and on this machine their syncs took more time than the rows.
 * Meanwhile the log grows to at most `pages` pages before a checkpoint; afterwards the default is back and one
 * checkpoint brings the database up to date. The same durability as ever (synchronous = NORMAL, db/orm.ts): a
 * commit survives the process being killed; only a power loss undoes the commits since the last checkpoint,
 * here at most `pages` pages of re-creatable drafts. Nothing on PostgreSQL.
 */
import { SqlitePlatform } from '@mikro-orm/sqlite';
import type { Em } from './orm.types.js';

const DEFAULT_PAGES = 1000;

export async function withSpacedCheckpoints<T>(em: Em, pages: number, work: () => Promise<T>): Promise<T> {
  if (!(em.getPlatform() instanceof SqlitePlatform)) return work();
  const connection = em.getConnection();
  await connection.execute(`pragma wal_autocheckpoint = ${Math.trunc(pages)}`);
  try {
    return await work();
  } finally {
    await connection.execute(`pragma wal_autocheckpoint = ${DEFAULT_PAGES}`);
    await connection.execute('pragma wal_checkpoint(PASSIVE)');
  }
}
