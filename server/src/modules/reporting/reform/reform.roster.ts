/**
 * The stored rosters streamed village by village: keyset pages (by id) of at most PAGE members, each page packed by
 * the database into one text (a member's fields joined by U+001F, members by U+001E; SQLite gives its UTF-8 bytes),
 * read by reform.member.ts straight into the rules' Member (the rows were checked when imported). Building one
 * JavaScript object of 13 properties a row cost the sqlite3 driver about four times as much as the whole evaluation.
 * The next village is read while this one is evaluated.
 */
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { PACKED_FIELDS } from './reform.member.js';
import { Member, quote, repeatedSelect, type Em, type RepeatedSelect } from './reform.ports.js';

const PAGE = 2000;
/** Villages whose rosters are asked for before they are needed. */
const READ_AHEAD = 3;

/** A page of packed members: text (PostgreSQL) or its UTF-8 bytes (SQLite). */
export type RosterPage = string | Uint8Array;

interface Page {
  page: RosterPage | null;
  n: number | string;
  last: number | string | null;
}

/**
 * Every village's roster of `year`, in the order given, one village at a time. The next few are asked for ahead, so
 * that the database goes on to the next statement as soon as it hands over one, without waiting for this thread.
 */
export async function* villageRosters<V extends { id: number }>(
  em: Em,
  villages: readonly V[],
  year: number,
): AsyncGenerator<{ village: V; pages: RosterPage[] }> {
  const select = repeatedSelect<Page>(em, pageSql(em));
  const ahead: Promise<RosterPage[]>[] = [];
  const ask = (i: number) => {
    if (i >= villages.length) return;
    const roster = rosterOf(select, villages[i]!.id, year);
    roster.catch(() => {}); // awaited in turn below
    ahead.push(roster);
  };
  try {
    for (let i = 0; i < READ_AHEAD; i++) ask(i);
    for (let i = 0; i < villages.length; i++) {
      const pages = await ahead.shift()!;
      ask(i + READ_AHEAD);
      yield { village: villages[i]!, pages };
    }
  } finally {
    await Promise.allSettled(ahead); // when the caller stopped early
    await select.close();
  }
}

/** A village's roster as packed pages (reform.member.ts reads them); practice rows (演示数据, fictitious) left out. */
async function rosterOf(select: RepeatedSelect<Page>, villageId: number, year: number): Promise<RosterPage[]> {
  const pages: RosterPage[] = [];
  let after = 0;
  for (;;) {
    const [page] = await select.all([villageId, year, after, PAGE]);
    if (page?.page) pages.push(page.page);
    if (!page || Number(page.n) < PAGE) return pages;
    after = Number(page.last);
  }
}

function pageSql(em: Em): string {
  const meta = em.getMetadata().get(Member.name);
  const field = (name: string) => quote(meta.properties[name as keyof Member]!.fieldNames[0]!);
  const row = em.getPlatform() instanceof SqlitePlatform ? sqliteRow(field) : postgresRow(field);
  const id = field('id');
  return (
    `select ${row.join} as "page", count(*) as "n", max(i) as "last" from (select ${id} as i, ${row.fields} as r from ${quote(meta.tableName)} ` +
    `where ${field('village')} = ? and ${field('year')} = ? and ${field('practice')} = false and ${id} > ? order by ${id} limit ?) p`
  );
}

/** The fields never NULL that SQLite prints as whole numbers (booleans are kept as 0/1). */
const NUMBERS = new Set<string>([
  'isCollectiveMember',
  'proxyPaid',
  'contributionYears',
  'householdElderly',
  'householdChildren',
  'donationFen',
  'priorCreditFen',
]);
const FLAGS = new Set<string>(['isCollectiveMember', 'proxyPaid']);

/**
 * SQLite: one printf a member (half the work of joining a dozen texts with ||), a NULL printed as nothing; the page as
 * a BLOB of its UTF-8 bytes, which the driver hands over as a Buffer (no decoding on the main thread) that moves to
 * a worker thread without a copy. JSON text never holds a raw control character (JSON.stringify escapes them), so
 * U+001F and U+001E cannot occur inside a field.
 */
function sqliteRow(field: (name: string) => string) {
  const format = PACKED_FIELDS.map((name) => (NUMBERS.has(name) ? '%d' : '%s')).join('\u001f');
  const fields = `printf('${format}', ${PACKED_FIELDS.map(field).join(', ')})`;
  return { fields, join: `cast(group_concat(r, '\u001e') as blob)` };
}

/** PostgreSQL: every field cast to text, booleans as 1/0. */
function postgresRow(field: (name: string) => string) {
  const text = (name: string) =>
    FLAGS.has(name) ? `case when ${field(name)} then '1' else '0' end` : `coalesce(cast(${field(name)} as text), '')`;
  return { fields: PACKED_FIELDS.map(text).join(' || chr(31) || '), join: 'string_agg(r, chr(30))' };
}
