import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { NINGXIA_POLICY_YEARS } from '@cunce/rules';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { Settlement } from '../src/modules/lifecycle/settlementRecord/settlement.entity.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const POLICY = `query ($y: Int!) { policyYear(year: $y) { year tiers { amount governmentSubsidy hardshipOnly } maxTier { amount governmentSubsidy }
  hardshipTierCategories backPayEarnsSubsidy frozen } }`;
const SAVE = `mutation ($input: PolicyYearInput!) { savePolicyYear(input: $input) { year tiers { amount } maxTier { amount } } }`;

function input(year: number, top = 3000) {
  return {
    year,
    tiers: [
      { amount: 200, governmentSubsidy: 40 },
      { amount: top, governmentSubsidy: 320.5 },
    ],
    hardshipTierCategories: ['MINIMUM_LIVING'],
    backPayEarnsSubsidy: false,
  };
}

test('serves the seeded policy years without login, the largest tier as maxTier', async () => {
  for (const seeded of NINGXIA_POLICY_YEARS) {
    const data = await h.ok(POLICY, { y: seeded.year });
    expect(data.policyYear.tiers).toEqual(seeded.tiers);
    expect(data.policyYear.maxTier.amount).toBe(Math.max(...seeded.tiers.map((t) => t.amount)));
    expect(data.policyYear.frozen).toBe(false);
  }
  expect((await h.ok(POLICY, { y: 2099 })).policyYear).toBeNull();
});

test('the region administrator adds a year, and validation uses it at once', async () => {
  const data = await h.ok(SAVE, { input: input(2027, 5000) }, await h.adminToken());
  expect(data.savePolicyYear).toEqual({ year: 2027, tiers: [{ amount: 200 }, { amount: 5000 }], maxTier: { amount: 5000 } });
  const entry = await h.em().findOneOrFail(AuditEntry, { action: 'ADD_POLICY_YEAR', entityId: '2027' });
  expect(entry.before).toBeNull();
  expect(entry.after).toMatchObject({
    year: 2027,
    tiers: [
      { amount: 200, governmentSubsidy: 40 },
      { amount: 5000, governmentSubsidy: 320.5 },
    ],
  });
  expect((await h.ok(POLICY, { y: 2027 })).policyYear.tiers[1]).toEqual({ amount: 5000, governmentSubsidy: 320.5, hardshipOnly: false });
});

test('refuses tiers that are not amounts in yuan', async () => {
  const bad = { ...input(2028), tiers: [{ amount: 100.001, governmentSubsidy: 1 }] };
  const res = await h.gql(SAVE, { input: bad }, await h.adminToken());
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('only the region administrator edits policy years', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const res = await h.gql(SAVE, { input: input(2024, 9000) }, token);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await h.ok(POLICY, { y: 2024 })).policyYear.maxTier.amount).not.toBe(9000);
});

test('a year with a confirmed settlement is frozen', async () => {
  const em = h.em();
  const village = await em.findOneOrFail(Village, { code: PILOT.village });
  const admin = await em.findOneOrFail(User, { username: 'admin' });
  em.create(Settlement, {
    village,
    year: 2026,
    status: 'CONFIRMED',
    schemeActive: true,
    membersCount: 0,
    eligibleCount: 0,
    contributionFen: 0,
    governmentSubsidyFen: 0,
    collectiveFen: 0,
    donationFen: 0,
    donationExcessFen: 0,
    accountCreditFen: 0,
    budgetExceeded: false,
    createdBy: admin,
  });
  await em.flush();
  const res = await h.gql(SAVE, { input: input(2026, 7000) }, await h.adminToken());
  expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'POLICY_FROZEN' } });
  const after = await h.ok(POLICY, { y: 2026 });
  expect(after.policyYear.frozen).toBe(true);
  expect(after.policyYear.maxTier.amount).not.toBe(7000);
});

test('an edit of a stored year reaches the next evaluation (the policy source is not kept stale)', async () => {
  const { region: _region, ...base } = NINGXIA_POLICY_YEARS.find((y) => y.year === 2025)! as (typeof NINGXIA_POLICY_YEARS)[number] & {
    region?: string;
  };
  const url = new URL('../../rules/villages/640105006201.json', import.meta.url);
  const { tests: _tests, lastYear: _lastYear, ...pilot } = JSON.parse(readFileSync(url, 'utf8'));
  const simulate = `query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { outcomes { governmentSubsidy } } }`;
  const member = { idNumber: '640105197307250011', contribution: 3000 };
  const subsidyOf3000 = async () =>
    (await h.ok(simulate, { r: { ...pilot, year: 2029 }, m: [member] })).simulate.outcomes[0].governmentSubsidy;
  const save = async (governmentSubsidy: number) =>
    h.ok(
      SAVE,
      { input: { ...base, year: 2029, tiers: base.tiers.map((t) => (t.amount === 3000 ? { ...t, governmentSubsidy } : t)) } },
      await h.adminToken(),
    );
  await save(320);
  expect(await subsidyOf3000()).toBe(320);
  await save(330);
  expect(await subsidyOf3000()).toBe(330);
  await save(320);
  expect(await subsidyOf3000()).toBe(320);
});
