/**
 * Donations at settlement, one village year after another: gifts over the cap, a member with a direct and a
 * pooled gift, a pool for two villages running out, a replaced draft releasing it, drafts made stale by a new
 * gift, confirmed gifts and pools that no longer change, a late gift settled by a supplementary settlement.
 */
import { policySource, simulate, NINGXIA_POLICY_YEARS, type MemberInput, type RuleSet } from '@cunce/rules';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DonationAllocation } from '../src/modules/settlement/allocation/donationAllocation.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  charityInput,
  CONFIRM_DONATIONS,
  DELETE_GIFT,
  DELETE_POOL,
  donor,
  enterpriseInput,
  gift,
  individualInput,
  pool,
  RECORD_GIFT,
  SETTLE_DONATIONS,
  STATEMENT,
  sumFen,
  UPDATE_GIFT,
  UPDATE_POOL,
  VILLAGE_DONATIONS,
  villageWithRoster,
} from './donation.fixtures.js';
import { errorOf, IMPORT, member, ruleSet, type VillageTeam } from './scheme.fixtures.js';

const A = PILOT.village;
const B = PILOT.neighbour;
const HARDSHIP = {
  any: [
    { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
    { fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' },
  ],
};
const rosterA = [
  member(1, { contribution: 3000 }),
  member(3, { hardship: ['MINIMUM_LIVING'] }),
  member(5, { hardship: ['SEVERE_DISABILITY'] }),
  member(7, { hardship: ['SEVERE_DISABILITY'], paymentType: 'BACK_PAY' }),
  member(9, { contribution: 200, hardship: ['MINIMUM_LIVING'], donation: 50 }),
  member(11, { contribution: 300, hardship: ['MINIMUM_LIVING'] }),
];
const rosterB = [member(21, { hardship: ['MINIMUM_LIVING'] }), member(23, { hardship: ['SEVERE_DISABILITY'] })];
const id = (m: Record<string, unknown>) => m.idNumber as string;

let h: Harness;
let civil: string;
let teamA: VillageTeam;
let teamB: VillageTeam;
const donors: Record<'charity' | 'enterprise' | 'person', string> = { charity: '', enterprise: '', person: '' };
const gifts: Record<string, string> = {};
let poolId = '';
beforeAll(async () => {
  h = await createHarness();
  civil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.county)).token;
  teamA = await villageWithRoster(h, A, rosterA);
  teamB = await villageWithRoster(h, B, rosterB);
  donors.charity = (await donor(h, civil, charityInput({ name: '永宁县慈善会' }))).id;
  donors.enterprise = (await donor(h, teamA.cadre, enterpriseInput({ name: '通桥建材' }))).id;
  donors.person = (await donor(h, teamA.cadre, individualInput({ name: '王五' }))).id;
  const direct = (key: string, donorId: string, m: Record<string, unknown>, amount: number) =>
    gift(h, teamA.cadre, { donorId, villageCode: A, idNumber: id(m), amount }).then((g) => (gifts[key] = g.id));
  await direct('e1', donors.enterprise, rosterA[0]!, 2000);
  await direct('p1', donors.person, rosterA[0]!, 1500);
  await direct('p2', donors.person, rosterA[1]!, 100);
  await direct('p4', donors.person, rosterA[3]!, 80);
  poolId = (
    await pool(h, civil, {
      donorId: donors.charity,
      villageCodes: [A, B],
      amount: 1000,
      perMember: 200,
      condition: HARDSHIP,
      order: 'ROSTER',
      label: '低保重残资助',
    })
  ).id;
});
afterAll(() => h.close());

const settle = async (team: VillageTeam, village: string, supplementary = false) =>
  (await h.ok(SETTLE_DONATIONS, { v: village, y: 2025, s: supplementary }, team.cadre)).settle;
const poolState = async () => (await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, civil)).villageDonations.pools[0];
const byId = (outcomes: any[], m: Record<string, unknown>) => outcomes.find((o) => o.idNumber === id(m));

describe('the first village settles', () => {
  let first: any;
  test('gifts apply in recorded order up to the cap; the rest goes back to the latest donor', async () => {
    first = await settle(teamA, A);
    const m1 = byId(first.outcomes, rosterA[0]!);
    expect(m1).toMatchObject({ collective: 100, donation: 2900, donationExcess: 600 });
    expect(m1.reasons).toContain('DONATION_OVER_CAP');
    expect(first.donationAllocations.filter((a: any) => a.idNumber === id(rosterA[0]!))).toEqual([
      expect.objectContaining({ source: 'GIFT', giftId: gifts.e1, donorName: '通桥建材', applied: 2000, returned: 0 }),
      expect.objectContaining({ source: 'GIFT', giftId: gifts.p1, donorName: '王五', applied: 900, returned: 600 }),
    ]);
  });

  test('a member with a direct gift and a pooled one gets both; one not paying for the year gets every gift back and nothing from the pool', () => {
    const m2 = first.donationAllocations.filter((a: any) => a.idNumber === id(rosterA[1]!));
    expect(m2.map((a: any) => [a.source, a.applied, a.returned])).toEqual([
      ['GIFT', 100, 0],
      ['POOL', 200, 0],
    ]);
    expect(byId(first.outcomes, rosterA[1]!)).toMatchObject({ donation: 300, donationExcess: 0 });
    expect(byId(first.outcomes, rosterA[3]!)).toMatchObject({ donation: 0, donationExcess: 80 });
    expect(first.donationAllocations.filter((a: any) => a.idNumber === id(rosterA[3]!)).map((a: any) => a.source)).toEqual(['GIFT']);
  });

  test("the roster's own donation stays a gift from no recorded donor, before the pool", () => {
    const m5 = first.donationAllocations.filter((a: any) => a.idNumber === id(rosterA[4]!));
    expect(m5.map((a: any) => [a.source, a.donorId, a.donorName, a.applied])).toEqual([
      ['ROSTER', null, '花名册登记的资助', 50],
      ['POOL', donors.charity, '永宁县慈善会', 200],
    ]);
  });

  test('the pool gives 200 to each matching member in roster order and keeps what it did not give', async () => {
    const pooled = first.donationAllocations.filter((a: any) => a.source === 'POOL');
    expect(pooled.map((a: any) => [a.idNumber, a.applied])).toEqual([
      [id(rosterA[1]!), 200],
      [id(rosterA[2]!), 200],
      [id(rosterA[4]!), 200],
      [id(rosterA[5]!), 200],
    ]);
    expect(await poolState()).toMatchObject({ amount: 1000, usedFinal: 0, usedDraft: 800, left: 200 });
  });

  test("stored outcomes are exactly what the rules package computes with each member's allocated donation", async () => {
    const allocated = new Map<string, number>();
    for (const a of first.donationAllocations)
      allocated.set(a.idNumber, (allocated.get(a.idNumber) ?? 0) + Math.round((a.applied + (a.source === 'POOL' ? 0 : a.returned)) * 100));
    const inputs = rosterA.map((m) => ({ ...m, donation: (allocated.get(id(m)) ?? 0) / 100 })) as MemberInput[];
    const expected = await simulate(ruleSet({ village: A }) as unknown as RuleSet, inputs, policySource(NINGXIA_POLICY_YEARS), {
      year: 2025,
      mode: 'import',
    });
    if (!expected.ok) throw new Error('simulate failed');
    expect(first.totals).toEqual(expected.simulation.totals);
    expected.simulation.outcomes.forEach((o, i) => {
      expect(first.outcomes[i]).toMatchObject({
        idNumber: o.idNumber,
        collective: o.collective,
        donation: o.donation,
        donationExcess: o.donationExcess,
        accountCredit: o.accountCredit,
      });
    });
  });

  test("donations by donor add up to the settlement's totals to the fen", () => {
    expect(first.donationsByDonor.map((d: any) => [d.donorName, d.given, d.applied, d.returned])).toEqual([
      ['花名册登记的资助', 50, 50, 0],
      ['永宁县慈善会', 800, 800, 0],
      ['通桥建材', 2000, 2000, 0],
      ['王五', 1680, 1000, 680],
    ]);
    expect(sumFen(first.donationsByDonor, (d: any) => d.applied)).toBe(Math.round(first.totals.donation * 100));
    expect(sumFen(first.donationsByDonor, (d: any) => d.returned)).toBe(Math.round(first.totals.donationExcess * 100));
  });
});

describe('the second village shares the pool', () => {
  test("it gets what the first village's draft left: the pool runs out", async () => {
    const b = await settle(teamB, B);
    expect(b.donationAllocations.map((a: any) => [a.idNumber, a.applied])).toEqual([[id(rosterB[0]!), 200]]);
    expect(byId(b.outcomes, rosterB[1]!).donation).toBe(0);
    expect(await poolState()).toMatchObject({ usedDraft: 1000, left: 0 });
    const forA = (await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, teamA.cadre)).villageDonations.poolsAvailable;
    expect(forA).toEqual([{ poolId, available: 800 }]);
  });

  test('a replaced draft releases what it took: the first village settles again with one member fewer, then the second gets more', async () => {
    await h.ok(IMPORT, { v: A, y: 2025, m: rosterA.slice(0, 5), replace: true }, teamA.cadre);
    const again = await settle(teamA, A);
    expect(
      sumFen(
        again.donationAllocations.filter((a: any) => a.source === 'POOL'),
        (a: any) => a.applied,
      ),
    ).toBe(60_000);
    expect(await h.em().count(DonationAllocation, { pool: Number(poolId) })).toBe(3 + 1);
    const b = await settle(teamB, B);
    expect(b.donationAllocations.map((a: any) => a.applied)).toEqual([200, 200]);
    expect(await poolState()).toMatchObject({ usedDraft: 1000, left: 0 });
  });
});

describe('confirming', () => {
  let draftA: any;
  test('a draft computed before a gift changed cannot be confirmed; settled again, it can', async () => {
    const late = await gift(h, teamA.cadre, { donorId: donors.person, villageCode: A, idNumber: id(rosterA[2]!), amount: 10 });
    gifts.late = late.id;
    const stale = (await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, teamA.cadre)).villageDonations.settlements.at(-1);
    const refused = await h.gql(CONFIRM_DONATIONS, { id: stale.settlementId }, teamA.cadre);
    expect(errorOf(refused)).toMatchInlineSnapshot(`
      {
        "code": "CONFLICT",
        "message": "结算后社会资助的登记有变化（新增、修改或删除了定向资助或资助池），请重新结算后再确认",
      }
    `);
    draftA = await settle(teamA, A);
    expect((await h.ok(CONFIRM_DONATIONS, { id: draftA.id }, teamA.cadre)).confirmSettlement.status).toBe('CONFIRMED');
  });

  test('gifts to confirmed members no longer change: record, update and delete are CONFLICT', async () => {
    const input = { donorId: donors.person, villageCode: A, year: 2025, idNumber: id(rosterA[0]!), amount: 5 };
    expect(errorOf(await h.gql(RECORD_GIFT, { i: input }, teamA.cadre))?.code).toBe('CONFLICT');
    expect(errorOf(await h.gql(UPDATE_GIFT, { id: gifts.p1, i: { ...input, amount: 1 } }, teamA.cadre))?.code).toBe('CONFLICT');
    expect(errorOf(await h.gql(DELETE_GIFT, { id: gifts.p1 }, teamA.cadre))?.code).toBe('CONFLICT');
  });

  test("a pool cannot shrink below what confirmed settlements used, nor be deleted; the second village's draft went stale", async () => {
    const input = {
      donorId: donors.charity,
      year: 2025,
      villageCodes: [A, B],
      amount: 599.99,
      perMember: 200,
      condition: HARDSHIP,
      order: 'ROSTER',
    };
    const smaller = await h.gql(UPDATE_POOL, { id: poolId, i: input }, civil);
    expect(errorOf(smaller)?.message).toBe('已确认的结算已从此资助池分配600元，总额（amount）不能少于此数');
    expect(errorOf(await h.gql(UPDATE_POOL, { id: poolId, i: { ...input, amount: 1000, villageCodes: [B] } }, civil))?.code).toBe(
      'CONFLICT',
    );
    expect(errorOf(await h.gql(DELETE_POOL, { id: poolId }, civil))?.code).toBe('CONFLICT');
    const grown = (await h.ok(UPDATE_POOL, { id: poolId, i: { ...input, amount: 1200 } }, civil)).updatePool;
    expect(grown).toMatchObject({ version: 2, usedFinal: 600, amount: 1200 });
    const draftB = (await h.ok(VILLAGE_DONATIONS, { v: B, y: 2025 }, teamB.cadre)).villageDonations.settlements.at(-1);
    expect(errorOf(await h.gql(CONFIRM_DONATIONS, { id: draftB.settlementId }, teamB.cadre))?.code).toBe('CONFLICT');
    const b = await settle(teamB, B);
    expect(b.donationAllocations.map((a: any) => a.applied)).toEqual([200, 200]);
    await h.ok(CONFIRM_DONATIONS, { id: b.id }, teamB.cadre);
    expect(await poolState()).toMatchObject({ usedFinal: 1000, usedDraft: 0, left: 200 });
  });

  test("a late payer's gift is settled by a supplementary settlement, with what is left of the pool", async () => {
    const latePayer = member(31, { contribution: 500, hardship: ['MINIMUM_LIVING'] });
    await h.ok(IMPORT, { v: A, y: 2025, m: [latePayer] }, teamA.cadre);
    await gift(h, teamA.cadre, { donorId: donors.enterprise, villageCode: A, idNumber: id(latePayer), amount: 300 });
    const extra = await settle(teamA, A, true);
    expect(extra.donationAllocations.map((a: any) => [a.source, a.applied])).toEqual([
      ['GIFT', 300],
      ['POOL', 200],
    ]);
    expect(extra.totals).toMatchObject({ members: 1, donation: 500, donationExcess: 0 });
  });
});

describe('statements', () => {
  test("the charity's statement reconciles to the fen with the settlements, drafts shown apart", async () => {
    const s = (await h.ok(STATEMENT, { d: donors.charity, y: 2025 }, civil)).donorStatement;
    expect(s.totals).toEqual({
      given: 1200,
      applied: 1200,
      returned: 0,
      unallocated: 0,
      appliedFinal: 1000,
      returnedFinal: 0,
      appliedDraft: 200,
      returnedDraft: 0,
    });
    expect(s.final).toBe(false);
    expect(s.pools[0].allocations.map((a: any) => [a.village.code, a.status, a.applied])).toEqual([
      [A, 'FINAL', 200],
      [A, 'FINAL', 200],
      [A, 'FINAL', 200],
      [B, 'FINAL', 200],
      [B, 'FINAL', 200],
      [A, 'DRAFT', 200],
    ]);
    expect(s.pools[0].allocations[0].idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    for (const row of s.settlements) {
      const settlement = (
        await h.ok(
          `query ($id: ID!) { settlement(id: $id) { totals { donation donationExcess } donationsByDonor { donor { id } applied returned } } }`,
          { id: row.settlementId },
          teamA.agency,
        )
      ).settlement;
      expect(row.settlementDonation).toBe(settlement.totals.donation);
      expect(row.applied).toBe(settlement.donationsByDonor.find((d: any) => d.donor?.id === donors.charity).applied);
    }
  });

  test("the individual's statement: applied, returned and pending add up to what was given; ID numbers masked", async () => {
    const s = (await h.ok(STATEMENT, { d: donors.person, y: 2025 }, teamA.cadre)).donorStatement;
    expect(s.gifts.map((g: any) => [g.gift.amount, g.status, g.applied, g.returned, g.unallocated])).toEqual([
      [1500, 'FINAL', 900, 600, 0],
      [100, 'FINAL', 100, 0, 0],
      [80, 'FINAL', 0, 80, 0],
      [10, 'FINAL', 10, 0, 0],
    ]);
    expect(s.totals).toMatchObject({ given: 1690, applied: 1010, returned: 680, unallocated: 0 });
    expect(s.gifts[0].gift.idNumber).toBe(`${id(rosterA[0]!).slice(0, 6)}********${id(rosterA[0]!).slice(14)}`); // masked even for the cadre: it is handed to the donor
  });
});
