import { describe, expect, test } from 'vitest';
import { makeIdNumber } from '../../src/idNumber.js';
import { CHINESE, errorsOf, ruleSet, testCase, validate } from './factory.js';

const withTests = (...tests: unknown[]) => ruleSet({ tests });
const goodId = makeIdNumber('640181', '1980-05-17', '101');

describe('test cases', () => {
  test('reports a bad member input at the member field, with the roster check message', () => {
    const v = validate(withTests(testCase({ member: { idNumber: goodId.slice(0, 17) + 'Y', contribution: 500 } })));
    expect(v.errors).toEqual([
      { path: '/tests/0/member/idNumber', code: 'BAD_TEST', message: expect.stringMatching(/^第1个测试用例的成员“身份证号”/) },
    ]);
  });

  test('reports each fault of a member, a contribution that is no tier among them', () => {
    expect(errorsOf(withTests(testCase(), testCase({ member: { idNumber: goodId, contribution: 400, colour: 'red' } })))).toEqual([
      'BAD_TEST /tests/1/member/colour',
      'BAD_TEST /tests/1/member/contribution',
    ]);
  });

  test("checks a member's village facts against the declarations", () => {
    const facts = [{ name: 'group', label: '村民小组', type: 'enum', values: ['一组'] }];
    const member = { idNumber: goodId, contribution: 500, custom: { group: '九组' } };
    expect(errorsOf(ruleSet({ facts, tests: [testCase({ member })] }))).toEqual(['BAD_TEST /tests/0/member/custom/group']);
  });

  test('refuses an expectation of a field the outcome does not have, or of the trace', () => {
    const v = validate(withTests(testCase({ expect: { colective: 50, trace: [] } })));
    expect(v.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['BAD_TEST /tests/0/expect/colective', 'BAD_TEST /tests/0/expect/trace']);
    expect(v.errors[0]!.message).toMatch(CHINESE);
  });

  test('accepts every outcome field in an expectation', () => {
    const expectAll = {
      idNumber: goodId,
      eligible: true,
      reasons: ['CAP_REGION'],
      age: 45,
      sections: [{ key: 'tier', amount: 50, ruleIds: ['t500'] }, { key: 'tier' }],
      raw: 50,
      collective: 50,
      donation: 0,
      donationExcess: 0,
      governmentSubsidy: 70,
      accountCredit: 620,
    };
    expect(errorsOf(withTests(testCase({ expect: expectAll })))).toEqual([]);
  });

  test('refuses unknown reason codes, bad section entries and mistyped values', () => {
    const expectBad = {
      reasons: ['CAP_VILAGE'],
      sections: [{ key: 'tier', amout: 50 }, { amount: 5 }, { key: 'tier', ruleIds: 't500' }],
      collective: 50.005,
      eligible: 'yes',
      age: -1,
    };
    expect(errorsOf(withTests(testCase({ expect: expectBad })))).toEqual([
      'BAD_TEST /tests/0/expect/reasons/0',
      'BAD_TEST /tests/0/expect/sections/0/amout',
      'BAD_TEST /tests/0/expect/sections/1',
      'BAD_TEST /tests/0/expect/sections/2/ruleIds',
      'BAD_TEST /tests/0/expect/collective',
      'BAD_TEST /tests/0/expect/eligible',
      'BAD_TEST /tests/0/expect/age',
    ]);
  });

  test('needs a name, a member and an expect in each case', () => {
    expect(errorsOf(withTests({}, 'case', testCase({ name: '', note: 1 })))).toEqual([
      'BAD_TEST /tests/0/name',
      'BAD_TEST /tests/0/member',
      'BAD_TEST /tests/0/expect',
      'BAD_TEST /tests/1',
      'BAD_FIELD /tests/2/note',
      'BAD_TEST /tests/2/name',
    ]);
    expect(errorsOf(ruleSet({ tests: {} }))).toEqual(['BAD_FIELD /tests']);
  });
});
