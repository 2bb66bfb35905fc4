/** Leaves, absent facts and rate amounts as RULESET.md defines them, the same on the compiled path and json-rules-engine. */
import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import type { Amount, FactDeclaration, MemberInput, TopCondition } from '../../src/types.js';
import { member, policies, rule, ruleSet, section } from './factory.js';

const facts: FactDeclaration[] = [
  { name: 'score', label: '积分', type: 'number' },
  { name: 'group', label: '村民小组', type: 'enum', values: ['一组', '二组'] },
];
const ENGINES = ['compiled', 'reference'] as const;

/** The one section's amount (fen) for a member, on both paths: they must agree. */
async function paid(when: TopCondition, amount: Amount, input: Partial<MemberInput>): Promise<number> {
  const rs = ruleSet({ facts, sections: [section('s', 'SUM', [rule('r', when, amount)])] });
  const m = member(input, rs);
  const [compiled, reference] = await Promise.all(ENGINES.map((engine) => evaluateMember(rs, m, policies, { engine })));
  expect(compiled).toEqual(reference);
  return compiled!.sections[0]!.amount;
}
const pays10 = { fixed: 10 };
const leaf = (fact: string, operator: string, value: unknown): TopCondition => ({ all: [{ fact, operator, value }] });

describe('a leaf on a fact the member has no value for', () => {
  test.each([
    ['notEqual', leaf('group', 'notEqual', '一组')],
    ['notIn', leaf('group', 'notIn', ['一组'])],
    ['lessThan', leaf('score', 'lessThan', 60)],
    ['equal', leaf('score', 'equal', 0)],
  ])('%s does not hold, whether the value is left out or null', async (_, when) => {
    expect(await paid(when, pays10, { custom: {} })).toBe(0);
    expect(await paid(when, pays10, { custom: { score: null, group: null } })).toBe(0);
  });

  test('a not around it holds', async () => {
    expect(await paid({ not: { all: [{ fact: 'group', operator: 'equal', value: '一组' }] } }, pays10, { custom: {} })).toBe(1000);
  });

  test('doesNotContain holds on an empty list of categories, which is a value', async () => {
    expect(await paid(leaf('hardship', 'doesNotContain', 'MINIMUM_LIVING'), pays10, { hardship: [] })).toBe(1000);
  });
});

describe('a rate', () => {
  test('0.5 of 0.125 yuan is 6.25 fen, 6 fen: computed in integers and rounded half up to the fen once', async () => {
    expect(await paid(leaf('score', 'greaterThan', 0), { rate: 0.5, of: 'score' }, { custom: { score: 0.125 } })).toBe(6);
  });

  test('rounds half up: 7.5% of 333 yuan is 24.975 yuan, 24.98', async () => {
    expect(await paid(leaf('score', 'greaterThan', 0), { rate: 0.075, of: 'score' }, { custom: { score: 333 } })).toBe(2498);
  });

  test('is held between min and max, and pays 0 on an absent fact whatever min says', async () => {
    const amount = { rate: 0.1, of: 'score', min: 25, max: 150 };
    const always = leaf('isCollectiveMember', 'equal', true);
    expect(await paid(always, amount, { custom: { score: 200 } })).toBe(2500);
    expect(await paid(always, amount, { custom: { score: 3000 } })).toBe(15000);
    expect(await paid(always, amount, { custom: {} })).toBe(0);
  });
});
