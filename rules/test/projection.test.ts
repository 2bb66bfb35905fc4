import { describe, expect, test } from 'vitest';
import {
  creditFromOutcome,
  fen,
  NINGXIA_PENSION,
  pensionYearFor,
  projectAccount,
  type ProjectionAssumptions,
  type ProjectionMember,
} from '../src/index.js';

/** A member born 1966-05-10 who has paid 13 years and has 5,000.00 yuan at the start of 2024. */
function member(overrides: Partial<ProjectionMember> = {}): ProjectionMember {
  return {
    year: 2024,
    birthDate: '1966-05-10',
    contributionYears: 13,
    balanceFen: 500000,
    credit: { contributionFen: 30000, governmentSubsidyFen: 5000, collectiveFen: 3000, donationFen: 0 },
    ...overrides,
  };
}
function assumptions(overrides: Partial<ProjectionAssumptions> = {}): ProjectionAssumptions {
  return { interestRates: { 2024: 0.0262, 2025: 0.025 }, basicPensionMonthlyFen: 21000, ...overrides };
}
function project(m = member(), a = assumptions()) {
  const r = projectAccount(m, a);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.projection;
}

describe('projectAccount: the worked example', () => {
  // The member turns 60 in 2026: years 2024, 2025, 2026 are credited. 2026 has no rate: 2025's 2.5% repeats.
  // With the collective subsidy the credit is 300 + 50 + 30 + 0 = 380.00 yuan = 38000 fen a year.
  //   2024: 500000 × 0.0262 = 13100.0   → 13100; 500000 + 13100 + 38000 = 551100
  //   2025: 551100 × 0.025  = 13777.5   → 13778 (half up); 551100 + 13778 + 38000 = 602878
  //   2026: 602878 × 0.025  = 15071.95  → 15072; 602878 + 15072 + 38000 = 655950
  //   account pension 655950 ÷ 139 = 4719.06… → 4719
  // Without it the credit is 35000:
  //   2024: 500000 + 13100 + 35000 = 548100
  //   2025: 548100 × 0.025 = 13702.5   → 13703; 548100 + 13703 + 35000 = 596803
  //   2026: 596803 × 0.025 = 14920.075 → 14920; 596803 + 14920 + 35000 = 646723
  //   account pension 646723 ÷ 139 = 4652.68… → 4653
  // Contribution years at 60: 13 + 3 = 16, one beyond 15: +2 yuan = 200 fen; age 60: no age extra.
  // Monthly pension: 21000 + 200 + 4719 = 25919 with, 21000 + 200 + 4653 = 25853 without.
  test('compounds yearly with the interest rounded half up and divides the balance by 139', () => {
    const p = project();
    expect(p.withCollective.years.map((y) => [y.year, y.interestFen, y.endFen])).toEqual([
      [2024, 13100, 551100],
      [2025, 13778, 602878],
      [2026, 15072, 655950],
    ]);
    expect(p.withCollective.years[2]!.interestRate).toBe(0.025);
    expect(p.withoutCollective.years.map((y) => y.endFen)).toEqual([548100, 596803, 646723]);
    expect(p).toMatchObject({ lastYear: 2026, pensionAge: 60, contributionYears: 16, ageExtraFen: 0, longContributionExtraFen: 200 });
    expect(p.withCollective).toMatchObject({ balanceFen: 655950, accountMonthlyFen: 4719, monthlyPensionFen: 25919 });
    expect(p.withoutCollective).toMatchObject({ balanceFen: 646723, accountMonthlyFen: 4653, monthlyPensionFen: 25853 });
  });

  test('uses the overridden future credit and rate for the years after this one', () => {
    // 2024 as above: 551100. 2025 and 2026 at 3% with a 500 tier (70 subsidy) and 50 collective: 62000 a year.
    //   2025: 551100 × 0.03 = 16533 → 551100 + 16533 + 62000 = 629633
    //   2026: 629633 × 0.03 = 18888.99 → 18889; 629633 + 18889 + 62000 = 710522
    const p = project(
      member(),
      assumptions({
        interestRates: { 2024: 0.0262 },
        futureInterestRate: 0.03,
        future: { contributionFen: 50000, governmentSubsidyFen: 7000, collectiveFen: 5000 },
      }),
    );
    expect(p.withCollective.years.map((y) => y.endFen)).toEqual([551100, 629633, 710522]);
  });

  test('credits no year to a member already past 60 and adds the age extra', () => {
    // Born 1950: 74 at the end of 2024, so the 70 extra (4 yuan) applies; 20 years paid: 5 beyond 15 = 10 yuan.
    // 139000 ÷ 139 = 1000 exactly: 21000 + 400 + 1000 + 1000 = 23400.
    const p = project(member({ birthDate: '1950-03-01', contributionYears: 20, balanceFen: 139000 }));
    expect(p.withCollective.years).toEqual([]);
    expect(p).toMatchObject({ pensionAge: 74, ageExtraFen: 400, longContributionExtraFen: 1000 });
    expect(p.withCollective.monthlyPensionFen).toBe(23400);
    expect(p.withoutCollective.monthlyPensionFen).toBe(23400);
  });

  test('counts only the years with an own contribution towards the long-contribution extra', () => {
    const p = project(member(), assumptions({ future: { contributionFen: 0 } }));
    expect(p.contributionYears).toBe(14);
    expect(p.longContributionExtraFen).toBe(0);
  });
});

describe('projectAccount: bad input', () => {
  test('reports every bad field with its path instead of throwing', () => {
    const r = projectAccount(
      member({ birthDate: '1966/05/10', balanceFen: 12.5, contributionYears: -1 }),
      assumptions({ interestRates: { 2024: 0.0000001 }, futureInterestRate: -0.01, basicPensionMonthlyFen: -1 }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/member/birthDate BAD_DATE',
      '/member/contributionYears BAD_YEARS',
      '/member/balanceFen BAD_AMOUNT',
      '/assumptions/basicPensionMonthlyFen BAD_AMOUNT',
      '/assumptions/interestRates/2024 BAD_RATE',
      '/assumptions/futureInterestRate BAD_RATE',
    ]);
  });
});

describe('pension data', () => {
  test('takes the credit parts from an outcome in fen', () => {
    expect(creditFromOutcome({ accountCredit: fen(38000), governmentSubsidy: fen(5000), collective: fen(3000), donation: fen(0) })).toEqual(
      {
        contributionFen: 30000,
        governmentSubsidyFen: 5000,
        collectiveFen: 3000,
        donationFen: 0,
      },
    );
  });

  test('repeats the latest known year for a later year', () => {
    expect(pensionYearFor(NINGXIA_PENSION, 2026)).toEqual({ year: 2024, interestRate: 0.0262, basicPensionMonthly: 210 });
  });
});
