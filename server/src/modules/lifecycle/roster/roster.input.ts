/**
 * A stored roster row as the MemberInput it was imported from (checked again at settlement), field by field. Pure:
 * a worker thread reads rosters with it (settlement.task.ts).
 */
import { fenToYuan, type Hardship, type MemberInput, type PaymentType } from '@cunce/rules';

/** The member table's fields a settlement reads, in this order (roster.read.ts). */
export const ROSTER_FIELDS = [
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

export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The member whose field `f` is `get(f)`: booleans as 0/1 or true/false, JSON fields as text or parsed. */
export function memberInput(get: (field: RosterField) => unknown): MemberInput {
  const contributionFen = get('contributionFen');
  return {
    idNumber: get('idNumber') as string,
    name: get('name') as string | null,
    isCollectiveMember: Boolean(get('isCollectiveMember')),
    contribution: contributionFen === null ? null : fenToYuan(Number(contributionFen)),
    paymentType: get('paymentType') as PaymentType,
    proxyPaid: Boolean(get('proxyPaid')),
    hardship: json(get('hardship')) as Hardship[],
    contributionYears: Number(get('contributionYears')),
    householdElderly: Number(get('householdElderly')),
    householdChildren: Number(get('householdChildren')),
    donation: fenToYuan(Number(get('donationFen'))),
    priorCredit: fenToYuan(Number(get('priorCreditFen'))),
    custom: json(get('custom')) as Record<string, unknown> | null,
  };
}

/** The members of a rostersJson text or its UTF-8 bytes (each an array of ROSTER_FIELDS' values), in roster order. */
export function membersOfJson(text: string | Uint8Array): MemberInput[] {
  const rows = JSON.parse(typeof text === 'string' ? text : UTF8.decode(text)) as unknown[][];
  return rows.map((values) => memberInput((f) => values[FIELD_INDEX[f]]));
}

const UTF8 = new TextDecoder();
const FIELD_INDEX = Object.fromEntries(ROSTER_FIELDS.map((f, i) => [f, i])) as Record<RosterField, number>;

/** JSON columns: SQLite gives the text, PostgreSQL the parsed value (and JSON aggregation the value itself). */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
