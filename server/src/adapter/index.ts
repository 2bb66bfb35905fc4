/**
 * The one place that reaches into library internals: MikroORM's SQLite platform and knex's transaction client
 * (BEGIN IMMEDIATE, dates in snapshots, raw statements on the transaction's sqlite3 connection, batched inserts)
 * and graphql-jit behind Apollo's gateway interface. Its behaviour is pinned by test/adapter/; a MikroORM or
 * graphql-jit upgrade changes this folder and those tests.
 */
export { batchInsert, insertReturningId, insertReturningIds, insertRowsJsonParts } from './batchInsert.js';
export { batchUpdate, updateRow } from './batchUpdate.js';
export { columnsOf, rowsJson, type Column, type DatabaseKind, type RowOf } from './columns.js';
export { allRaw, pgConnection, quote, repeatedSelect, runRaw, type PgClient, type RepeatedSelect } from './driverRaw.js';
export { jitExecutor, jitGateway } from './jitExecutor.js';
export { aggregateNumber, jsonField, namedRaw, namedRun, queryBuilder, rawDate, type Knex } from './sqlQuery.js';
export { forkEm, type Em, type Orm } from './orm.types.js';
export { DateKeepingSqlitePlatform, SqliteDriver } from './sqliteDriver.js';
export { forgetLoaded, lockRow } from './rowLock.js';
export { beginImmediate } from './sqliteImmediate.js';
export { withSpacedCheckpoints } from './walCheckpoint.js';
