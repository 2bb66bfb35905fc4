/**
 * Issue 6's "done means", over HTTP: the county's civil-affairs office (县民政) records a charity and its pooled
 * gift for two pilot villages plus a gift to one named member; both villages settle and confirm; every member
 * stays within the region cap; the charity's statement reconciles to the fen with both settlements.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, member, villageTeam, type TestUser, type VillageTeam } from '../support/factories.js';
import { AUDIT_LOG, CONFIRM } from '../support/operations.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const CAP = 3000;
const HARDSHIP = {
  any: [
    { fact: 'hardship', operator: 'contains', value: 'MINIMUM_LIVING' },
    { fact: 'hardship', operator: 'contains', value: 'SEVERE_DISABILITY' },
  ],
};
const first = [
  member({ contribution: 3000, priorCredit: 500, hardship: ['MINIMUM_LIVING'] }),
  member({ hardship: ['MINIMUM_LIVING'] }),
  member({ hardship: ['SEVERE_DISABILITY'] }),
  member(),
];
const second = [
  member({ hardship: ['MINIMUM_LIVING'] }),
  member({ contribution: 200, hardship: ['SEVERE_DISABILITY'] }),
  member({ paymentType: 'BACK_PAY', hardship: ['MINIMUM_LIVING'] }),
];

const SETTLE = `mutation ($v: String!, $y: Int!) { settle(villageCode: $v, year: $y) {
  id totals { donation donationExcess } outcomes { idNumber collective donation donationExcess }
  donationsByDonor { donor { id } donorName given applied returned }
  donationAllocations { idNumber source poolId giftId applied returned } } }`;
const STATEMENT = `query ($d: ID!, $y: Int!) { donorStatement(donorId: $d, year: $y) {
  complete final donor { name creditCode }
  gifts { status applied returned unallocated gift { idNumber amount } }
  pools { pool { amount usedFinal usedDraft left villages { code } } allocations { village { code } idNumber applied status } }
  settlements { settlementId village { code } final applied returned settlementDonation settlementDonationExcess }
  totals { given applied returned unallocated appliedFinal appliedDraft returnedDraft } } }`;
const fen = (yuan: number) => Math.round(yuan * 100);
const sumFen = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((s, x) => s + fen(f(x)), 0);

describe("a county records a charity's pooled gift for its pilot villages and hands the charity a statement that reconciles", () => {
  const s = useServer();
  const villages = [PILOT.village, PILOT.neighbour] as const;
  let civil: TestUser;
  let teams: VillageTeam[];
  let charityId: string;
  const settled: any[] = [];

  test("the region administrator creates the county's civil-affairs user; it records the charity, the pool and a named gift", async () => {
    civil = await makeUser(s.admin, 'CIVIL_AFFAIRS', PILOT.county);
    teams = [await villageTeam(s.admin, villages[0]), await villageTeam(s.admin, villages[1])];
    for (const [i, team] of teams.entries()) {
      await filedScheme(team, flatRuleSet(villages[i]!, 100, YEAR));
      await importRoster(team.cadre.client, villages[i]!, YEAR, i === 0 ? first : second);
    }
    const charity = await civil.client.ok(`mutation ($i: DonorInput!) { createDonor(input: $i) { id areaCode } }`, {
      i: { kind: 'CHARITY', name: '永宁县慈善总会', contact: '0951-8000000', creditCode: '53100000500021676K' },
    });
    charityId = charity.createDonor.id;
    expect(charity.createDonor.areaCode).toBe(PILOT.county);
    const pool = await civil.client.ok(`mutation ($i: PoolInput!) { recordPool(input: $i) { id amount left channel villages { code } } }`, {
      i: {
        donorId: charityId,
        year: YEAR,
        villageCodes: [...villages],
        label: '低保、重度残疾人员参保资助',
        amount: 700,
        perMember: 200,
        condition: HARDSHIP,
        order: 'ROSTER',
      },
    });
    expect(pool.recordPool).toMatchObject({ amount: 700, left: 700, channel: 'CHARITY', villages: villages.map((code) => ({ code })) });
    const gift = await civil.client.ok(`mutation ($i: GiftInput!) { recordGift(input: $i) { amount channel } }`, {
      i: { donorId: charityId, villageCode: villages[0], year: YEAR, idNumber: first[0]!.idNumber, amount: 2600, receivedOn: '2025-04-01' },
    });
    expect(gift.recordGift).toEqual({ amount: 2600, channel: 'CHARITY' });
    for (const [i, team] of teams.entries()) {
      const log = (await team.cadre.client.ok(AUDIT_LOG, { village: villages[i], year: YEAR })).auditLog.map(
        (e: { action: string }) => e.action,
      );
      expect(log).toContain('RECORD_POOL');
    }
  });

  test('both villages settle: the pool is used in the order they settle and runs out, nobody passes the cap', async () => {
    for (const [i, team] of teams.entries()) settled.push((await team.cadre.client.ok(SETTLE, { v: villages[i], y: YEAR })).settle);
    const pooled = settled.map((st) => st.donationAllocations.filter((a: any) => a.source === 'POOL').map((a: any) => a.applied));
    expect(pooled).toEqual([
      [200, 200],
      [200, 100],
    ]);
    const capped = settled[0].outcomes.find((o: any) => o.idNumber === first[0]!.idNumber);
    expect(capped).toMatchObject({ collective: 100, donation: 2400, donationExcess: 200 });
    const priorCredit = new Map([...first, ...second].map((m) => [m.idNumber, m.priorCredit ?? 0]));
    for (const o of settled.flatMap((st) => st.outcomes))
      expect(fen(o.collective) + fen(o.donation)).toBeLessThanOrEqual(fen(CAP - priorCredit.get(o.idNumber)!));
    for (const st of settled) {
      expect(sumFen(st.donationsByDonor, (d: any) => d.applied)).toBe(fen(st.totals.donation));
      expect(sumFen(st.donationsByDonor, (d: any) => d.returned)).toBe(fen(st.totals.donationExcess));
    }
  });

  test('before confirmation the statement shows the figures as drafts', async () => {
    const draft = (await civil.client.ok(STATEMENT, { d: charityId, y: YEAR })).donorStatement;
    expect(draft.final).toBe(false);
    expect(draft.totals).toMatchObject({ appliedFinal: 0, appliedDraft: 3100, returnedDraft: 200 });
  });

  test("after both confirm, the charity's statement is final and reconciles to the fen with both settlements", async () => {
    for (const [i, team] of teams.entries())
      expect((await team.cadre.client.ok(CONFIRM, { id: settled[i].id })).confirmSettlement.status).toBe('CONFIRMED');
    const statement = (await civil.client.ok(STATEMENT, { d: charityId, y: YEAR })).donorStatement;
    expect(statement).toMatchObject({ complete: true, final: true, donor: { name: '永宁县慈善总会', creditCode: '53100000500021676K' } });
    expect(statement.totals).toEqual({
      given: 3300,
      applied: 3100,
      returned: 200,
      unallocated: 0,
      appliedFinal: 3100,
      appliedDraft: 0,
      returnedDraft: 0,
    });
    const t = statement.totals;
    expect(fen(t.given)).toBe(fen(t.applied) + fen(t.returned) + fen(t.unallocated));
    expect(statement.pools[0].pool).toMatchObject({ amount: 700, usedFinal: 700, usedDraft: 0, left: 0 });
    expect(statement.gifts).toEqual([expect.objectContaining({ status: 'FINAL', applied: 2400, returned: 200, unallocated: 0 })]);
    for (const id of [statement.gifts[0].gift.idNumber, ...statement.pools[0].allocations.map((a: any) => a.idNumber)])
      expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(statement.settlements.map((row: any) => row.settlementId)).toEqual(settled.map((st) => st.id));
    for (const [i, row] of statement.settlements.entries()) {
      const mine = settled[i].donationsByDonor.find((d: any) => d.donor?.id === charityId);
      expect(row).toMatchObject({
        village: { code: villages[i] },
        final: true,
        applied: mine.applied,
        returned: mine.returned,
        settlementDonation: settled[i].totals.donation,
      });
    }
    expect(sumFen(statement.settlements, (r: any) => r.applied)).toBe(fen(t.applied));
    expect(sumFen(statement.settlements, (r: any) => r.returned)).toBe(fen(t.returned));
  });
});
