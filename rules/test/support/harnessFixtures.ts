import { makeIdNumber } from '../../src/idNumber.js';
import type { MemberInput, RuleSet, TestCase } from '../../src/types.js';

/** Fixtures shared by the harness and command-line tests. */

export const ELDER = makeIdNumber('640181', '1950-03-01', '001'); // 75 on 2025-12-31
export const YOUNG = makeIdNumber('640181', '1990-06-15', '002'); // 35 on 2025-12-31

/** A valid 2025 rule set: a tier table (FIRST), age extras (SUM), a village cap of 50 yuan. */
export function tieredRuleSet(tests: TestCase[] = [], overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    format: 'cunce.ruleset/1',
    village: '640181105201',
    year: 2025,
    personCap: 50,
    sections: [
      {
        key: 'tier',
        label: '档次补助',
        hitPolicy: 'FIRST',
        rules: [
          {
            id: 't500',
            label: '500元及以上',
            when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 500 }] },
            amount: { fixed: 40 },
          },
          {
            id: 't200',
            label: '200元及以上',
            when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 200 }] },
            amount: { fixed: 20 },
          },
          {
            id: 't100',
            label: '100元',
            when: { all: [{ fact: 'contribution', operator: 'equal', value: 100 }] },
            amount: { rate: 0.0333, of: 'contribution' },
          },
        ],
      },
      {
        key: 'age',
        label: '高龄加发',
        hitPolicy: 'SUM',
        rules: [
          {
            id: 'a60',
            label: '60岁以上',
            when: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 60 }] },
            amount: { fixed: 15 },
          },
          {
            id: 'a70',
            label: '70岁以上',
            when: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 70 }] },
            amount: { fixed: 10 },
          },
        ],
      },
    ],
    tests,
    ...overrides,
  };
}

export function memberInput(overrides: Partial<MemberInput> = {}): MemberInput {
  return { idNumber: YOUNG, contribution: 200, ...overrides };
}
