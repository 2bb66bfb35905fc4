/**
 * The stored rosters streamed village by village: keyset pages (by id) of at most PAGE members, each page packed by
 * the database into one text (a member's fields joined by U+001F, members by U+001E), read by reform.member.ts
 * straight into the rules' Member (the rows were checked when imported). Building one JavaScript object of 13 properties a row cost
 * the sqlite3 driver about four times as much as the whole evaluation. The next village is read while this one is
 * evaluated; at most two villages' rosters are in memory at a time, whatever the region's size.
 */
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { PACKED_FIELDS } from './reform.member.js';
import { allRaw, Member, quote, type Em } from './reform.ports.js';

const PAGE = 2000;

interface Page {
  page: string | null;
  n: number | string;
  last: number | string | null;
}

/** Every village's roster of `year`, in the order given, one village at a time. */
export async function* villageRosters<V extends { id: number }>(
  em: Em,
  villages: readonly V[],
  year: number,
): AsyncGenerator<{ village: V; pages: string[] }> {
  const sql = pageSql(em);
  let next = villages.length > 0 ? rosterOf(em, sql, villages[0]!.id, year) : null;
  for (let i = 0; i < villages.length; i++) {
    const pages = await next!;
    next = i + 1 < villages.length ? rosterOf(em, sql, villages[i + 1]!.id, year) : null;
    yield { village: villages[i]!, pages };
  }
}

/** A village's roster as packed pages (reform.member.ts reads them). */
async function rosterOf(em: Em, sql: string, villageId: number, year: number): Promise<string[]> {
  const pages: string[] = [];
  let after = 0;
  for (;;) {
    const [page] = await allRaw<Page>(em, sql, [villageId, year, after, PAGE]);
    if (page?.page) pages.push(page.page);
    if (!page || Number(page.n) < PAGE) return pages;
    after = Number(page.last);
  }
}

function pageSql(em: Em): string {
  const meta = em.getMetadata().get(Member.name);
  const field = (name: string) => quote(meta.properties[name as keyof Member]!.fieldNames[0]!);
  const sqlite = em.getPlatform() instanceof SqlitePlatform;
  const text = (name: string) => `coalesce(cast(${field(name)} as text), '')`;
  const flag = (name: string) => `case when ${field(name)} then '1' else '0' end`;
  const row = PACKED_FIELDS.map((name) => (name === 'isCollectiveMember' || name === 'proxyPaid' ? flag(name) : text(name))).join(
    ` || ${sep(sqlite, 31)} || `,
  );
  const join = sqlite ? `group_concat(r, ${sep(sqlite, 30)})` : `string_agg(r, ${sep(sqlite, 30)})`;
  const id = field('id');
  return (
    `select ${join} as "page", count(*) as "n", max(i) as "last" from (select ${id} as i, ${row} as r from ${quote(meta.tableName)} ` +
    `where ${field('village')} = ? and ${field('year')} = ? and ${id} > ? order by ${id} limit ?) p`
  );
}

/** A control character as SQL (JSON text never holds one raw: JSON.stringify escapes them). */
const sep = (sqlite: boolean, code: number) => (sqlite ? `char(${code})` : `chr(${code})`);
