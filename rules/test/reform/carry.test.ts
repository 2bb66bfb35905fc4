import { describe, expect, test } from 'vitest';
import { carryMembers, nearestTier } from '../../src/reform/carry.js';
import type { Fen } from '../../src/money.js';
import { members, memberInput } from '../evaluate/factory.js';
import { draft2026, tier } from './support.js';

const fen = (yuan: number) => (yuan * 100) as Fen;

describe('nearestTier', () => {
  test('moves a removed tier to the closest remaining one', () => {
    expect(nearestTier(draft2026({ remove: [500] }), fen(500), [])).toBe(fen(300));
    expect(nearestTier(draft2026({ remove: [1000] }), fen(1000), [])).toBe(fen(500));
    expect(nearestTier(draft2026({ remove: [2000] }), fen(2000), [])).toBe(fen(1000)); // 1000 and 3000 equally far: the lower
  });

  test('takes the lower tier at equal distance', () => {
    const draft = { ...draft2026(), tiers: [tier(200, 40), tier(1000, 120)] };
    expect(nearestTier(draft, fen(600), [])).toBe(fen(200));
  });

  test('skips tiers reserved for hardship groups unless the member has a category that opens them', () => {
    const draft = draft2026({ remove: [200] }); // 100 (hardship only), 300, …
    expect(nearestTier(draft, fen(150), [])).toBe(fen(300));
    expect(nearestTier(draft, fen(150), ['MINIMUM_LIVING'])).toBe(fen(100));
  });
});

describe('carryMembers', () => {
  test('moves only current-year payments on removed tiers and counts each move', () => {
    const roster = members([
      memberInput({ contribution: 500 }),
      memberInput({ contribution: 500 }),
      memberInput({ contribution: 2000 }),
      memberInput({ contribution: 500, paymentType: 'BACK_PAY' }),
      memberInput({ contribution: null }),
    ]);
    const { members: carried, moves } = carryMembers(roster, draft2026({ remove: [500] }));
    expect(carried.map((m) => m.contributionFen)).toEqual([fen(300), fen(300), fen(2000), fen(500), null]);
    expect(moves).toEqual([{ fromFen: fen(500), toFen: fen(300), members: 2 }]);
    expect(roster[0]!.contributionFen).toBe(fen(500)); // the stored roster is left as it was
  });
});
