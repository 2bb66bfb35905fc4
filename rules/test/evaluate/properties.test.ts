import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateRoster } from '../../src/evaluate/roster.js';
import { checkMembers } from '../../src/members.js';
import { yuanToFen } from '../../src/money.js';
import type { Member, RuleSet } from '../../src/types.js';
import { policies } from './factory.js';
import { rosterArb, ruleSetArb } from './arbitraries.js';

// 200 runs × up to 100 members: about 10,000 random members over 200 random rule sets.
const RUNS = 200;
const checked = (rs: RuleSet, inputs: unknown[]): Member[] => {
  const r = checkMembers(inputs, { year: 2025, policy: policies(2025)!, facts: rs.facts, mode: 'simulate' });
  if (r.errors.length) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.members;
};
const CAP = 300000;

describe('properties over random rule sets and members', () => {
  test('collective plus donation never exceeds the highest tier less prior credit', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(100), async (rs, inputs) => {
        const ms = checked(rs, inputs);
        const r = await evaluateRoster(rs, ms, policies);
        r.outcomes.forEach((o, i) => {
          expect(o.collective).toBeGreaterThanOrEqual(0);
          expect(o.collective + o.donation).toBeLessThanOrEqual(Math.max(0, CAP - ms[i].priorCreditFen));
          expect(o.donation + o.donationExcess).toBe(ms[i].donationFen);
          if (rs.personCap !== undefined) expect(o.collective).toBeLessThanOrEqual(yuanToFen(rs.personCap)!);
          if (!o.eligible) expect(o.collective).toBe(0);
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('prorated totals never exceed the budget', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(100), async (rs, inputs) => {
        const prorating = { ...rs, budget: rs.budget ?? 100, overBudget: 'PRORATE' as const };
        const r = await evaluateRoster(prorating, checked(prorating, inputs), policies);
        expect(r.totals.collective).toBeLessThanOrEqual(yuanToFen(prorating.budget)!);
        expect(r.budgetExceeded).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  test('outcomes are deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(50), async (rs, inputs) => {
        const ms = checked(rs, inputs);
        expect(await evaluateRoster(rs, ms, policies)).toEqual(await evaluateRoster(structuredClone(rs), structuredClone(ms), policies));
      }),
      { numRuns: 100 },
    );
  });

  test('the compiled path gives exactly what json-rules-engine gives', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(100), async (rs, inputs) => {
        const ms = checked(rs, inputs);
        expect(await evaluateRoster(rs, ms, policies)).toEqual(await evaluateRoster(rs, ms, policies, { engine: 'reference' }));
      }),
      { numRuns: RUNS },
    );
  });
});
