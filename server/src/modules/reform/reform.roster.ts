/**
 * The stored rosters streamed village by village: keyset pages of plain rows (by id), turned straight into the
 * rules' Member (the rows were checked when imported), with the next village read while this one is evaluated.
 * At most two villages' rosters are in memory at a time, whatever the region's size.
 */
import type { Fen, Hardship, Member as RulesMember, PaymentType } from '@cunce/rules';
import { allRaw, Member, quote, type Em } from './reform.ports.js';

const PAGE = 2000;

type Row = Record<string, unknown>;

/** Every village's roster of `year`, in the order given, one village at a time. */
export async function* villageRosters<V extends { id: number }>(
  em: Em,
  villages: readonly V[],
  year: number,
): AsyncGenerator<{ village: V; members: RulesMember[] }> {
  const sql = pageSql(em);
  let next = villages.length > 0 ? rosterOf(em, sql, villages[0]!.id, year) : null;
  for (let i = 0; i < villages.length; i++) {
    const members = await next!;
    next = i + 1 < villages.length ? rosterOf(em, sql, villages[i + 1]!.id, year) : null;
    yield { village: villages[i]!, members };
  }
}

async function rosterOf(em: Em, sql: string, villageId: number, year: number): Promise<RulesMember[]> {
  const members: RulesMember[] = [];
  let after = 0;
  for (;;) {
    const rows = await allRaw<Row>(em, sql, [villageId, year, after, PAGE]);
    for (const r of rows) members.push(toMember(r));
    if (rows.length < PAGE) return members;
    after = Number(rows[rows.length - 1]!.id);
  }
}

const READ = [
  'id',
  'idNumber',
  'isCollectiveMember',
  'contributionFen',
  'paymentType',
  'proxyPaid',
  'hardship',
  'contributionYears',
  'householdElderly',
  'householdChildren',
  'donationFen',
  'priorCreditFen',
  'custom',
] as const;

function pageSql(em: Em): string {
  const meta = em.getMetadata().get(Member.name);
  const field = (name: string) => quote(meta.properties[name as keyof Member]!.fieldNames[0]!);
  const list = READ.map((name) => `${field(name)} as ${quote(name)}`).join(', ');
  return `select ${list} from ${quote(meta.tableName)} where ${field('village')} = ? and ${field('year')} = ? and ${field('id')} > ? order by ${field('id')} limit ?`;
}

const NO_HARDSHIP: Hardship[] = [];

/** A stored row as the evaluator's Member: birth date and gender from the (already checked) ID number. */
function toMember(r: Row): RulesMember {
  const id = r.idNumber as string;
  return {
    idNumber: id,
    name: null,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: (id.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F',
    isCollectiveMember: Boolean(r.isCollectiveMember),
    contributionFen: r.contributionFen === null ? null : (Number(r.contributionFen) as Fen),
    paymentType: r.paymentType as PaymentType,
    proxyPaid: Boolean(r.proxyPaid),
    hardship: r.hardship === '[]' ? NO_HARDSHIP : (json(r.hardship) as Hardship[]),
    contributionYears: Number(r.contributionYears),
    householdElderly: Number(r.householdElderly),
    householdChildren: Number(r.householdChildren),
    donationFen: Number(r.donationFen) as Fen,
    priorCreditFen: Number(r.priorCreditFen) as Fen,
    custom: (json(r.custom) as Record<string, unknown> | null) ?? {},
  };
}

/** JSON columns: SQLite gives the text, PostgreSQL the parsed value. */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
