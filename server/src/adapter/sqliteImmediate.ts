/**
 * SQLite transactions start with BEGIN IMMEDIATE instead of knex's plain (deferred) BEGIN.
 *
 * A deferred transaction takes the write lock only at its first write. When another process (a second server,
 * a maintenance script) holds the lock at that moment, SQLite cannot let the transaction wait for it, because
 * it may already have read an older snapshot: it fails at once with SQLITE_BUSY, whatever the busy timeout.
 * BEGIN IMMEDIATE takes the write lock first, so the transaction waits (busy_timeout) and then runs on the
 * latest data. One writer at a time is how SQLite works anyway; reads outside transactions are not affected.
 *
 * When the lock stays taken past the busy timeout, BEGIN IMMEDIATE fails with SQLITE_BUSY and the transaction
 * must fail with that error (a coded BUSY for the client, app/formatError.ts). knex's own begin() swallows a
 * failed BEGIN and runs the transaction's statements anyway, which then fail with "Transaction query already
 * complete"; so BEGIN is sent through the transaction's client directly, whose failure rejects the transaction.
 */
import type { Orm } from './orm.types.js';

interface KnexTransaction {
  begin(connection: unknown): unknown;
  trxClient: { query(connection: unknown, sql: string): Promise<unknown> };
}
interface KnexClient {
  transaction(...args: unknown[]): KnexTransaction;
}

export function beginImmediate(orm: Orm): void {
  const client = (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
  const create = client.transaction.bind(client);
  client.transaction = (...args: unknown[]) => {
    const trx = create(...args);
    // knex calls begin() only after acquiring the connection (asynchronously), never in the constructor;
    // nested transactions use savepoint() instead.
    trx.begin = (connection: unknown) => trx.trxClient.query(connection, 'BEGIN IMMEDIATE;');
    return trx;
  };
}
