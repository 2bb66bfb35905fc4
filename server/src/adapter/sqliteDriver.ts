/**
 * SQLite with one change to MikroORM's platform: dates in entity snapshots stay `Date`s.
 *
 * MikroORM 6.6 (sqlite) keeps a loaded entity's original `datetime` values as `Date`s but snapshots the current
 * ones as numbers (`processDateProperty`), so every flush saw every loaded entity with a date as changed and
 * wrote it back: a settlement rewrote the user's and the (immutable) paying version's `created_at` and bumped
 * the scheme's `revision`, its optimistic lock, so that a save or a decision step of the same scheme running
 * alongside a settlement could be refused as a concurrent change (CONFLICT).
 * Comparing `Date` with `Date`, as on PostgreSQL, finds no change. The stored form is unchanged: sqlite3 binds a
 * `Date` as its milliseconds, which the `datetime` column (NUMERIC affinity) keeps as the same integer.
 */
import { AbstractSqlDriver, SqliteConnection, SqlitePlatform, type Configuration } from '@mikro-orm/sqlite';

export class DateKeepingSqlitePlatform extends SqlitePlatform {
  override processDateProperty(value: unknown): string | number | Date {
    return value as Date;
  }
}

export class SqliteDriver extends AbstractSqlDriver<SqliteConnection, DateKeepingSqlitePlatform> {
  constructor(config: Configuration) {
    super(config, new DateKeepingSqlitePlatform(), SqliteConnection, ['knex', 'sqlite3']);
  }
}
