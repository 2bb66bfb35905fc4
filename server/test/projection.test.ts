import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const PROJECTION = `query ($m: ProjectionMemberInput!, $a: ProjectionAssumptionsInput) { projection(member: $m, assumptions: $a) {
  lastYear contributionYears basicPensionMonthly longContributionExtraMonthly interestRates { year rate }
  withCollective { balance accountMonthly monthlyPension years { year interest end } }
  withoutCollective { balance monthlyPension } } }`;
const MEMBER = {
  year: 2024,
  birthDate: '1966-05-10',
  contributionYears: 13,
  balance: 5000,
  contribution: 300,
  governmentSubsidy: 50,
  collective: 30,
};

test('projects the worked example of the rules package in yuan without login', async () => {
  // rules/test/projection.test.ts: 2024 at 2.62%, then 2.5% for 2025 and (repeated) 2026.
  const data = await h.ok(PROJECTION, {
    m: MEMBER,
    a: {
      interestRates: [
        { year: 2024, rate: 0.0262 },
        { year: 2025, rate: 0.025 },
      ],
      basicPensionMonthly: 210,
    },
  });
  expect(data.projection).toMatchObject({
    lastYear: 2026,
    contributionYears: 16,
    longContributionExtraMonthly: 2,
    withCollective: { balance: 6559.5, accountMonthly: 47.19, monthlyPension: 259.19 },
    withoutCollective: { balance: 6467.23, monthlyPension: 258.53 },
  });
  expect(data.projection.withCollective.years).toEqual([
    { year: 2024, interest: 131, end: 5511 },
    { year: 2025, interest: 137.78, end: 6028.78 },
    { year: 2026, interest: 150.72, end: 6559.5 },
  ]);
});

test('takes the region data for the rates and the basic pension when no assumption is given', async () => {
  const data = await h.ok(PROJECTION, { m: MEMBER });
  expect(data.projection.basicPensionMonthly).toBe(210);
  expect(data.projection.interestRates).toEqual([{ year: 2024, rate: 0.0262 }]);
  // 2024: 5000 × 2.62% = 131 → 5511; 2025: 5511 × 2.62% = 144.3882 → 144.39 → 6035.39
  expect(data.projection.withCollective.years[1]).toEqual({ year: 2025, interest: 144.39, end: 6035.39 });
});

test('refuses amounts and rates it cannot take, with every problem listed', async () => {
  const money = await h.gql(PROJECTION, { m: { ...MEMBER, balance: 1.234, collective: 0.001 } });
  expect(money.errors?.[0]?.extensions).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "fields": [
        "collective",
        "balance",
      ],
    }
  `);
  const rate = await h.gql(PROJECTION, { m: { ...MEMBER, birthDate: '1966-5-10' }, a: { futureInterestRate: -0.01 } });
  expect(rate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((rate.errors?.[0]?.extensions?.errors as { path: string }[]).map((e) => e.path)).toEqual([
    '/member/birthDate',
    '/assumptions/futureInterestRate',
  ]);
});

test('a member already past 60 is credited nothing more: the pension now is read off the balance they have', async () => {
  // Born 1958-03-01: 60 in 2018, 67 at the end of 2025. 4170 ÷ 139 = 30; 210 basic + 2 (from 65) + 2 (16 years,
  // one beyond 15) + 30 = 244. This year's payments are not credited, so the collective subsidy changes nothing.
  const data = await h.ok(
    `query ($m: ProjectionMemberInput!) { projection(member: $m) {
      lastYear pensionAge contributionYears ageExtraMonthly longContributionExtraMonthly
      withCollective { balance accountMonthly monthlyPension years { year } } withoutCollective { balance monthlyPension } } }`,
    { m: { ...MEMBER, year: 2025, birthDate: '1958-03-01', contributionYears: 16, balance: 4170 } },
  );
  expect(data.projection).toEqual({
    lastYear: 2018,
    pensionAge: 67,
    contributionYears: 16,
    ageExtraMonthly: 2,
    longContributionExtraMonthly: 2,
    withCollective: { balance: 4170, accountMonthly: 30, monthlyPension: 244, years: [] },
    withoutCollective: { balance: 4170, monthlyPension: 244 },
  });
});
