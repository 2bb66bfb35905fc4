import { describe, expect, test } from 'vitest';
import { allocateDonations } from '../../src/donations/allocate.js';
import { gift, input, pool, roster, yuan } from './factory.js';

const summary = (r: ReturnType<typeof allocateDonations>) =>
  r.lines.map((l) => `${l.source}:${l.sourceId ?? '-'}→${l.memberIndex} applied ${l.appliedFen} returned ${l.returnedFen}`);

describe('direct gifts', () => {
  test('applies gifts in recorded order and returns what passes the cap, the latest gift first', () => {
    const [m] = roster([{}]);
    const first = gift(m!, 2000, 'a');
    const second = gift(m!, 700, 'b');
    const third = gift(m!, 500, 'c');
    const r = allocateDonations(input([m!], { collectiveFen: [yuan(100)], gifts: [first, second, third] }));
    // room: 3000 − 100 = 2900 yuan
    expect(r.lines.map((l) => [l.sourceId, l.appliedFen, l.returnedFen])).toEqual([
      [first.id, yuan(2000), 0],
      [second.id, yuan(700), 0],
      [third.id, yuan(200), yuan(300)],
    ]);
    expect(r.donationFen).toEqual([yuan(3200)]);
    expect(r.changed).toBe(true);
  });

  test("the roster's own donation is the first gift, from no recorded donor", () => {
    const [m] = roster([{ donation: 2900, priorCredit: 50 }]);
    const g = gift(m!, 100);
    const r = allocateDonations(input([m!], { gifts: [g] }));
    expect(summary(r)).toEqual([`ROSTER:-→0 applied ${yuan(2900)} returned 0`, `GIFT:${g.id}→0 applied ${yuan(50)} returned ${yuan(50)}`]);
    expect(r.lines[0]!.donorId).toBeNull();
  });

  test('a member without a current-year contribution gets every gift returned', () => {
    const ms = roster([{ paymentType: 'BACK_PAY', contribution: 300 }, { contribution: null }]);
    const gifts = [gift(ms[0]!, 100), gift(ms[1]!, 80)];
    const r = allocateDonations(input(ms, { gifts }));
    expect(r.lines.map((l) => [l.appliedFen, l.returnedFen])).toEqual([
      [0, yuan(100)],
      [0, yuan(80)],
    ]);
  });

  test('gifts to people not on the roster are left unplaced', () => {
    const [a, b] = roster([{}, {}]);
    const away = gift(b!, 10);
    const r = allocateDonations(input([a!], { gifts: [gift(a!, 10), away] }));
    expect(r.unplaced).toEqual([away]);
    expect(r.lines).toHaveLength(1);
  });

  test('without gifts nor pools nothing changes', () => {
    const ms = roster([{ donation: 12.5 }, {}]);
    const r = allocateDonations(input(ms));
    expect(r.changed).toBe(false);
    expect(r.donationFen).toEqual([1250, 0]);
  });
});

describe('pools', () => {
  test('a pool runs out: members in order get the per-member amount, the last what is left, the rest nothing', () => {
    const ms = roster([{}, {}, {}, {}]);
    const p = pool({ availableFen: yuan(500), perMemberFen: yuan(200) });
    const r = allocateDonations(input(ms, { pools: [p] }));
    expect(r.lines.map((l) => [l.memberIndex, l.appliedFen])).toEqual([
      [0, yuan(200)],
      [1, yuan(200)],
      [2, yuan(100)],
    ]);
    expect(r.pools).toEqual([{ poolId: p.id, usedFen: yuan(500), leftFen: 0 }]);
  });

  test('a pool gives only members matching its condition and paying for the year; what is not given stays in it', () => {
    const ms = roster([
      { hardship: ['MINIMUM_LIVING'] },
      { hardship: ['SEVERE_DISABILITY'], paymentType: 'LUMP_SUM' },
      { hardship: [] },
      { hardship: ['SEVERE_DISABILITY'] },
    ]);
    const condition = {
      any: [
        { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
        { fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' },
      ],
    };
    const p = pool({ condition, availableFen: yuan(1000), perMemberFen: yuan(200) });
    const r = allocateDonations(input(ms, { pools: [p] }));
    expect(r.lines.map((l) => l.memberIndex)).toEqual([0, 3]);
    expect(r.pools[0]).toEqual({ poolId: p.id, usedFen: yuan(400), leftFen: yuan(600) });
    expect(r.lines.every((l) => l.returnedFen === 0)).toBe(true);
  });

  test('a member with a direct gift and a pooled one: the pool fills only the room the gift left under the cap', () => {
    const [m, other] = roster([{}, {}]);
    const g = gift(m!, 2500);
    const p = pool({ perMemberFen: yuan(400), availableFen: yuan(10_000) });
    const r = allocateDonations(input([m!, other!], { collectiveFen: [yuan(300), yuan(2900)], gifts: [g], pools: [p] }));
    expect(summary(r)).toEqual([
      `GIFT:${g.id}→0 applied ${yuan(2500)} returned 0`,
      `POOL:${p.id}→0 applied ${yuan(200)} returned 0`,
      `POOL:${p.id}→1 applied ${yuan(100)} returned 0`,
    ]);
    expect(r.donationFen).toEqual([yuan(2700), yuan(100)]);
  });

  test('a member at the cap gets nothing from a pool and the pool keeps it', () => {
    const ms = roster([{ priorCredit: 3000 }, {}]);
    const r = allocateDonations(input(ms, { pools: [pool({ availableFen: yuan(200) })] }));
    expect(r.lines.map((l) => l.memberIndex)).toEqual([1]);
  });

  test('pools are used in their order: the second gives only where the first left room', () => {
    const [m] = roster([{}]);
    const a = pool({ perMemberFen: yuan(2000), availableFen: yuan(2000) });
    const b = pool({ perMemberFen: yuan(2000), availableFen: yuan(2000) });
    const r = allocateDonations(input([m!], { collectiveFen: [yuan(500)], pools: [a, b] }));
    expect(r.pools.map((p) => [p.usedFen, p.leftFen])).toEqual([
      [yuan(2000), 0],
      [yuan(500), yuan(1500)],
    ]);
  });

  test('orders: oldest first, youngest first and ID number, birth-date ties by ID number', () => {
    const ms = roster([{ birthDate: '1970-01-01' }, { birthDate: '1950-06-01' }, { birthDate: '1990-03-03' }, { birthDate: '1950-06-01' }]);
    const order = (o: 'OLDEST_FIRST' | 'YOUNGEST_FIRST' | 'ID_NUMBER' | 'ROSTER') =>
      allocateDonations(input(ms, { pools: [pool({ order: o, availableFen: yuan(10_000), perMemberFen: 1 })] })).lines.map(
        (l) => l.memberIndex,
      );
    const [tieFirst, tieSecond] = ms[1]!.idNumber < ms[3]!.idNumber ? [1, 3] : [3, 1];
    expect(order('ROSTER')).toEqual([0, 1, 2, 3]);
    expect(order('OLDEST_FIRST')).toEqual([tieFirst, tieSecond, 0, 2]);
    expect(order('YOUNGEST_FIRST')).toEqual([2, 0, tieFirst, tieSecond]);
    const byId = [0, 1, 2, 3].sort((a, b) => (ms[a]!.idNumber < ms[b]!.idNumber ? -1 : 1));
    expect(order('ID_NUMBER')).toEqual(byId);
  });

  test("age in a pool condition is taken on the rule set's ageAsOf day", () => {
    const ms = roster([{ birthDate: '1965-07-01' }]);
    const condition = { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 60 }] };
    const at = (ageAsOf?: string) => allocateDonations(input(ms, { ageAsOf, pools: [pool({ condition })] })).lines.length;
    expect(at()).toBe(1);
    expect(at('YEAR_START')).toBe(0);
  });

  test('an empty pool or a pool already spent elsewhere gives nothing', () => {
    const ms = roster([{}]);
    const r = allocateDonations(input(ms, { pools: [pool({ availableFen: 0 }), pool({ availableFen: -500 })] }));
    expect(r.lines).toEqual([]);
    expect(r.pools.map((p) => [p.usedFen, p.leftFen])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('evaluateWithDonations', () => {
  test('keeps the first evaluation when nothing was recorded, and evaluates again with what was allocated otherwise', async () => {
    const { evaluateWithDonations } = await import('../../src/donations/evaluate.js');
    const { evaluateRoster } = await import('../../src/evaluate/roster.js');
    const { policies } = await import('../evaluate/factory.js');
    const ms = roster([{ contribution: 3000 }, { hardship: ['MINIMUM_LIVING'] }]);
    const first = await evaluateRoster(null, ms, policies, { year: 2025, schemeActive: false });
    const none = await evaluateWithDonations(null, ms, policies, first, { year: 2025, schemeActive: false, gifts: [], pools: [] });
    expect(none.result).toBe(first);
    const p = pool({ condition: { all: [{ fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' }] } });
    const withGifts = await evaluateWithDonations(null, ms, policies, first, {
      year: 2025,
      schemeActive: false,
      gifts: [gift(ms[0]!, 3100)],
      pools: [p],
    });
    expect(withGifts.result.outcomes.map((o) => [o.donation, o.donationExcess])).toEqual([
      [yuan(3000), yuan(100)],
      [yuan(200), 0],
    ]);
    expect(withGifts.result.totals).toMatchObject({ donation: yuan(3200), donationExcess: yuan(100) });
  });
});
