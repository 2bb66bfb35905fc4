/** Rows given by property name as columns of the entity's table, and their values as the drivers take them. */
import type { EntityClass } from '@mikro-orm/core';
import type { Em } from './orm.types.js';

export type RowOf<T> = { [K in keyof T]?: unknown };

export interface Column {
  name: string;
  field: string;
  /** The property's type (json, Date, …) and the column's SQL type (varchar(18), jsonb, …). */
  type: string;
  columnType: string;
}

export type Platform = { processDateProperty(v: unknown): unknown };

export function columnsOf<T extends object>(em: Em, entity: EntityClass<T>, names: readonly string[]): Column[] {
  const { properties } = em.getMetadata().get(entity.name);
  return names.map((name) => {
    const prop = properties[name as keyof T & string];
    if (!prop) throw new Error(`${entity.name} has no property ${name}`);
    return { name, field: prop.fieldNames[0]!, type: prop.type, columnType: prop.columnTypes[0]! };
  });
}

export function valueOf(column: Column, row: object, platform: Platform): unknown {
  const value = (row as Record<string, unknown>)[column.name];
  if (value === null || value === undefined) return null;
  if (column.type === 'json' || column.type === 'JsonType') return JSON.stringify(value);
  if (value instanceof Date) return platform.processDateProperty(value);
  return value;
}

/** The value as batchInsert's JSON parameter carries it on SQLite: a Date as its milliseconds, as sqlite3 binds it. */
export function sqliteValue(column: Column, row: object, platform: Platform): unknown {
  const value = valueOf(column, row, platform);
  return value instanceof Date ? value.getTime() : value;
}

/** The databases' kinds, as rowsJson writes for them. */
export type DatabaseKind = 'sqlite' | 'postgres';

/**
 * Rows as batchInsert's JSON parameter: on SQLite an array of each row's values in the columns' order (a Date as
 * its milliseconds, as sqlite3 binds it), on PostgreSQL an array of objects by column name, JSON columns as the
 * JSON itself (json_to_recordset keeps a json or jsonb field as written). Pure: a worker thread may call it.
 */
export function rowsJson(columns: readonly Column[], rows: readonly object[], kind: DatabaseKind, platform: Platform): string {
  if (kind === 'sqlite') return JSON.stringify(rows.map((row) => columns.map((c) => sqliteValue(c, row, platform))));
  const record = (row: object) => Object.fromEntries(columns.map((c) => [c.field, jsonValue(c, row, platform)]));
  return JSON.stringify(rows.map(record));
}

/** A value as json_to_recordset reads it: JSON columns as the JSON itself. */
function jsonValue(column: Column, row: object, platform: Platform): unknown {
  const value = (row as Record<string, unknown>)[column.name];
  if (value === undefined) return null;
  if (column.type === 'json' || column.type === 'JsonType') return value;
  return valueOf(column, row, platform);
}
