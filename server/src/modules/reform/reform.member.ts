/** A roster row packed by the database (reform.roster.ts) as the rules' Member; birth date and gender from the ID. */
import type { Fen, Hardship, Member, PaymentType } from '@cunce/rules';

/** The member table's fields in a packed row, in order; `custom` (JSON, possibly empty) last. */
export const PACKED_FIELDS = [
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

const NO_HARDSHIP: Hardship[] = [];
const NO_CUSTOM: Record<string, unknown> = {};
/** Hardship lists repeat (a handful of combinations): parsed once each. */
const hardships = new Map<string, Hardship[]>([['[]', NO_HARDSHIP]]);

export function packedMember(text: string): Member {
  const f = text.split('\u001f');
  const id = f[0]!;
  const hardship = hardships.get(f[5]!) ?? parseHardship(f[5]!);
  return {
    idNumber: id,
    name: null,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: (id.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F',
    isCollectiveMember: f[1] === '1',
    contributionFen: f[2] === '' ? null : (Number(f[2]) as Fen),
    paymentType: f[3] as PaymentType,
    proxyPaid: f[4] === '1',
    hardship,
    contributionYears: Number(f[6]),
    householdElderly: Number(f[7]),
    householdChildren: Number(f[8]),
    donationFen: Number(f[9]) as Fen,
    priorCreditFen: Number(f[10]) as Fen,
    custom: f[11] === '' || f[11] === 'null' ? NO_CUSTOM : (JSON.parse(f[11]!) as Record<string, unknown>),
  };
}

function parseHardship(json: string): Hardship[] {
  const list = JSON.parse(json) as Hardship[];
  if (hardships.size < 1000) hardships.set(json, list);
  return list;
}
