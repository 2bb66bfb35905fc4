import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateMember, evaluateRoster } from '../../src/evaluate/roster.js';
import { fromYuan } from '../../src/money.js';
import { validateRuleSet } from '../../src/validate.js';
import { checked, policies } from './factory.js';
import { rosterArb, ruleSetArb } from './arbitraries.js';

// 200 runs × up to 100 members: about 10,000 random members over 200 random rule sets.
const RUNS = 200;
const CAP = 300000;

describe('properties over random rule sets and members', () => {
  test('the random rule sets are valid (the properties below speak of valid rule sets)', () => {
    fc.assert(
      fc.property(ruleSetArb, (rs) => {
        expect(validateRuleSet(rs, policies).errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('collective plus donation never exceeds the highest tier less prior credit', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(100), async (rs, inputs) => {
        const ms = checked(rs, inputs);
        const r = await evaluateRoster(rs, ms, policies);
        r.outcomes.forEach((o, i) => {
          expect(o.collective).toBeGreaterThanOrEqual(0);
          expect(o.collective + o.donation).toBeLessThanOrEqual(Math.max(0, CAP - ms[i]!.priorCreditFen));
          expect(o.donation + o.donationExcess).toBe(ms[i]!.donationFen);
          if (rs.personCap !== undefined) expect(o.collective).toBeLessThanOrEqual(fromYuan(rs.personCap)!);
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
        expect(r.totals.collective).toBeLessThanOrEqual(fromYuan(prorating.budget)!);
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
});

describe('the compiled path and json-rules-engine, the reference', () => {
  test('give exactly the same roster: conditions, absent facts, hit policies, rates and rounding, caps, budget', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(100), async (rs, inputs) => {
        const ms = checked(rs, inputs);
        expect(await evaluateRoster(rs, ms, policies)).toEqual(await evaluateRoster(rs, ms, policies, { engine: 'reference' }));
      }),
      { numRuns: RUNS },
    );
  });

  test('give exactly the same member alone, and the trace says which rules held as the compiled path counts them', async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rosterArb(10), async (rs, inputs) => {
        for (const m of checked(rs, inputs)) {
          const compiled = await evaluateMember(rs, m, policies);
          const { trace, ...traced } = await evaluateMember(rs, m, policies, { trace: true });
          expect(traced).toEqual(compiled);
          for (const s of compiled.sections) {
            const held = trace!.filter((t) => t.section === s.key && t.held).map((t) => t.ruleId);
            expect(s.ruleIds.every((id) => held.includes(id))).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
