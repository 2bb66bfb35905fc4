import type { Issue } from './types.js';
import { ageOnDay } from './age.js';
import { applyRate, rateToMicros, roundHalfUp } from './money.js';
import { NINGXIA_PENSION, pensionExtrasFen } from './pensionData.js';
import { checkProjectionInput, type ProjectionAssumptions, type ProjectionCredit, type ProjectionMember } from './projectionInput.js';

export * from './pensionData.js';
export * from './projectionInput.js';

/**
 * The personal-account projection (issue 5 item 4, "算清经济账和长远账"): for each year from the member's
 * current year to the year they turn 60, balance at year end = start × (1 + that year's rate) + that year's
 * credit, the interest rounded half up to the fen with the rate as an exact decimal; then the monthly pension
 * = basic pension + age and long-contribution extras + balance ÷ 139, rounded half up to the fen.
 */

export interface ProjectionYear {
  year: number;
  age: number;
  interestRate: number;
  startFen: number;
  interestFen: number;
  creditFen: number;
  endFen: number;
}

export interface ProjectionPath {
  years: ProjectionYear[];
  balanceFen: number;
  accountMonthlyFen: number;
  monthlyPensionFen: number;
}

export interface Projection {
  year: number;
  /** The last year credited: the year the member turns 60 (none when that is before `year`). */
  lastYear: number;
  pensionAge: number;
  contributionYears: number;
  basicPensionMonthlyFen: number;
  ageExtraFen: number;
  longContributionExtraFen: number;
  withCollective: ProjectionPath;
  withoutCollective: ProjectionPath;
}

export type ProjectionResult = { ok: true; projection: Projection } | { ok: false; errors: Issue[] };

export function projectAccount(member: ProjectionMember, assumptions: ProjectionAssumptions): ProjectionResult {
  const errors = checkProjectionInput(member, assumptions);
  if (errors.length) return { ok: false, errors };
  const policy = assumptions.policy ?? NINGXIA_PENSION;
  const lastYear = Number(member.birthDate.slice(0, 4)) + 60;
  const future: ProjectionCredit = { ...member.credit, ...definedOnly(assumptions.future ?? {}) };
  const creditOf = (year: number) => (year === member.year ? member.credit : future);
  let contributionYears = member.contributionYears;
  for (let y = member.year; y <= lastYear; y++) if (creditOf(y).contributionFen > 0) contributionYears++;
  const pensionAge = Math.max(60, ageOnDay(member.birthDate, member.year));
  const extras = pensionExtrasFen(policy, pensionAge, contributionYears);
  const fixedFen = assumptions.basicPensionMonthlyFen + extras.ageFen + extras.longContributionFen;
  const path = (collective: boolean): ProjectionPath => {
    const years: ProjectionYear[] = [];
    let balance = member.balanceFen;
    for (let y = member.year; y <= lastYear; y++) {
      const c = creditOf(y);
      const interestRate = rateFor(assumptions, y);
      const interestFen = applyRate(balance, rateToMicros(interestRate) ?? 0);
      const creditFen = c.contributionFen + c.governmentSubsidyFen + c.donationFen + (collective ? c.collectiveFen : 0);
      const row = {
        year: y,
        age: ageOnDay(member.birthDate, y),
        interestRate,
        startFen: balance,
        interestFen,
        creditFen,
        endFen: balance + interestFen + creditFen,
      };
      years.push(row);
      balance = row.endFen;
    }
    const accountMonthlyFen = divideHalfUp(balance, policy.accountDivisor);
    return { years, balanceFen: balance, accountMonthlyFen, monthlyPensionFen: fixedFen + accountMonthlyFen };
  };
  return {
    ok: true,
    projection: {
      year: member.year,
      lastYear,
      pensionAge,
      contributionYears,
      basicPensionMonthlyFen: assumptions.basicPensionMonthlyFen,
      ageExtraFen: extras.ageFen,
      longContributionExtraFen: extras.longContributionFen,
      withCollective: path(true),
      withoutCollective: path(false),
    },
  };
}

/** That year's rate, else (a later year) the future rate if given, else the last known rate before it. */
function rateFor(a: ProjectionAssumptions, year: number): number {
  if (a.interestRates[year] !== undefined) return a.interestRates[year];
  const known = Object.keys(a.interestRates)
    .map(Number)
    .sort((x, y) => x - y);
  const before = known.filter((y) => y < year);
  if (a.futureInterestRate !== undefined && before.length === known.length) return a.futureInterestRate;
  const y = before.at(-1) ?? known[0];
  return y === undefined ? (a.futureInterestRate ?? 0) : a.interestRates[y]!;
}

function divideHalfUp(fen: number, divisor: number): number {
  return Number(roundHalfUp(BigInt(fen), BigInt(divisor)));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
