/**
 * A village's roster of a year as MemberInputs, read with one plain SELECT: settling 2,000 members through the
 * unit of work spent more time building entities than checking and evaluating them.
 */
import { fenToYuan, type Hardship, type MemberInput, type PaymentType } from '@cunce/rules';
import { allRaw, quote } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Member } from './member.entity.js';

const READ = [
  'idNumber',
  'name',
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

type Row = Record<(typeof READ)[number], unknown>;

/** The members in the order they were first imported (by id), as `toMemberInput` would give them. */
export async function rosterInputs(em: Em, villageId: number, year: number): Promise<MemberInput[]> {
  const meta = em.getMetadata().get(Member.name);
  const field = (name: keyof Member) => quote(meta.properties[name].fieldNames[0]!);
  const columns = READ.map((name) => `${field(name)} as ${quote(name)}`).join(', ');
  const sql = `select ${columns} from ${quote(meta.tableName)} where ${field('village')} = ? and ${field('year')} = ? order by ${field('id')}`;
  return (await allRaw<Row>(em, sql, [villageId, year])).map(toInput);
}

function toInput(r: Row): MemberInput {
  return {
    idNumber: r.idNumber as string,
    name: r.name as string | null,
    isCollectiveMember: Boolean(r.isCollectiveMember),
    contribution: r.contributionFen === null ? null : fenToYuan(Number(r.contributionFen)),
    paymentType: r.paymentType as PaymentType,
    proxyPaid: Boolean(r.proxyPaid),
    hardship: json(r.hardship) as Hardship[],
    contributionYears: Number(r.contributionYears),
    householdElderly: Number(r.householdElderly),
    householdChildren: Number(r.householdChildren),
    donation: fenToYuan(Number(r.donationFen)),
    priorCredit: fenToYuan(Number(r.priorCreditFen)),
    custom: json(r.custom) as Record<string, unknown> | null,
  };
}

/** JSON columns: SQLite gives the text, PostgreSQL the parsed value. */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
