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
  prepare(sql: string, cb: (err: Error | null) => void): Sqlite3Statement;
}
interface Sqlite3Statement {
  all(params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
  finalize(cb: () => void): void;
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

/** A SELECT run again and again with other bindings; `close` when done. */
export interface RepeatedSelect<R> {
  all(bindings: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * A SELECT that is run again and again with other bindings (a reform's thousands of roster pages). On SQLite outside
 * a transaction it runs on the pool's connection, prepared once for that connection rather than on every call as
 * knex does (SQLite parses and plans it anew each time), and without knex's formatting; otherwise as allRaw. The
 * connection goes back to the pool after every statement, so other requests interleave. `close` finalizes the
 * prepared statements: SQLite refuses to close a connection that still has one.
 */
export function repeatedSelect<R>(em: Em, sql: string): RepeatedSelect<R> {
  if (em.getTransactionContext() || !(em.getPlatform() instanceof SqlitePlatform))
    return { all: (bindings) => allRaw<R>(em, sql, bindings), close: async () => {} };
  const { client } = knexOf(em);
  const prepared = new Map<Sqlite3Connection, Promise<Sqlite3Statement>>();
  return {
    async all(bindings) {
      const connection = (await client.acquireConnection()) as Sqlite3Connection;
      try {
        let statement = prepared.get(connection);
        if (!statement) prepared.set(connection, (statement = prepare(connection, sql)));
        const ready = await statement;
        return await new Promise<R[]>((resolve, reject) => ready.all(bindings, (err, rows) => (err ? reject(err) : resolve(rows as R[]))));
      } finally {
        await client.releaseConnection(connection);
      }
    },
    async close() {
      const statements = [...prepared.values()];
      prepared.clear();
      for (const statement of statements) {
        const ready = await statement.catch(() => null);
        if (ready) await new Promise<void>((resolve) => ready.finalize(() => resolve()));
      }
    },
  };
}

function prepare(connection: Sqlite3Connection, sql: string): Promise<Sqlite3Statement> {
  return new Promise((resolve, reject) => {
    const statement = connection.prepare(sql, (err) => (err ? reject(err) : resolve(statement)));
  });
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
