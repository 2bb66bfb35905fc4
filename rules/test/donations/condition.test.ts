import { expect, test } from 'vitest';
import { checkPoolCondition } from '../../src/donations/condition.js';

test('a sound condition over built-in facts has no issues', () => {
  expect(
    checkPoolCondition({
      all: [
        { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
        { fact: 'age', operator: 'lessThan', value: 60 },
      ],
    }),
  ).toEqual([]);
});

test("village facts, bad operators and bad values are refused with the rule checks' codes and paths", () => {
  const issues = checkPoolCondition({
    all: [
      { fact: 'score', operator: 'equal', value: 1 },
      { fact: 'age', operator: 'contains', value: 60 },
      { fact: 'hardship', operator: 'contains', value: 'RICH' },
    ],
  });
  expect(issues.map((i) => [i.path, i.code])).toEqual([
    ['/condition/all/0/fact', 'UNKNOWN_FACT'],
    ['/condition/all/1/operator', 'BAD_CONDITION'],
    ['/condition/all/2/value', 'BAD_CONDITION'],
  ]);
  expect(issues[0]!.message).toMatch(/^资助池的条件/);
});

test('a leaf alone at the top is refused: the top is all, any or not', () => {
  expect(checkPoolCondition({ fact: 'age', operator: 'equal', value: 60 }, '/pool/condition').map((i) => [i.path, i.code])).toEqual([
    ['/pool/condition', 'BAD_CONDITION'],
  ]);
});
