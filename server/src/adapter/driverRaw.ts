/**
 * Large statements (thousands of bound values) run on the transaction's own driver connection: knex formats a
 * raw statement by scanning it for every `?` and wrapping every binding, which for a 2,000-row batch cost as
 * much as SQLite's own work. On SQLite the transaction's sqlite3 connection runs `?` statements as written; on
 * PostgreSQL `pgQuery` runs `$n` statements (array parameters, see batchInsert) on the transaction's pg client.
 * Outside a transaction knex.raw runs them as usual. The SQL uses `?` placeholders (except on pgConnection) and
 * identifiers quoted with double quotes (both drivers accept these).
 */
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import type { Em } from './orm.types.js';

interface Sqlite3Connection {
  run(sql: string, params: unknown[], cb: (err: Error | null) => void): void;
  all(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
  prepare(sql: string): Sqlite3Statement;
}
interface Sqlite3Statement {
  all(params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
}
export interface PgClient {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexLike {
  client: { config: { client?: unknown }; acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<unknown> };
  raw(sql: string, bindings: unknown[]): Promise<unknown>;
}

/** Runs a statement that returns no rows. */
export async function runRaw(em: Em, sql: string, bindings: unknown[]): Promise<void> {
  const sqlite = await sqliteConnection(em);
  if (sqlite) return new Promise((resolve, reject) => sqlite.run(sql, bindings, (err) => (err ? reject(err) : resolve())));
  await knexOf(em).raw(sql, bindings);
}

/** Runs a SELECT and returns its rows as plain objects. */
export async function allRaw<R>(em: Em, sql: string, bindings: unknown[]): Promise<R[]> {
  const sqlite = await sqliteConnection(em);
  if (sqlite) return new Promise((resolve, reject) => sqlite.all(sql, bindings, (err, rows) => (err ? reject(err) : resolve(rows as R[]))));
  const result = await knexOf(em).raw(sql, bindings);
  // PostgreSQL answers { rows }, SQLite (outside a transaction) the rows themselves.
  return (Array.isArray(result) ? result : (result as { rows: R[] }).rows) as R[];
}

/** Statements prepared on each SQLite connection of the pool, by their SQL (a few a connection at most). */
const prepared = new WeakMap<Sqlite3Connection, Map<string, Sqlite3Statement>>();
const PREPARED_PER_CONNECTION = 8;

/**
 * Runs a SELECT that is run again and again with other bindings (a reform's thousands of roster pages). On SQLite
 * outside a transaction it runs on a connection of the pool, prepared once for that connection rather than on every
 * call as knex does (SQLite parses and plans it anew each time), and without knex's formatting; otherwise as allRaw.
 * The connection goes back to the pool after every statement, so other requests interleave.
 */
export async function allRepeated<R>(em: Em, sql: string, bindings: unknown[]): Promise<R[]> {
  if (em.getTransactionContext() || !(em.getPlatform() instanceof SqlitePlatform)) return allRaw<R>(em, sql, bindings);
  const { client } = knexOf(em);
  const connection = (await client.acquireConnection()) as Sqlite3Connection;
  try {
    let statements = prepared.get(connection);
    if (!statements) prepared.set(connection, (statements = new Map()));
    let statement = statements.get(sql);
    if (!statement && statements.size < PREPARED_PER_CONNECTION) statements.set(sql, (statement = connection.prepare(sql)));
    const run = statement
      ? (cb: (err: Error | null, rows: unknown[]) => void) => statement.all(bindings, cb)
      : (cb: (err: Error | null, rows: unknown[]) => void) => connection.all(sql, bindings, cb);
    return await new Promise<R[]>((resolve, reject) => run((err, rows) => (err ? reject(err) : resolve(rows as R[]))));
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * The PostgreSQL transaction's pg client, which runs statements with `$1, $2, …` placeholders and parameters as
 * pg sends them (a JS array becomes a PostgreSQL array); null outside a PostgreSQL transaction.
 */
export async function pgConnection(em: Em): Promise<PgClient | null> {
  const trx = em.getTransactionContext() as unknown as KnexLike | undefined;
  if (!trx || !(em.getPlatform() instanceof PostgreSqlPlatform)) return null;
  return (await trx.client.acquireConnection()) as PgClient;
}

/** Identifiers as the entities' metadata names them, quoted for both SQLite and PostgreSQL. */
export const quote = (identifier: string) => `"${identifier}"`;

const knexOf = (em: Em) => (em.getTransactionContext() ?? em.getKnex()) as unknown as KnexLike;

/** The transaction's sqlite3 connection (knex's transaction client hands out its one connection), or null. */
async function sqliteConnection(em: Em): Promise<Sqlite3Connection | null> {
  const trx = em.getTransactionContext() as unknown as KnexLike | undefined;
  if (!trx || !(em.getPlatform() instanceof SqlitePlatform)) return null;
  return (await trx.client.acquireConnection()) as Sqlite3Connection;
}
