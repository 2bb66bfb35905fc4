/** Between a roster row as stored (fen) and the rules package's Member / MemberInput (yuan). */
import { fenToYuan, type Member as CheckedMember, type MemberInput } from '@cunce/rules';
import type { Member } from './member.entity.js';

/** What storedFields reads: a checked member (money typed `Fen`), or a stored row (plain integers of fen). */
export type StoredSource = Omit<
  CheckedMember,
  'idNumber' | 'birthDate' | 'gender' | 'custom' | 'contributionFen' | 'donationFen' | 'priorCreditFen'
> & {
  contributionFen: number | null;
  donationFen: number;
  priorCreditFen: number;
  custom: Record<string, unknown> | null;
};

/** The stored fields of a checked member or a stored row (everything but the village, year and ID number). */
export function storedFields(m: StoredSource) {
  return {
    name: m.name,
    isCollectiveMember: m.isCollectiveMember,
    contributionFen: m.contributionFen,
    paymentType: m.paymentType,
    proxyPaid: m.proxyPaid,
    hardship: m.hardship,
    contributionYears: m.contributionYears,
    householdElderly: m.householdElderly,
    householdChildren: m.householdChildren,
    donationFen: m.donationFen,
    priorCreditFen: m.priorCreditFen,
    custom: m.custom && Object.keys(m.custom).length ? m.custom : null,
  };
}

/** A stored row as the MemberInput it was imported from (money back in yuan). */
export function toMemberInput(m: Member): MemberInput {
  return {
    idNumber: m.idNumber,
    name: m.name,
    isCollectiveMember: m.isCollectiveMember,
    contribution: m.contributionFen === null ? null : fenToYuan(m.contributionFen),
    paymentType: m.paymentType,
    proxyPaid: m.proxyPaid,
    hardship: m.hardship,
    contributionYears: m.contributionYears,
    householdElderly: m.householdElderly,
    householdChildren: m.householdChildren,
    donation: fenToYuan(m.donationFen),
    priorCredit: fenToYuan(m.priorCreditFen),
    custom: m.custom,
  };
}
