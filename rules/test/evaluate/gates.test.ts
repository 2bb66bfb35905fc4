import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import { member, policies, ruleSet } from './factory.js';

describe('gates', () => {
  test('a member who pays the current year passes every gate', async () => {
    const o = await evaluateMember(ruleSet(), member(), policies);
    expect(o).toMatchObject({ eligible: true, reasons: [], collective: 2000, governmentSubsidy: 5000 });
  });

  test('a non-member gets no collective subsidy but keeps the government subsidy', async () => {
    const o = await evaluateMember(ruleSet(), member({ isCollectiveMember: false }), policies);
    expect(o).toMatchObject({
      eligible: false,
      reasons: ['NOT_COLLECTIVE_MEMBER'],
      sections: [],
      raw: 0,
      collective: 0,
      governmentSubsidy: 5000,
    });
  });

  test.each(['BACK_PAY', 'LUMP_SUM'] as const)('a %s payment is not subsidised and earns no government subsidy', async (paymentType) => {
    const o = await evaluateMember(ruleSet(), member({ paymentType, contribution: 1500 }), policies);
    expect(o).toMatchObject({
      eligible: false,
      reasons: ['NOT_CURRENT_YEAR_PAYMENT'],
      collective: 0,
      governmentSubsidy: 0,
      accountCredit: 150000,
    });
  });

  test('nothing paid means no subsidy of any kind', async () => {
    const o = await evaluateMember(ruleSet(), member({ contribution: null, donation: 50 }), policies);
    expect(o).toMatchObject({
      eligible: false,
      reasons: ['NO_PERSONAL_CONTRIBUTION'],
      collective: 0,
      donation: 0,
      donationExcess: 5000,
      accountCredit: 0,
    });
  });

  test('failed gates are listed in the order of RULESET.md', async () => {
    const o = await evaluateMember(
      ruleSet(),
      member({ isCollectiveMember: false, paymentType: 'BACK_PAY', contribution: null }),
      policies,
      { schemeActive: false },
    );
    expect(o.reasons).toEqual(['NOT_COLLECTIVE_MEMBER', 'NOT_CURRENT_YEAR_PAYMENT', 'NO_PERSONAL_CONTRIBUTION', 'SCHEME_NOT_ACTIVE']);
  });

  test('a scheme that does not pay leaves donations and the government subsidy as usual', async () => {
    const o = await evaluateMember(null, member({ donation: 30 }), policies, { year: 2025, schemeActive: false });
    expect(o).toMatchObject({
      eligible: false,
      reasons: ['SCHEME_NOT_ACTIVE'],
      collective: 0,
      donation: 3000,
      governmentSubsidy: 5000,
      accountCredit: 38000,
    });
  });

  test('a contribution the government paid on the member’s behalf counts as paid', async () => {
    const o = await evaluateMember(ruleSet(), member({ contribution: 100, proxyPaid: true, hardship: ['POVERTY_MONITORING'] }), policies);
    expect(o).toMatchObject({ eligible: true, collective: 2000, governmentSubsidy: 3000 });
  });
});
