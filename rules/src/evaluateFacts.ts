import { ageOnDay } from './age.js';
import type { Member } from './types.js';

/** The facts one member offers to rule conditions (RULESET.md "Facts a rule can test"); money facts in yuan. */
export type Facts = Record<string, unknown>;

/** Builds the facts of a member for a scheme year; village facts come from `custom`, absent when not given. */
export function memberFacts(member: Member, year: number, ageAsOf: string | undefined): Facts {
  const facts: Facts = { ...member.custom };
  facts.age = ageOnDay(member.birthDate, year, ageAsOf);
  facts.gender = member.gender;
  facts.contribution = member.contributionFen === null ? null : member.contributionFen / 100;
  facts.paymentType = member.paymentType;
  facts.proxyPaid = member.proxyPaid;
  facts.hardship = member.hardship;
  facts.contributionYears = member.contributionYears;
  facts.householdElderly = member.householdElderly;
  facts.householdChildren = member.householdChildren;
  facts.isCollectiveMember = member.isCollectiveMember;
  return facts;
}
