import type { FactDeclaration, Member, PaymentType, PolicyYear } from '../types.js';
import { readContributionFen, warnHardshipTier } from './contribution.js';
import { readCustom, readHardship } from './categories.js';
import { readIdentity } from './identity.js';
import { warnContributionAge } from './ageWarning.js';
import { isAbsent, readBoolean, readCount, readEnum, readMoneyFen } from './readers.js';
import { FIELD_LABELS, RowIssues, shown } from './rowIssue.js';

export interface RowContext {
  year: number;
  policy: PolicyYear;
  facts: readonly FactDeclaration[];
  mode: 'simulate' | 'import';
}

const PAYMENT_TYPES: readonly PaymentType[] = ['CURRENT', 'BACK_PAY', 'LUMP_SUM'];

/** Checks one row of a roster: the member with defaults applied when the row is good, and its issues. */
export function checkRow(raw: unknown, index: number, ctx: RowContext): { member?: Member; issues: RowIssues } {
  const issues = new RowIssues(index);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.error('', 'BAD_FIELD', `应为一个成员（含 idNumber 等字段的对象），现为${shown(raw)}`);
    return { issues };
  }
  const row = raw as Record<string, unknown>;
  const identity = readIdentity(row, ctx.year, issues);
  for (const key of Object.keys(row)) {
    if (!Object.hasOwn(FIELD_LABELS, key)) issues.error(key, 'BAD_FIELD', '不是成员信息中的字段，请删除或改正字段名');
  }
  const required = ctx.mode === 'import' ? 'required' : undefined;
  const name = isAbsent(row.name) || typeof row.name === 'string' ? (row.name ?? null) : undefined;
  if (name === undefined) issues.error('name', 'BAD_FIELD', `应为文字，现为${shown(row.name)}`);
  const isCollectiveMember = readBoolean(row, 'isCollectiveMember', required ?? true, issues);
  const paymentType = readEnum(row, 'paymentType', PAYMENT_TYPES, required ?? 'CURRENT', issues);
  const contributionFen = readContributionFen(row.contribution, paymentType, ctx.policy, issues);
  const hardship = readHardship(row.hardship, issues);
  const fields = {
    proxyPaid: readBoolean(row, 'proxyPaid', false, issues),
    contributionYears: readCount(row, 'contributionYears', issues),
    householdElderly: readCount(row, 'householdElderly', issues),
    householdChildren: readCount(row, 'householdChildren', issues),
    donationFen: readMoneyFen(row, 'donation', issues),
    priorCreditFen: readMoneyFen(row, 'priorCredit', issues),
    custom: readCustom(row.custom, ctx.facts, issues),
  };
  if (issues.errors.length > 0) return { issues };
  // No error recorded: every reader returned a value.
  warnHardshipTier(contributionFen!, paymentType!, hardship!, ctx.policy, issues);
  warnContributionAge(identity!.birthDate, ctx.year, contributionFen!, paymentType!, issues);
  // One literal with every field in one order: members share one hidden class (spreads would not).
  const member: Member = {
    idNumber: identity!.idNumber,
    name: name as string | null,
    birthDate: identity!.birthDate,
    gender: identity!.gender,
    isCollectiveMember: isCollectiveMember!,
    contributionFen: contributionFen!,
    paymentType: paymentType!,
    proxyPaid: fields.proxyPaid!,
    hardship: hardship!,
    contributionYears: fields.contributionYears!,
    householdElderly: fields.householdElderly!,
    householdChildren: fields.householdChildren!,
    donationFen: fields.donationFen!,
    priorCreditFen: fields.priorCreditFen!,
    custom: fields.custom!,
  };
  return { member, issues };
}
