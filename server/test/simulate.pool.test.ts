/**
 * Big rosters and rule sets are evaluated and checked in a worker thread (src/modules/lifecycle/simulation/simulate.pool.ts):
 * the answers are those of the rules package in-process, traces included.
 */
import { NINGXIA_POLICY_YEARS, policySource, simulate, validateRuleSet, type RuleSet } from '@cunce/rules';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { INLINE_POINTS } from '../src/modules/lifecycle/simulation/simulate.pool.js';
import { evaluationPoints, validationPoints } from '../src/modules/lifecycle/simulation/simulation.cost.js';
import { createHarness, type Harness } from './harness.js';
import { member, ruleSet } from './scheme.fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const policies = policySource(NINGXIA_POLICY_YEARS);
const SIMULATE = `query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) {
  outcomes { idNumber eligible reasons age sections { key amount ruleIds } raw collective donation donationExcess governmentSubsidy accountCredit trace }
  warnings { index idNumber field code message } totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit } budgetExceeded prorateFactor } }`;

test('a roster too big for the main thread is evaluated in a worker with the same outcomes and traces', async () => {
  const doc = ruleSet();
  const roster = Array.from({ length: 700 }, (_, i) => member(i + 1, { contribution: [100, 300, 500, 1000][i % 4] }));
  expect(validationPoints(doc) + evaluationPoints(doc, roster.length, true)).toBeGreaterThan(INLINE_POINTS);
  const data = await h.ok(SIMULATE, { r: doc, m: roster });
  const expected = await simulate(doc as unknown as RuleSet, roster, policies, { trace: true, mode: 'simulate' });
  if (!expected.ok) throw new Error('the fixture does not evaluate');
  expect(data.simulate).toEqual(JSON.parse(JSON.stringify(expected.simulation)));
});

test('a rule set too big for the main thread is checked in a worker with the same issues', async () => {
  const rules = Array.from({ length: 120 }, (_, i) => ({
    id: `r${i}`,
    label: `第${i}条`,
    when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 100 + i }] },
    amount: { fixed: i % 7 === 0 ? -1 : 10 },
  }));
  const doc = ruleSet({ sections: [{ key: 'big', label: '多条', hitPolicy: 'SUM', rules }] });
  expect(validationPoints(doc)).toBeGreaterThan(INLINE_POINTS);
  const data = await h.ok(
    'query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid errors { path code message } warnings { path code message } } }',
    { r: doc },
  );
  const expected = validateRuleSet(doc, policies);
  expect(expected.valid).toBe(false);
  expect(data.validateRuleSet).toEqual({ valid: false, errors: expected.errors, warnings: expected.warnings });
});
