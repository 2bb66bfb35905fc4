/** The facts a checked member offers to rule conditions (RULESET.md "Facts a rule can test"), read the same way by every path. */
import { asOfDay } from '../age.js';
import { isLeapYear } from '../idNumber.js';
import { toYuan } from '../money.js';
import type { Member } from '../types.js';

/** The facts one member offers to rule conditions (RULESET.md "Facts a rule can test"); money facts in yuan. */
export type Facts = Record<string, unknown>;

/** What a fact's value depends on besides the member: the scheme year's `ageAsOf` day. */
export interface FactDay {
  year: number;
  month: number;
  day: number;
}

export function factDay(year: number, ageAsOf: string | undefined): FactDay {
  return { year, ...asOfDay(year, ageAsOf) };
}

/** Full years on the day; a 29 February birthday falls on 1 March in a common year (same rule as `ageOnDay`). */
function age(birthDate: string, d: FactDay): number {
  const by = digits(birthDate, 0, 4);
  let bm = digits(birthDate, 5, 7);
  let bd = digits(birthDate, 8, 10);
  if (bm === 2 && bd === 29 && !isLeapYear(d.year)) [bm, bd] = [3, 1];
  const reached = d.month > bm || (d.month === bm && d.day >= bd);
  return d.year - by - (reached ? 0 : 1);
}

/** The decimal number written at `text[from, to)`, without allocating a substring (a hot path). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** How each built-in fact is read off a member. */
export const BUILT_IN_GETTERS: Record<string, (m: Member, d: FactDay) => unknown> = {
  age: (m, d) => age(m.birthDate, d),
  gender: (m) => m.gender,
  contribution: (m) => (m.contributionFen === null ? null : toYuan(m.contributionFen)),
  paymentType: (m) => m.paymentType,
  proxyPaid: (m) => m.proxyPaid,
  hardship: (m) => m.hardship,
  contributionYears: (m) => m.contributionYears,
  householdElderly: (m) => m.householdElderly,
  householdChildren: (m) => m.householdChildren,
  isCollectiveMember: (m) => m.isCollectiveMember,
};

/**
 * The facts every member the rules evaluate shares: the gates (RULESET.md step 1) let only these through. A
 * condition on them alone holds for everyone paid ("集体经济组织成员 等于 是" is the templates' "everyone").
 */
export const GATED_FACTS: Readonly<Record<string, unknown>> = Object.freeze({ isCollectiveMember: true, paymentType: 'CURRENT' });

/** A getter for any fact name: built-in, or a village fact from `custom` (absent when not given). */
export function factGetter(name: string): (m: Member, d: FactDay) => unknown {
  return BUILT_IN_GETTERS[name] ?? ((m) => m.custom[name]);
}

/** All facts of a member for a scheme year; village facts come from `custom`. */
export function memberFacts(member: Member, d: FactDay): Facts {
  const facts: Facts = { ...member.custom };
  for (const [name, get] of Object.entries(BUILT_IN_GETTERS)) facts[name] = get(member, d);
  return facts;
}
