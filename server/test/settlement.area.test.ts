/**
 * settleVillages (issue 15 item 4): an area's villages settled at once store, village by village, exactly what each
 * one's own `settle` stores (the draft's row, every outcome row, the donation allocation and its basis, the audit
 * entry), refuse what `settle` refuses with the same reason and leave nothing of a refused village, and are for
 * the region administrator and a county's 人社 (their own county) only.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import { donor, gift, individualInput } from './donation.fixtures.js';
import { IMPORT_PRACTICE } from './roster.fixtures.js';
import {
  CONFIRM,
  errorOf,
  fileScheme,
  idNumber,
  IMPORT,
  member,
  ruleSet,
  SETTLE,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

const SETTLE_AREA = `mutation ($y: Int!, $c: String) { settleVillages(year: $y, countyCode: $c) {
  countyCode year villages withoutRoster settledCount totals { members eligible collective donation accountCredit }
  settled { villageCode villageName settlementId totals { members collective } } refused { villageCode villageName code message } } }`;

/** 永宁县's villages (the pilot county) used here, and one of 灵武市. */
const FILED = PILOT.village; // 通桥村: a filed standard, a varied roster
const GIFTED = PILOT.neighbour; // 政权村: a filed standard and a recorded gift (settled as `settle` does it)
const NO_SCHEME = '640121104201'; // no standard: every member SCHEME_NOT_ACTIVE
const PRACTICE = '640121104202'; // the practice sample only: refused
const CONFIRMED = '640121102001'; // a confirmed settlement: refused
const ELSEWHERE = PILOT.elsewhere.village;

const roster = (area: string, from: number) => [
  member(from, { idNumber: idNumber(from, '19700101', area), contribution: 500, donation: 50 }),
  member(from + 1, { idNumber: idNumber(from + 1, '19580101', area), contribution: 300, hardship: ['SEVERE_DISABILITY'] }),
  member(from + 2, { idNumber: idNumber(from + 2, '19900101', area), isCollectiveMember: false, contribution: 500 }),
  member(from + 3, { idNumber: idNumber(from + 3, '19800101', area), paymentType: 'BACK_PAY', contribution: 1000 }),
  member(from + 4, { idNumber: idNumber(from + 4, '20000101', area), contribution: null }),
  member(from + 5, { idNumber: idNumber(from + 5, '19650101', area), contribution: 100, donation: 900 }),
];

let h: Harness;
let admin: string;
let hrss: string;
const teams = new Map<string, VillageTeam>();

beforeAll(async () => {
  h = await createHarness();
  admin = await h.adminToken();
  hrss = (await h.loginAs('COUNTY_HRSS', PILOT.county)).token;
  for (const [village, township, county] of [
    [FILED, PILOT.township, PILOT.county],
    [GIFTED, PILOT.township, PILOT.county],
    [CONFIRMED, PILOT.township, PILOT.county],
    [ELSEWHERE, PILOT.elsewhere.township, PILOT.elsewhere.county],
  ] as const) {
    const team = await villageTeam(h, village, township, county);
    teams.set(village, team);
    await fileScheme(h, team, ruleSet({ village }));
  }
  // One of 富原社区's members is on 通桥村's roster too: once 富原社区's settlement is confirmed, settling 通桥村 warns.
  await h.ok(IMPORT, { v: FILED, y: 2025, m: [...roster('640121', 1), roster('640121', 41)[0]] }, admin);
  await h.ok(IMPORT, { v: GIFTED, y: 2025, m: roster('640121', 11) }, admin);
  await h.ok(IMPORT, { v: NO_SCHEME, y: 2025, m: roster('640121', 21) }, admin);
  await h.ok(IMPORT_PRACTICE, { v: PRACTICE, y: 2025, m: roster('640121', 31), p: true }, admin);
  await h.ok(IMPORT, { v: CONFIRMED, y: 2025, m: roster('640121', 41) }, admin);
  await h.ok(IMPORT, { v: ELSEWHERE, y: 2025, m: roster('640181', 51) }, admin);
  const gifted = teams.get(GIFTED)!;
  const giver = await donor(h, gifted.cadre, individualInput());
  await gift(h, gifted.cadre, { donorId: giver.id, villageCode: GIFTED, idNumber: idNumber(11, '19700101', '640121'), amount: 200 });
  const settled = (await h.ok(SETTLE, { v: CONFIRMED, y: 2025 }, admin)).settle;
  await h.ok(CONFIRM, { id: settled.id }, teams.get(CONFIRMED)!.cadre);
});
afterAll(() => h.close());

const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await h.em().getConnection().execute(text, params)) as T[];

/** What a settlement stored, without its ids and time: its row, outcome rows, allocation, basis and audit entry. */
async function stored(id: string) {
  const [row] = await sql(`select * from settlement where id = ?`, [id]);
  const { id: _id, created_at: _at, ...settlement } = row!;
  const outcomes = (await sql(`select * from settlement_outcome where settlement_id = ? order by id`, [id])).map(
    ({ id: _i, settlement_id: _s, ...rest }) => rest,
  );
  const allocation = (await sql(`select * from donation_allocation where settlement_id = ? order by id`, [id])).map(
    ({ id: _i, settlement_id: _s, ...rest }) => rest,
  );
  const basis = await sql(`select fingerprint from donation_basis where settlement_id = ?`, [id]);
  const audits = await sql<{ after: string }>(`select after from audit_entry where action = 'SETTLE' and entity_id = ?`, [id]);
  expect(audits).toHaveLength(1);
  const { id: _a, replacedDrafts: _r, ...audit } = JSON.parse(audits[0]!.after);
  return { settlement, outcomes, allocation, basis, audit };
}

describe('a county settled at once', () => {
  test('stores for each village exactly what its own settle stores, and lists the refused villages with the reason', async () => {
    const area = (await h.ok(SETTLE_AREA, { y: 2025, c: PILOT.county }, hrss)).settleVillages;
    expect(area).toMatchObject({ countyCode: PILOT.county, year: 2025, villages: 5, settledCount: 3 });
    expect(area.settled.map((s: { villageCode: string }) => s.villageCode)).toEqual([FILED, GIFTED, NO_SCHEME]);
    expect(area.refused.map((r: { villageCode: string; code: string }) => [r.villageCode, r.code])).toEqual([
      [CONFIRMED, 'CONFLICT'],
      [PRACTICE, 'ROSTER_IS_PRACTICE'],
    ]);
    expect(area.refused[0].message).toContain('年度的结算已确认，不能重新结算');
    // A refused village keeps what it had: the confirmed settlement only, no draft; the practice roster none.
    expect(await sql(`select status from settlement s join village v on v.id = s.village_id where v.code = ?`, [CONFIRMED])).toEqual([
      { status: 'CONFIRMED' },
    ]);
    expect(await sql(`select s.id from settlement s join village v on v.id = s.village_id where v.code = ?`, [PRACTICE])).toEqual([]);

    const [filed] = await sql<{ warnings: string }>(`select warnings from settlement where id = ?`, [byVillageId(area, FILED)]);
    expect(JSON.parse(filed!.warnings).map((w: { code: string }) => w.code)).toContain('SETTLED_IN_OTHER_VILLAGE');
    const allocations = new Map<string, unknown[]>();
    for (const s of area.settled as { villageCode: string; settlementId: string; totals: { members: number } }[]) {
      const batch = await stored(s.settlementId);
      expect(batch.outcomes.length).toBe(s.totals.members);
      const one = (await h.ok(SETTLE, { v: s.villageCode, y: 2025 }, hrss)).settle;
      const alone = await stored(one.id);
      expect(batch.settlement).toEqual(alone.settlement);
      expect(batch.outcomes).toEqual(alone.outcomes);
      expect(batch.allocation).toEqual(alone.allocation);
      expect(batch.basis).toEqual(alone.basis);
      expect(batch.audit).toEqual(alone.audit);
      allocations.set(s.villageCode, batch.allocation);
      // The one-by-one settle replaced the batch's draft, as a settle replaces any draft.
      expect(await sql(`select id from settlement where id = ?`, [s.settlementId])).toEqual([]);
    }
    const byVillage = (code: string) => area.settled.find((s: { villageCode: string }) => s.villageCode === code);
    expect(byVillage(NO_SCHEME).totals.collective).toBe(0);
    expect(byVillage(FILED).totals.collective).toBeGreaterThan(0);
    // The roster's own donations made allocation lines (settled in a worker thread), and so did the recorded gift.
    expect(allocations.get(FILED)!.map((a) => (a as { source: string }).source)).toEqual(['ROSTER', 'ROSTER', 'ROSTER']);
    expect(
      allocations
        .get(GIFTED)!
        .map((a) => (a as { source: string }).source)
        .sort(),
    ).toEqual(['GIFT', 'ROSTER', 'ROSTER']);
  });

  test('one audit entry says what the call did, beside each village’s SETTLE entry', async () => {
    const rows = await sql<{ after: string; entity_id: string }>(`select after, entity_id from audit_entry where action = 'SETTLE_AREA'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.entity_id).toBe(PILOT.county);
    expect(JSON.parse(rows[0]!.after)).toMatchObject({ villages: 5, settled: 3, refused: [{ village: CONFIRMED }, { village: PRACTICE }] });
  });
});

describe('who may settle an area', () => {
  test('the region administrator settles the whole region; the other county’s village is settled too', async () => {
    const area = (await h.ok(SETTLE_AREA, { y: 2025 }, admin)).settleVillages;
    expect(area.countyCode).toBeNull();
    expect(area.settled.map((s: { villageCode: string }) => s.villageCode)).toEqual([FILED, GIFTED, NO_SCHEME, ELSEWHERE]);
    expect(area.totals.members).toBe(25);
  });

  test('a county’s 人社 is refused another county, every other role is refused, and nothing is stored', async () => {
    const before = await sql(`select count(*) as n from settlement`);
    expect(errorOf(await h.gql(SETTLE_AREA, { y: 2025, c: PILOT.elsewhere.county }, hrss))?.code).toBe('FORBIDDEN');
    for (const role of ['VILLAGE_CADRE', 'TOWNSHIP_OFFICER', 'COUNTY_AGRICULTURE', 'AGENCY'] as const) {
      const area = role === 'VILLAGE_CADRE' ? FILED : role === 'TOWNSHIP_OFFICER' ? PILOT.township : PILOT.county;
      const { token } = await h.loginAs(role, area);
      const error = errorOf(await h.gql(SETTLE_AREA, { y: 2025, c: PILOT.county }, token));
      expect(error?.code, role).toBe('FORBIDDEN');
      expect(error?.message, role).toContain('批量结算供自治区管理员和县（区）人社部门使用');
    }
    expect(errorOf(await h.gql(SETTLE_AREA, { y: 2025, c: PILOT.county }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.gql(SETTLE_AREA, { y: 2025, c: '649999' }, admin))).toEqual({
      code: 'NOT_FOUND',
      message: '没有代码为649999的县（市、区），请核对6位县级代码',
    });
    expect(await sql(`select count(*) as n from settlement`)).toEqual(before);
  });
});

const byVillageId = (area: { settled: { villageCode: string; settlementId: string }[] }, code: string) =>
  area.settled.find((s) => s.villageCode === code)!.settlementId;
