import { describe, expect, test } from 'vitest';
import { evaluateMember, evaluateRoster } from '../../src/evaluate/roster.js';
import { policySource } from '../../src/policy.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { always, member, memberInput, members, policies, rule, ruleSet, section } from './factory.js';

const flat = (yuan: number) => [section('base', 'FIRST', [rule('flat', always, { fixed: yuan })])];

describe('caps', () => {
  test('the village cap cuts raw with CAP_VILLAGE', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(80), personCap: 50 }), member(), policies);
    expect(o).toMatchObject({ raw: 8000, collective: 5000, reasons: ['CAP_VILLAGE'] });
  });

  test('caps collective plus what was credited elsewhere at the highest tier', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(30) }), member({ priorCredit: 2990 }), policies);
    expect(o).toMatchObject({ raw: 3000, collective: 1000, reasons: ['CAP_REGION'] });
  });

  test('both caps are reported in order when both cut', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(300), personCap: 100 }), member({ priorCredit: 2950 }), policies);
    expect(o).toMatchObject({ collective: 5000, reasons: ['CAP_VILLAGE', 'CAP_REGION'] });
  });

  test('prior credit above the cap leaves nothing, never a negative amount', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(30) }), member({ priorCredit: 3500, donation: 10 }), policies);
    expect(o).toMatchObject({ collective: 0, donation: 0, donationExcess: 1000, reasons: ['CAP_REGION', 'DONATION_OVER_CAP'] });
  });
});

describe('budget', () => {
  const roster = () => members([memberInput(), memberInput(), memberInput({ isCollectiveMember: false })]);

  test('PRORATE rounds each amount down to the fen so the total never exceeds the budget', async () => {
    const r = await evaluateRoster(ruleSet({ sections: flat(33.33), budget: 50, overBudget: 'PRORATE' }), roster(), policies);
    // total 66.66 over a budget of 50: each 3333 × 5000 / 6666 = 2500.0 → 2500
    expect(r.outcomes.map((o) => o.collective)).toEqual([2500, 2500, 0]);
    expect(r.outcomes.map((o) => o.reasons)).toEqual([['PRORATED'], ['PRORATED'], ['NOT_COLLECTIVE_MEMBER']]);
    expect(r.prorateFactor).toBe(0.750075);
    expect(r.budgetExceeded).toBe(false);
    expect(r.totals.collective).toBeLessThanOrEqual(5000);
  });

  test('PRORATE with an uneven split floors every share', async () => {
    const r = await evaluateRoster(
      ruleSet({ sections: flat(10), budget: 0.2, overBudget: 'PRORATE' }),
      members([memberInput(), memberInput(), memberInput()]),
      policies,
    );
    expect(r.outcomes.map((o) => o.collective)).toEqual([6, 6, 6]);
    expect(r.prorateFactor).toBe(0.006667);
  });

  test('REJECT keeps the amounts and flags the roster', async () => {
    const r = await evaluateRoster(ruleSet({ sections: flat(30), budget: 50 }), roster(), policies);
    expect(r.outcomes.map((o) => o.collective)).toEqual([3000, 3000, 0]);
    expect(r).toMatchObject({ budgetExceeded: true, prorateFactor: null });
  });

  test('a budget of 0 is a real zero', async () => {
    const r = await evaluateRoster(ruleSet({ sections: flat(30), budget: 0, overBudget: 'PRORATE' }), roster(), policies);
    expect(r.totals.collective).toBe(0);
  });

  test('a roster within the budget is untouched', async () => {
    const r = await evaluateRoster(ruleSet({ sections: flat(25), budget: 50, overBudget: 'PRORATE' }), roster(), policies);
    expect(r.outcomes.map((o) => o.collective)).toEqual([2500, 2500, 0]);
    expect(r.prorateFactor).toBeNull();
  });

  test('one member evaluated alone skips the budget', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(30), budget: 10, overBudget: 'PRORATE' }), member(), policies);
    expect(o.collective).toBe(3000);
  });

  test('proration frees headroom that a donation may then use', async () => {
    const r = await evaluateRoster(
      ruleSet({ sections: flat(3000), budget: 1500, overBudget: 'PRORATE' }),
      members([memberInput({ donation: 2000 })]),
      policies,
    );
    expect(r.outcomes[0]).toMatchObject({
      collective: 150000,
      donation: 150000,
      donationExcess: 50000,
      reasons: ['PRORATED', 'DONATION_OVER_CAP'],
    });
  });
});

describe('donations, government subsidy and account credit', () => {
  test('a donation fills the headroom under the highest tier and the rest goes back to the donor', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(100) }), member({ donation: 2950 }), policies);
    expect(o).toMatchObject({ collective: 10000, donation: 290000, donationExcess: 5000, reasons: ['DONATION_OVER_CAP'] });
  });

  test('a non-member who pays the year may receive donations', async () => {
    const o = await evaluateMember(ruleSet(), member({ isCollectiveMember: false, donation: 40 }), policies);
    expect(o).toMatchObject({ collective: 0, donation: 4000, donationExcess: 0, reasons: ['NOT_COLLECTIVE_MEMBER'] });
  });

  test('a back-payment takes no donation', async () => {
    const o = await evaluateMember(ruleSet(), member({ paymentType: 'LUMP_SUM', contribution: 3000, donation: 40 }), policies);
    expect(o).toMatchObject({ donation: 0, donationExcess: 4000, reasons: ['NOT_CURRENT_YEAR_PAYMENT'] });
  });

  test.each([
    [100, 3000],
    [200, 4000],
    [300, 5000],
    [500, 7000],
    [1000, 12000],
    [2000, 20000],
    [3000, 32000],
  ])('the %i tier earns its government subsidy of %i fen', async (contribution, subsidy) => {
    const o = await evaluateMember(ruleSet(), member({ contribution, hardship: ['MINIMUM_LIVING'] }), policies);
    expect(o.governmentSubsidy).toBe(subsidy);
  });

  test('back-payments earn the table amount where the region’s data says so', async () => {
    const generous = policySource(NINGXIA_POLICY_YEARS.map((p) => ({ ...p, backPayEarnsSubsidy: true })));
    const o = await evaluateMember(ruleSet(), member({ paymentType: 'BACK_PAY', contribution: 500 }), generous);
    expect(o.governmentSubsidy).toBe(7000);
  });

  test('the account credit adds contribution, government subsidy, collective and donation', async () => {
    const o = await evaluateMember(ruleSet({ sections: flat(25.5) }), member({ contribution: 500, donation: 12.34 }), policies);
    expect(o.accountCredit).toBe(50000 + 7000 + 2550 + 1234);
  });
});
