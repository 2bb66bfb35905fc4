/**
 * A village's roster of a year as MemberInputs, read with one plain SELECT: settling 2,000 members through the
 * unit of work spent more time building entities than checking and evaluating them. `rostersJson` gives the same
 * rosters as JSON made by the database (for worker threads to read: no object a member on this thread).
 */
import type { MemberInput } from '@cunce/rules';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { allRaw, quote } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Member } from './member.entity.js';
import { memberInput, ROSTER_FIELDS, type RosterField } from './roster.input.js';

type Row = Record<RosterField, unknown>;

/** The members in the order they were first imported (by id), as `toMemberInput` would give them. */
export async function rosterInputs(em: Em, villageId: number, year: number): Promise<MemberInput[]> {
  const { field, table } = names(em);
  const columns = ROSTER_FIELDS.map((name) => `${field(name)} as ${quote(name)}`).join(', ');
  const sql = `select ${columns} from ${table} where ${field('village')} = ? and ${field('year')} = ? order by ${field('id')}`;
  return (await allRaw<Row>(em, sql, [villageId, year])).map((r) => memberInput((f) => r[f]));
}

/**
 * JSON text, or on SQLite its UTF-8 bytes: the driver hands a BLOB over as a Buffer, outside the JavaScript heap, so
 * that a region's rosters passing through this thread on their way to the worker threads do not grow its heap.
 */
export type RosterText = string | Uint8Array;

/**
 * Several villages' rosters of the year in one statement, by village id: each one JSON array of arrays (ROSTER_FIELDS'
 * values, in roster order; roster.input.ts's membersOfJson reads it), aggregated by the database. A village with
 * nobody on the roster is missing.
 */
export async function rostersJson(em: Em, villageIds: readonly number[], year: number): Promise<Map<number, RosterText>> {
  if (villageIds.length === 0) return new Map();
  const { field, table } = names(em);
  const sqlite = em.getPlatform() instanceof SqlitePlatform;
  // JSON columns as JSON, not as their text: SQLite stores them as text (json() reads it), PostgreSQL as jsonb.
  const value = (name: RosterField) => (sqlite && (name === 'hardship' || name === 'custom') ? `json(${field(name)})` : field(name));
  const row = ROSTER_FIELDS.map(value).join(', ');
  const village = field('village');
  const where = `where ${village} in (${villageIds.map(() => '?').join(', ')}) and ${field('year')} = ? group by ${village}`;
  const sql = sqlite
    ? // group_concat, not json_group_array: SQLite 3.44 reads an ordered aggregate's JSON arguments as text
      `select ${village} as "village", cast('[' || group_concat(json_array(${row}), ',' order by ${field('id')}) || ']' as blob) as "r" from ${table} ${where}`
    : `select ${village} as "village", cast(json_agg(json_build_array(${row}) order by ${field('id')}) as text) as "r" from ${table} ${where}`;
  const found = await allRaw<{ village: unknown; r: RosterText | null }>(em, sql, [...villageIds, year]);
  return new Map(found.filter((f) => f.r !== null && f.r.length > 2).map((f) => [Number(f.village), f.r!]));
}

function names(em: Em) {
  const meta = em.getMetadata().get(Member.name);
  return {
    field: (name: keyof Member) => quote(meta.properties[name].fieldNames[0]!),
    table: quote(meta.tableName),
  };
}
