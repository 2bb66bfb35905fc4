/** The carry-over rules of issue 15, each with figures computed by hand (yuan in the comments, fen in the checks). */
import { describe, expect, test } from 'vitest';
import type { Fen } from '../../src/money.js';
import { reformVillage } from '../../src/reform/village.js';
import type { ReformFigures } from '../../src/reform/types.js';
import { always, ge, members, memberInput, policies, rule, ruleSet, section } from '../evaluate/factory.js';
import { draft2026, tier } from './support.js';

const yuan = (f: Partial<Record<keyof ReformFigures, number>>) =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, k === 'members' || k === 'paid' ? v : Math.round(v * 100)]));
const eq = (value: number) => ({ all: [{ fact: 'contribution', operator: 'equal', value }] });

describe('a tier removed', () => {
  // 2000+ pays 300, exactly 500 pays 100, 200+ pays 40 (FIRST). The draft drops 500: its member moves to 300.
  const standard = ruleSet({
    sections: [
      section('tier', 'FIRST', [
        rule('t2000', ge('contribution', 2000), { fixed: 300 }),
        rule('t500', eq(500), { fixed: 100 }),
        rule('t200', ge('contribution', 200), { fixed: 40 }),
      ]),
    ],
  });
  const roster = members([memberInput({ contribution: 500 }), memberInput({ contribution: 2000 }), memberInput({ contribution: 200 })]);

  test('moves the member to the nearest tier and evaluates the new tier with its subsidy', async () => {
    const r = await reformVillage(standard, roster, { baseYear: 2025, stored: policies, draft: draft2026({ remove: [500] }) });
    // before: 500+70+100=670, 2000+200+300=2500, 200+40+40=280
    expect(r.before).toEqual(
      yuan({ members: 3, paid: 3, contribution: 2700, collective: 440, donation: 0, governmentSubsidy: 310, accountCredit: 3450 }),
    );
    // after: the 500 member pays 300: t200 → 40, subsidy 50: 390
    expect(r.after).toEqual(
      yuan({ members: 3, paid: 3, contribution: 2500, collective: 380, donation: 0, governmentSubsidy: 290, accountCredit: 3170 }),
    );
    expect(r.moves).toEqual([{ fromFen: 50000, toFen: 30000, members: 1 }]);
    expect([...r.accountCreditChanges]).toEqual([
      [-28000, 1],
      [0, 2],
    ]);
    expect([...r.collectiveChanges]).toEqual([
      [-6000, 1],
      [0, 2],
    ]);
  });

  test('lists the rule that names the removed tier', async () => {
    const r = await reformVillage(standard, roster, { baseYear: 2025, stored: policies, draft: draft2026({ remove: [500] }) });
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.ruleId])).toEqual([
      ['TIER_REMOVED', 'ERROR', '/sections/0/rules/1/when', 't500'],
    ]);
    expect(r.issues[0]!.message).toContain('500元');
  });
});

describe('the cap lowered', () => {
  // The draft drops the 3000 tier: the region cap falls from 3000 to 2000, below the village's own cap of 2500.
  const standard = ruleSet({
    personCap: 2500,
    sections: [section('tier', 'FIRST', [rule('r1000', ge('contribution', 1000), { fixed: 2500 })])],
  });
  const roster = members([memberInput({ contribution: 3000, donation: 1000 }), memberInput({ contribution: 1000 })]);

  test('cuts the collective and donation parts at the new cap', async () => {
    const r = await reformVillage(standard, roster, { baseYear: 2025, stored: policies, draft: draft2026({ remove: [3000] }) });
    // before: 3000 + 320 + 2500 + donation min(1000, 3000−2500)=500 → 6320; 1000 + 120 + 2500 → 3620
    expect(r.before).toEqual(
      yuan({ members: 2, paid: 2, contribution: 4000, collective: 5000, donation: 500, governmentSubsidy: 440, accountCredit: 9940 }),
    );
    // after: 3000 → 2000 (tie with… no: 2000 is the nearest), collective 2000 (region cap), no room for the donation:
    // 2000 + 200 + 2000 + 0 → 4200; 1000 + 120 + 2000 → 3120
    expect(r.after).toEqual(
      yuan({ members: 2, paid: 2, contribution: 3000, collective: 4000, donation: 0, governmentSubsidy: 320, accountCredit: 7320 }),
    );
    expect([...r.accountCreditChanges].sort()).toEqual(
      [
        [-212000, 1],
        [-50000, 1],
      ].sort(),
    );
  });

  test('says the person cap is above the new cap and the rule can pay above it', async () => {
    const r = await reformVillage(standard, roster, { baseYear: 2025, stored: policies, draft: draft2026({ remove: [3000] }) });
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.ruleId])).toEqual([
      ['CAP_ABOVE_REGION_MAX', 'ERROR', '/personCap', null],
      ['ABOVE_REGION_MAX', 'WARNING', '/sections/0/rules/0', 'r1000'],
    ]);
    expect(r.issues[0]!.message).toContain('2026');
  });
});

describe('a subsidy changed', () => {
  // 20 for everyone; the draft pays 60 (was 50) on the 300 tier and 45 (was 40) on the 200 tier.
  const draft = draft2026({ set: [tier(300, 60), tier(200, 45)] });
  const roster = members([
    memberInput({ contribution: 300 }),
    memberInput({ contribution: 200 }),
    memberInput({ contribution: 300, paymentType: 'BACK_PAY' }),
  ]);

  test('changes the government subsidy and the account credit only', async () => {
    const r = await reformVillage(ruleSet(), roster, { baseYear: 2025, stored: policies, draft });
    // before: 300+50+20=370, 200+40+20=260, back-pay 300 (no subsidy, no collective)
    expect(r.before).toEqual(
      yuan({ members: 3, paid: 2, contribution: 800, collective: 40, donation: 0, governmentSubsidy: 90, accountCredit: 930 }),
    );
    expect(r.after).toEqual(
      yuan({ members: 3, paid: 2, contribution: 800, collective: 40, donation: 0, governmentSubsidy: 105, accountCredit: 945 }),
    );
    expect(r.moves).toEqual([]);
    expect(r.issues).toEqual([]);
    expect([...r.accountCreditChanges].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 1],
      [500, 1],
      [1000, 1],
    ]);
  });

  test('a village without a paying standard still shows the subsidy change, with no collective money', async () => {
    const r = await reformVillage(null, roster, { baseYear: 2025, stored: policies, draft });
    expect(r.hasStandard).toBe(false);
    expect(r.before).toEqual(
      yuan({ members: 3, paid: 0, contribution: 800, collective: 0, donation: 0, governmentSubsidy: 90, accountCredit: 890 }),
    );
    expect(r.after.governmentSubsidy).toBe(10500);
  });
});

describe('the budget', () => {
  // 10% of the contribution for 200 and up, budget 250. The draft replaces 2000 by 2500: 200 + 50 becomes 250 + 50.
  const draft = draft2026({ remove: [2000], set: [tier(2500, 250)] });
  const standard = (overBudget: 'REJECT' | 'PRORATE') =>
    ruleSet({
      budget: 250,
      overBudget,
      sections: [section('rate', 'FIRST', [rule('r', ge('contribution', 200), { rate: 0.1, of: 'contribution' })])],
    });
  const roster = members([memberInput({ contribution: 2000 }), memberInput({ contribution: 500 })]);

  test('REJECT: the draft exceeds a budget the base year kept', async () => {
    const r = await reformVillage(standard('REJECT'), roster, { baseYear: 2025, stored: policies, draft });
    expect(r.moves).toEqual([{ fromFen: 200000, toFen: 250000, members: 1 }]);
    expect(r.budget).toEqual({
      budgetFen: 25000,
      overBudget: 'REJECT',
      before: { wantedFen: 25000, exceeded: false, prorateFactor: null },
      after: { wantedFen: 30000, exceeded: true, prorateFactor: null },
    });
  });

  test('PRORATE: amounts floor(amount × 250 ÷ 300), and what was wanted', async () => {
    const r = await reformVillage(standard('PRORATE'), roster, { baseYear: 2025, stored: policies, draft });
    expect(r.budget!.after).toEqual({ wantedFen: 30000, exceeded: false, prorateFactor: 0.833333 });
    // 25000 × 25000 / 30000 = 20833.3 → 20833; 5000 × 25000 / 30000 = 4166.6 → 4166
    expect(r.after.collective).toBe((20833 + 4166) as Fen);
  });
});

test('a standard that already covers the draft year keeps its own lastYear and is evaluated for that year', async () => {
  const standard = ruleSet({ lastYear: 2026, sections: [section('base', 'FIRST', [rule('flat', always, { fixed: 20 })])] });
  const roster = members([memberInput({ contribution: 300 })]);
  const r = await reformVillage(standard, roster, { baseYear: 2025, stored: policies, draft: draft2026({ set: [tier(300, 70)] }) });
  expect(r.after.accountCredit - r.before.accountCredit).toBe(2000);
});

test('a removed tier used as a threshold is a warning to review, not an error', async () => {
  const standard = ruleSet({
    sections: [
      section('tier', 'FIRST', [
        rule('t500', ge('contribution', 500), { fixed: 100 }),
        rule('t200', ge('contribution', 200), { fixed: 40 }),
      ]),
    ],
  });
  const r = await reformVillage(standard, members([memberInput({ contribution: 500 })]), {
    baseYear: 2025,
    stored: policies,
    draft: draft2026({ remove: [500] }),
  });
  expect(r.issues.map((i) => [i.code, i.severity, i.ruleId])).toEqual([['TIER_REMOVED', 'WARNING', 't500']]);
  expect(r.after.collective).toBe(4000 as Fen); // moved to 300: below the threshold now
});
