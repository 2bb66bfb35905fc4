import data from '../policy/pension.json' with { type: 'json' };
import { fromYuan } from './money.js';

/** One year's account figures: the interest rate credited (decimal, e.g. 0.0262) and the basic pension (yuan a month). */
export interface PensionYear {
  year: number;
  interestRate: number;
  basicPensionMonthly: number;
}

/** The region's personal-account figures (rules/policy/pension.json, shared/POLICY.md). */
export interface PensionPolicy {
  years: PensionYear[];
  /** Extra yuan a month from an age on (the largest `fromAge` reached applies, not a sum). */
  ageExtras: { fromAge: number; monthly: number }[];
  /** Yuan a month for each contribution year beyond `beyondYears`. */
  longContribution: { beyondYears: number; monthlyPerYear: number };
  /** The personal-account pension is the balance divided by this, a month. */
  accountDivisor: number;
}

/** Ningxia's figures as shipped. */
export const NINGXIA_PENSION: PensionPolicy = data as PensionPolicy;

/** The figures of `year`, else of the latest earlier year, else of the earliest year known; undefined when none. */
export function pensionYearFor(policy: PensionPolicy, year: number): PensionYear | undefined {
  const sorted = [...policy.years].sort((a, b) => a.year - b.year);
  return [...sorted].reverse().find((y) => y.year <= year) ?? sorted[0];
}

/** The interest rates by year, as given in the data (the projection repeats the last one for later years). */
export function interestRates(policy: PensionPolicy): Record<number, number> {
  return Object.fromEntries(policy.years.map((y) => [y.year, y.interestRate]));
}

/** The age and long-contribution extras in fen a month, for a member of `age` with `contributionYears`. */
export function pensionExtrasFen(
  policy: PensionPolicy,
  age: number,
  contributionYears: number,
): { ageFen: number; longContributionFen: number } {
  const reached = policy.ageExtras.filter((e) => age >= e.fromAge).sort((a, b) => b.fromAge - a.fromAge)[0];
  const beyond = Math.max(0, contributionYears - policy.longContribution.beyondYears);
  return {
    ageFen: reached ? (fromYuan(reached.monthly) ?? 0) : 0,
    longContributionFen: beyond * (fromYuan(policy.longContribution.monthlyPerYear) ?? 0),
  };
}
