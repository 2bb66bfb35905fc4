import { describe, expect, test } from 'vitest';
import { runTestCases } from '../src/harness.js';
import { policySource } from '../src/policy.js';
import { NINGXIA_POLICY_YEARS } from '../src/policyData.js';
import type { MemberInput } from '../src/types.js';
import { ELDER, YOUNG, memberInput as member, tieredRuleSet as ruleSet } from './support/harnessFixtures.js';

const policies = policySource(NINGXIA_POLICY_YEARS);

async function runOne(m: MemberInput, expectation: Record<string, unknown>) {
  const [result] = await runTestCases(ruleSet([{ name: 'case', member: m, expect: expectation }]), policies);
  return result!;
}

describe('money', () => {
  test('compares money in fen, so 3.33 yuan matches a rate result of 333 fen', async () => {
    const r = await runOne(member({ contribution: 100, hardship: ['MINIMUM_LIVING'] }), { raw: 3.33, collective: 3.33 });
    expect(r).toEqual({ name: 'case', passed: true, diffs: [] });
  });

  test('reports a differing amount with expected and actual in yuan', async () => {
    const r = await runOne(member(), { collective: 30, governmentSubsidy: 40 });
    expect(r.passed).toBe(false);
    expect(r.error).toBeUndefined();
    expect(r.diffs).toEqual([{ field: 'collective', expected: 30, actual: 20 }]);
  });

  test('fails as BAD_TEST when an expected amount has more than two decimals', async () => {
    const r = await runOne(member(), { raw: 20.001 });
    expect(r.passed).toBe(false);
    expect(r.error).toMatch(/^BAD_TEST：.*raw/);
  });

  test('computes accountCredit as contribution, government subsidy, collective and donation', async () => {
    const r = await runOne(member({ donation: 5.5 }), { accountCredit: 200 + 40 + 20 + 5.5, donation: 5.5, donationExcess: 0 });
    expect(r.diffs).toEqual([]);
    expect(r.passed).toBe(true);
  });
});

describe('reasons', () => {
  test('compares reasons as a set, in any order', async () => {
    const r = await runOne(member({ idNumber: ELDER, contribution: 500, priorCredit: 2990 }), {
      reasons: ['CAP_REGION', 'CAP_VILLAGE'],
      collective: 10,
    });
    expect(r).toMatchObject({ passed: true, diffs: [] });
  });

  test('takes [] to mean no reasons, so it fails when a cap cut the amount', async () => {
    const r = await runOne(member({ idNumber: ELDER, contribution: 500 }), { reasons: [] });
    expect(r.diffs).toEqual([{ field: 'reasons', expected: [], actual: ['CAP_VILLAGE'] }]);
  });

  test('fails when an expected reason is missing even if the others match', async () => {
    const r = await runOne(member({ idNumber: ELDER, contribution: 500 }), { reasons: ['CAP_VILLAGE', 'CAP_REGION'] });
    expect(r.passed).toBe(false);
  });
});

describe('sections', () => {
  test('matches sections by key and checks only the fields given', async () => {
    const r = await runOne(member({ idNumber: ELDER, contribution: 500 }), { sections: [{ key: 'age', amount: 25 }] });
    expect(r).toMatchObject({ passed: true, diffs: [] });
  });

  test('compares ruleIds as an ordered list', async () => {
    const m = member({ idNumber: ELDER });
    expect((await runOne(m, { sections: [{ key: 'age', ruleIds: ['a60', 'a70'] }] })).passed).toBe(true);
    const reversed = await runOne(m, { sections: [{ key: 'age', ruleIds: ['a70', 'a60'] }] });
    expect(reversed.diffs).toEqual([{ field: 'sections[age].ruleIds', expected: ['a70', 'a60'], actual: ['a60', 'a70'] }]);
  });

  test('reports a section amount that differs, in yuan', async () => {
    const r = await runOne(member(), { sections: [{ key: 'tier', amount: 40, ruleIds: ['t200'] }] });
    expect(r.diffs).toEqual([{ field: 'sections[tier].amount', expected: 40, actual: 20 }]);
  });

  test('reports an expected section the outcome does not have', async () => {
    const r = await runOne(member({ isCollectiveMember: false }), { sections: [{ key: 'tier', amount: 0 }] });
    expect(r.diffs).toEqual([{ field: 'sections[tier]', expected: { key: 'tier', amount: 0 }, actual: null }]);
  });

  test('takes sections [] to mean none, as for a member stopped by a gate', async () => {
    expect((await runOne(member({ paymentType: 'BACK_PAY' }), { sections: [], eligible: false })).passed).toBe(true);
    expect((await runOne(member(), { sections: [] })).passed).toBe(false);
  });
});

describe('bad test cases', () => {
  test('fails as BAD_TEST when expect names a field the outcome does not have', async () => {
    const r = await runOne(member(), { collective: 20, collectve: 20 });
    expect(r.passed).toBe(false);
    expect(r.error).toMatch(/^BAD_TEST：期望中的“collectve”不是结果的字段/);
  });

  test('fails as BAD_TEST when a section entry names an unknown field', async () => {
    const r = await runOne(member(), { sections: [{ key: 'tier', amount: 20, rules: ['t200'] }] });
    expect(r.error).toMatch(/^BAD_TEST：.*“rules”/);
  });

  test('fails with the row messages when the member is bad', async () => {
    const r = await runOne(member({ idNumber: YOUNG.slice(0, 17) + (YOUNG[17] === '0' ? '1' : '0') }), { raw: 20 });
    expect(r.passed).toBe(false);
    expect(r.diffs).toEqual([]);
    expect(r.error).toMatch(/^第1行“身份证号”（idNumber）：.*校验位/);
  });
});

describe('a rule set', () => {
  test('gives one result per case, in order, with the case names', async () => {
    const results = await runTestCases(
      ruleSet([
        { name: '缴费200元', member: member(), expect: { collective: 20, eligible: true, age: 35 } },
        {
          name: '非集体成员',
          member: member({ isCollectiveMember: false }),
          expect: { reasons: ['NOT_COLLECTIVE_MEMBER'], collective: 0, governmentSubsidy: 40 },
        },
      ]),
      policies,
    );
    expect(results).toEqual([
      { name: '缴费200元', passed: true, diffs: [] },
      { name: '非集体成员', passed: true, diffs: [] },
    ]);
  });

  test('has no results without test cases', async () => {
    expect(await runTestCases(ruleSet([], { tests: undefined }), policies)).toEqual([]);
  });

  test('fails every case when the year has no region policy', async () => {
    const results = await runTestCases(ruleSet([{ name: 'x', member: member(), expect: {} }], { year: 2031 }), policies);
    expect(results[0]).toMatchObject({ passed: false, error: expect.stringMatching(/^YEAR_NOT_CONFIGURED/) });
  });
});
