import type { Issue, OutcomeFen } from './types.js';
import type { PensionPolicy } from './pensionData.js';
import { rateToMicros } from './money.js';

/** One year's credit to the personal account, in fen (credited at the year end). */
export interface ProjectionCredit {
  contributionFen: number;
  governmentSubsidyFen: number;
  collectiveFen: number;
  donationFen: number;
}

/** The member as the projection needs them: `balanceFen` at the start of `year`, `contributionYears` paid before it. */
export interface ProjectionMember {
  year: number;
  birthDate: string;
  contributionYears: number;
  balanceFen: number;
  credit: ProjectionCredit;
}

/** What the cadre may change on the page; later years repeat this year's credit and the last known rate otherwise. */
export interface ProjectionAssumptions {
  /** Interest rate credited by year, as decimals (0.0262). */
  interestRates: Record<number, number>;
  /** The rate for years after the last known one (default: the last known rate). */
  futureInterestRate?: number;
  basicPensionMonthlyFen: number;
  /** Later years' credit parts (each part not given repeats this year's). */
  future?: Partial<ProjectionCredit>;
  /** Extras and divisor (default: NINGXIA_PENSION). */
  policy?: PensionPolicy;
}

/** This year's credit parts from an evaluated outcome (own contribution = account credit − the other parts). */
export function creditFromOutcome(
  o: Pick<OutcomeFen, 'accountCredit' | 'governmentSubsidy' | 'collective' | 'donation'>,
): ProjectionCredit {
  return {
    contributionFen: o.accountCredit - o.governmentSubsidy - o.collective - o.donation,
    governmentSubsidyFen: o.governmentSubsidy,
    collectiveFen: o.collective,
    donationFen: o.donation,
  };
}

const FEN = '金额须为不小于 0 的整数（分）';

/** Every problem of the input, each with a JSON-pointer path; empty when the projection can run. */
export function checkProjectionInput(m: ProjectionMember, a: ProjectionAssumptions): Issue[] {
  const issues: Issue[] = [];
  const fen = (path: string, v: unknown) => {
    if (!(Number.isSafeInteger(v) && (v as number) >= 0)) issues.push({ path, code: 'BAD_AMOUNT', message: FEN });
  };
  if (!/^\d{4}-\d\d-\d\d$/.test(m.birthDate))
    issues.push({ path: '/member/birthDate', code: 'BAD_DATE', message: '出生日期须为 YYYY-MM-DD' });
  if (!Number.isInteger(m.year)) issues.push({ path: '/member/year', code: 'BAD_YEAR', message: '年度须为整数' });
  if (!(Number.isInteger(m.contributionYears) && m.contributionYears >= 0))
    issues.push({ path: '/member/contributionYears', code: 'BAD_YEARS', message: '已缴费年限须为不小于 0 的整数' });
  fen('/member/balanceFen', m.balanceFen);
  fen('/assumptions/basicPensionMonthlyFen', a.basicPensionMonthlyFen);
  for (const [k, v] of Object.entries(m.credit)) fen(`/member/credit/${k}`, v);
  for (const [k, v] of Object.entries(a.future ?? {})) if (v !== undefined) fen(`/assumptions/future/${k}`, v);
  const rates: [string, number | undefined][] = Object.entries(a.interestRates).map(([y, r]) => [`/assumptions/interestRates/${y}`, r]);
  rates.push(['/assumptions/futureInterestRate', a.futureInterestRate]);
  for (const [path, r] of rates) {
    if (r === undefined) continue;
    const micros = rateToMicros(r);
    if (micros === null || micros < 0)
      issues.push({ path, code: 'BAD_RATE', message: '利率须为不小于 0、最多 6 位小数的小数（如 0.0262）' });
  }
  if (Object.keys(a.interestRates).length === 0 && a.futureInterestRate === undefined)
    issues.push({ path: '/assumptions/interestRates', code: 'NO_RATE', message: '至少需要一个年度的记账利率' });
  return issues;
}
