import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import { checkMembers } from '../../src/members.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { makeIdNumber } from '../../src/idNumber.js';
import { always, ge, member, policies, rule, ruleSet, section } from './factory.js';

describe('every zero has its reason (issue 14 item 11)', () => {
  test('an eligible member no rule holds for gets NO_RULE_MATCHED, on the compiled path and with the trace alike', async () => {
    const doc = ruleSet({ sections: [section('tiers', 'FIRST', [rule('t200', ge('contribution', 200), { fixed: 20 })])] });
    const poor = member({ contribution: 100 });
    for (const trace of [false, true]) {
      const o = await evaluateMember(doc, poor, policies, { trace });
      expect(o).toMatchObject({ eligible: true, collective: 0, reasons: ['NO_RULE_MATCHED'] });
    }
  });

  test('a rule that holds but pays 0 gives RULE_AMOUNT_ZERO; a paid member carries no such reason', async () => {
    const doc = ruleSet({ sections: [section('base', 'FIRST', [rule('none', always, { fixed: 0 })])] });
    expect((await evaluateMember(doc, member(), policies)).reasons).toEqual(['RULE_AMOUNT_ZERO']);
    expect((await evaluateMember(ruleSet(), member(), policies)).reasons).toEqual([]);
  });
});

describe('ages outside the scheme (issue 14 item 11)', () => {
  const policy = NINGXIA_POLICY_YEARS.find((p) => p.year === 2025)!;
  const check = (birth: string, paymentType = 'CURRENT') =>
    checkMembers([{ idNumber: makeIdNumber('640121', birth, '011'), contribution: 300, paymentType }], {
      year: 2025,
      policy,
      mode: 'simulate',
    });

  test('a contributor 60 all year long is warned, with the age, and still accepted', () => {
    const result = check('1950-03-01');
    expect(result.members).toHaveLength(1);
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['OVER_CONTRIBUTION_AGE', expect.stringMatching(/已75周岁：年满60周岁应按月领取养老金/)],
    ]);
  });

  test('no warning for one turning 60 during the year, nor for back pay', () => {
    expect(check('1965-06-15').warnings).toEqual([]);
    expect(check('1950-03-01', 'BACK_PAY').warnings).toEqual([]);
  });
});
