/**
 * The MikroORM instance for the configured database: SQLite (default, WAL, busy timeout) or PostgreSQL (pool
 * size, statement timeout and application name from db/dbOptions.ts). DEBUG_SQL=1 prints statements without
 * their values (db/sqlLog.ts).
 */
import { MikroORM as SqliteORM, defineConfig as sqliteConfig } from '@mikro-orm/sqlite';
import { beginImmediate, SqliteDriver, type Orm } from '../adapter/index.js';
import { MikroORM as PostgresORM, defineConfig as postgresConfig } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Database } from '../config.js';
import { loadDbOptions, type DbOptions } from './dbOptions.js';
import { markFatalErrors } from './pgFatal.js';
import { SQL_LOG_NAMESPACES, writeSqlLog } from './sqlLog.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';

export { forkEm, type Em, type Orm } from '../adapter/index.js';

export interface OrmOptions {
  /** Print the SQL (DEBUG_SQL=1). */
  debug?: boolean;
  /** Where migration:create writes new migrations (a src/migrations/<driver> folder). */
  migrationsPath?: string;
  /** Pool, timeouts and name (default: from the environment). */
  db?: Partial<DbOptions>;
}

/** The entity classes, listed by the wiring (src/entities.ts): the db room knows no module. */
type EntityList = NonNullable<Parameters<typeof sqliteConfig>[0]>['entities'];

const common = {
  metadataProvider: ReflectMetadataProvider,
  discovery: { warnWhenNoEntities: true },
  extensions: [Migrator],
  forceUtcTimezone: true,
  allowGlobalContext: false,
  ignoreUndefinedInQuery: true,
};

function migrations(list: typeof sqliteMigrations, path?: string) {
  return {
    migrationsList: list,
    snapshot: false,
    silent: true,
    transactional: true,
    allOrNothing: true,
    emit: 'ts' as const,
    ...(path ? { path } : {}),
  };
}

export async function openOrm(db: Database, entities: EntityList, options: OrmOptions = {}): Promise<Orm> {
  const debug = (options.debug ?? process.env.DEBUG_SQL === '1') ? SQL_LOG_NAMESPACES : false;
  const settings = { ...loadDbOptions(), ...options.db };
  if (db.kind === 'postgresql') {
    return PostgresORM.init(
      postgresConfig({
        ...common,
        entities,
        clientUrl: db.url,
        debug,
        logger: writeSqlLog,
        pool: { min: 0, max: settings.poolMax, afterCreate: markFatalErrors },
        // node-postgres sends these two as the session's startup parameters; a connection attempt gives up after 10 s.
        driverOptions: {
          connection: {
            application_name: settings.applicationName,
            statement_timeout: settings.statementTimeoutMs,
            connectionTimeoutMillis: 10_000,
          },
        },
        migrations: migrations(postgresqlMigrations, options.migrationsPath),
      }),
    );
  }
  const orm = await SqliteORM.init(
    sqliteConfig({
      ...common,
      entities,
      driver: SqliteDriver,
      dbName: db.file,
      debug,
      logger: writeSqlLog,
      migrations: migrations(sqliteMigrations, options.migrationsPath),
    }),
  );
  const connection = orm.em.getConnection();
  // The busy timeout first: switching to WAL waits for another process opening the same file.
  await connection.execute(`pragma busy_timeout = ${settings.busyTimeoutMs}`);
  if (db.file !== ':memory:') await connection.execute('pragma journal_mode = WAL');
  // In WAL mode NORMAL syncs the log at each checkpoint rather than at each commit (SQLite's recommended setting
  // for WAL): a commit is in the log, in the operating system's hands, when it returns, so it survives the
  // process crashing or being killed, and the database cannot be corrupted; only a power loss or an operating
  // system crash can undo the last commits before the next checkpoint. FULL (SQLite's default) spent an fsync on
  // every commit: 5 to 13 ms of every roster import and settlement (bench/region.ts).
  await connection.execute('pragma synchronous = NORMAL');
  // A negative size is in KiB.
  await connection.execute(`pragma cache_size = -${settings.cacheMb * 1024}`);
  beginImmediate(orm);
  return orm;
}
