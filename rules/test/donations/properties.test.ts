import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allocateDonations } from '../../src/donations/allocate.js';
import { DONATION_ORDERS, type DirectGift, type PoolInput } from '../../src/donations/types.js';
import { evaluateRoster } from '../../src/evaluate/roster.js';
import { checkMembers } from '../../src/members.js';
import { HARDSHIP_CATEGORIES, type Member, type RuleSet } from '../../src/types.js';
import { policies } from '../evaluate/factory.js';
import { rosterArb, ruleSetArb } from '../evaluate/arbitraries.js';
import { CAP_FEN } from './factory.js';

const checked = (rs: RuleSet, inputs: unknown[]): Member[] => {
  const r = checkMembers(inputs, { year: 2025, policy: policies(2025)!, facts: rs.facts, mode: 'simulate' });
  if (r.errors.length) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.members;
};

const fen = (max: number) => fc.integer({ min: 1, max });
const giftsArb = (n: number) =>
  fc.array(fc.record({ member: fc.nat(n - 1), amountFen: fen(250_000), donor: fc.constantFrom('a', 'b', null) }), { maxLength: 2 * n });
const poolsArb = fc.array(
  fc.record({
    availableFen: fc.integer({ min: 0, max: 1_000_000 }),
    perMemberFen: fen(200_000),
    order: fc.constantFrom(...DONATION_ORDERS),
    condition: fc.option(
      fc.constantFrom(...HARDSHIP_CATEGORIES).map((h) => ({ all: [{ fact: 'hardship', operator: 'contains', value: h }] })),
      { nil: null },
    ),
  }),
  { maxLength: 3 },
);

test('every gift is applied or returned to the fen, pools never give more than they hold, nothing passes the cap, and evaluation agrees', async () => {
  await fc.assert(
    fc.asyncProperty(
      ruleSetArb,
      rosterArb(40).chain((inputs) => fc.tuple(fc.constant(inputs), giftsArb(inputs.length), poolsArb)),
      async (rs, [inputs, giftSpecs, poolSpecs]) => {
        const ms = checked(rs, inputs);
        const first = await evaluateRoster(rs, ms, policies);
        const gifts: DirectGift[] = giftSpecs.map((g, i) => ({
          id: `g${i}`,
          donorId: g.donor,
          idNumber: ms[g.member % ms.length]!.idNumber,
          amountFen: g.amountFen,
        }));
        const pools: PoolInput[] = poolSpecs.map((p, i) => ({ id: `p${i}`, donorId: 'c', ...p }));
        const collectiveFen = first.outcomes.map((o) => o.collective);
        const r = allocateDonations({ members: ms, collectiveFen, policy: policies(2025)!, year: 2025, gifts, pools });

        for (const g of gifts) {
          const line = r.lines.find((l) => l.sourceId === g.id)!;
          expect(line.appliedFen + line.returnedFen).toBe(g.amountFen);
        }
        for (const p of r.pools) {
          const given = r.lines.filter((l) => l.sourceId === p.poolId).reduce((s, l) => s + l.appliedFen, 0);
          const available = pools.find((x) => x.id === p.poolId)!.availableFen;
          expect(given).toBe(p.usedFen);
          expect(p.usedFen + p.leftFen).toBe(available);
        }
        const again = await evaluateRoster(
          rs,
          ms.map((m, i) => ({ ...m, donationFen: r.donationFen[i]! })),
          policies,
        );
        ms.forEach((m, i) => {
          const mine = r.lines.filter((l) => l.memberIndex === i);
          const applied = mine.reduce((s, l) => s + l.appliedFen, 0);
          expect(collectiveFen[i]! + applied).toBeLessThanOrEqual(Math.max(0, CAP_FEN - m.priorCreditFen, collectiveFen[i]!));
          expect(again.outcomes[i]!.collective).toBe(collectiveFen[i]);
          expect(again.outcomes[i]!.donation).toBe(applied);
          expect(again.outcomes[i]!.donationExcess).toBe(mine.reduce((s, l) => s + l.returnedFen, 0));
        });
      },
    ),
    { numRuns: 150 },
  );
});
