/** Recording gifts and pools: who may, what is refused (nothing changes), what is audited, who reads what. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { DonationGift } from '../src/modules/donations/donationGift.entity.js';
import { DonationPool } from '../src/modules/donations/donationPool.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  charityInput,
  DELETE_GIFT,
  donor,
  enterpriseInput,
  gift,
  member,
  pool,
  RECORD_GIFT,
  RECORD_POOL,
  STATEMENT,
  UPDATE_GIFT,
  VILLAGE_DONATIONS,
  villageWithRoster,
} from './donation.fixtures.js';
import { errorOf, SETTLE, type VillageTeam } from './scheme.fixtures.js';

const A = PILOT.village;
const B = PILOT.neighbour;
const m1 = member(1) as { idNumber: string };
const m3 = member(3) as { idNumber: string };

let h: Harness;
let civil: string;
let team: VillageTeam;
let charity: string;
let enterprise: string;
beforeAll(async () => {
  h = await createHarness();
  civil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.county)).token;
  team = await villageWithRoster(h, A, [m1, m3]);
  await villageWithRoster(h, B, [member(21)]);
  charity = (await donor(h, civil, charityInput({ name: '永宁县慈善会' }))).id;
  enterprise = (await donor(h, team.cadre, enterpriseInput({ name: '通桥农机' }))).id;
});
afterAll(() => h.close());

const counts = async () => ({
  gifts: await h.em().count(DonationGift, {}),
  pools: await h.em().count(DonationPool, {}),
  audit: await h.em().count(AuditEntry, { entity: { $in: ['DonationGift', 'DonationPool'] } }),
});
const giftInput = (overrides: Record<string, unknown> = {}) => ({
  donorId: enterprise,
  villageCode: A,
  year: 2025,
  idNumber: m1.idNumber,
  amount: 100,
  ...overrides,
});

test("the cadre records a direct gift for a member of its roster, audited in the village's log", async () => {
  const g = (await h.ok(RECORD_GIFT, { i: giftInput({ receivedOn: '2025-03-02', note: '春节慰问' }) }, team.cadre)).recordGift;
  expect(g).toMatchObject({
    channel: 'DIRECT',
    amount: 100,
    idNumber: m1.idNumber,
    name: '成员1',
    village: { code: A },
    version: 1,
    receivedOn: '2025-03-02',
  });
  const log = async (token: string) =>
    (await h.ok('query ($v: String!) { auditLog(villageCode: $v, year: 2025) { action after } }', { v: A }, token)).auditLog;
  const entry = (await log(team.cadre)).find((e: any) => e.action === 'RECORD_GIFT');
  expect(entry.after).toMatchObject({ idNumber: m1.idNumber, amountFen: 10_000 });
  const masked = (await log(team.hrss)).find((e: any) => e.action === 'RECORD_GIFT');
  expect(masked.after.idNumber).toBe(`${m1.idNumber.slice(0, 6)}********${m1.idNumber.slice(-4)}`);
});

test('refusals change nothing: other villages, charity gifts for a cadre, other roles and counties are FORBIDDEN', async () => {
  const before = await counts();
  const neighbourCadre = (await h.loginAs('VILLAGE_CADRE', B)).token;
  expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput() }, neighbourCadre))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput({ donorId: charity }) }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "FORBIDDEN",
      "message": "村干部只登记直接资助；经慈善组织的资助由县民政部门登记",
    }
  `);
  expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput({ charityId: charity }) }, team.cadre))?.code).toBe('FORBIDDEN');
  for (const token of [team.hrss, team.township, team.agency, team.agriculture]) {
    expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput() }, token))?.code).toBe('FORBIDDEN');
  }
  const far = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  const farCharity = await donor(h, far, charityInput());
  expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput({ donorId: farCharity.id }) }, far))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(RECORD_GIFT, { i: giftInput({ donorId: charity }) }, far))?.code).toBe('FORBIDDEN');
  expect(await counts()).toEqual(before);
});

test('bad gifts are BAD_USER_INPUT naming the field: not on the roster, bad ID, amounts, year, date, charity', async () => {
  const before = await counts();
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ idNumber: member(99).idNumber }, /花名册中没有身份证号为.*（idNumber）/],
    [{ idNumber: '640121197001010010' }, /校验位.*（idNumber）/],
    [{ amount: 0 }, /资助金额（amount）应大于0元/],
    [{ amount: 10.005 }, /资助金额（amount）应为至多两位小数/],
    [{ year: 2031 }, /2031年度.*（year）/],
    [{ receivedOn: '2025-02-30' }, /receivedOn/],
    [{ charityId: enterprise }, /charityId/],
  ];
  for (const [overrides, message] of cases) {
    const res = await h.gql(RECORD_GIFT, { i: giftInput(overrides) }, civil);
    expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  }
  expect(await counts()).toEqual(before);
});

test("CIVIL_AFFAIRS records a charity's gift for a member; updates need the current version; deletion is audited", async () => {
  const g = (await h.ok(RECORD_GIFT, { i: giftInput({ donorId: charity, idNumber: m3.idNumber, amount: 300 }) }, civil)).recordGift;
  expect(g).toMatchObject({
    channel: 'CHARITY',
    donor: { name: '永宁县慈善会' },
    idNumber: `${m3.idNumber.slice(0, 6)}********${m3.idNumber.slice(-4)}`,
  });
  const input = giftInput({ donorId: charity, idNumber: m3.idNumber, amount: 350 });
  expect((await h.ok(UPDATE_GIFT, { id: g.id, i: input, v: 1 }, civil)).updateGift).toMatchObject({ amount: 350, version: 2 });
  expect(errorOf(await h.gql(UPDATE_GIFT, { id: g.id, i: input, v: 1 }, civil))?.code).toBe('CONFLICT');
  expect(errorOf(await h.gql(DELETE_GIFT, { id: g.id }, team.cadre))?.code).toBe('FORBIDDEN');
  expect((await h.ok(DELETE_GIFT, { id: g.id }, civil)).deleteGift).toBe(g.id);
  const actions = (await h.em().find(AuditEntry, { entity: 'DonationGift', entityId: g.id }, { orderBy: { id: 'asc' } })).map((e) => [
    e.action,
    (e.before as any)?.amountFen ?? null,
    (e.after as any)?.amountFen ?? null,
  ]);
  expect(actions).toEqual([
    ['RECORD_GIFT', null, 30_000],
    ['UPDATE_GIFT', 30_000, 35_000],
    ['DELETE_GIFT', 35_000, null],
  ]);
});

test("a pool's condition is checked with the rule checks: BAD_USER_INPUT naming condition, every issue listed", async () => {
  const before = await counts();
  const res = await h.gql(
    RECORD_POOL,
    {
      i: {
        donorId: charity,
        year: 2025,
        villageCodes: [A],
        amount: 1000,
        perMember: 200,
        condition: {
          all: [
            { fact: 'score', operator: 'equal', value: 1 },
            { fact: 'age', operator: 'contains', value: 60 },
          ],
        },
      },
    },
    civil,
  );
  expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.extensions?.field).toBe('condition');
  expect((res.errors?.[0]?.extensions?.issues as any[]).map((i) => [i.path, i.code])).toEqual([
    ['/condition/all/0/fact', 'UNKNOWN_FACT'],
    ['/condition/all/1/operator', 'BAD_CONDITION'],
  ]);
  expect(res.errors?.[0]?.message).toMatch(/^受助条件（condition）有2处错误/);
  expect(await counts()).toEqual(before);
});

test("pools: one county only; a cadre only for its own village and directly; CIVIL_AFFAIRS's pool audited in each village", async () => {
  const before = await counts();
  const base = { donorId: charity, year: 2025, amount: 1000, perMember: 200 };
  expect(errorOf(await h.gql(RECORD_POOL, { i: { ...base, villageCodes: [A, PILOT.elsewhere.village] } }, civil))?.code).toBe(
    'BAD_USER_INPUT',
  );
  expect(errorOf(await h.gql(RECORD_POOL, { i: { ...base, villageCodes: [] } }, civil))?.code).toBe('BAD_USER_INPUT');
  expect(errorOf(await h.gql(RECORD_POOL, { i: { ...base, villageCodes: ['640121102299'] } }, civil))?.code).toBe('NOT_FOUND');
  expect(errorOf(await h.gql(RECORD_POOL, { i: { ...base, donorId: enterprise, villageCodes: [A, B] } }, team.cadre))?.code).toBe(
    'FORBIDDEN',
  );
  expect(errorOf(await h.gql(RECORD_POOL, { i: { ...base, villageCodes: [A] } }, team.cadre))?.code).toBe('FORBIDDEN');
  expect(await counts()).toEqual(before);
  const own = (await h.ok(RECORD_POOL, { i: { ...base, donorId: enterprise, villageCodes: [A], order: 'OLDEST_FIRST' } }, team.cadre))
    .recordPool;
  expect(own).toMatchObject({ channel: 'DIRECT', order: 'OLDEST_FIRST', left: 1000, villages: [{ code: A }] });
  const shared = await pool(h, civil, { ...base, villageCodes: [B, A] });
  const entries = await h.em().find(AuditEntry, { action: 'RECORD_POOL', entityId: shared.id }, { orderBy: { villageCode: 'asc' } });
  expect(entries.map((e) => e.villageCode)).toEqual([A, B]);
});

test("pool lists: CIVIL_AFFAIRS its county's, a cadre those covering its village, another county none of them", async () => {
  const POOLS = `query ($y: Int!, $c: String) { donationPools(year: $y, countyCode: $c) { id label villages { code } } }`;
  const county = (await h.ok(POOLS, { y: 2025 }, civil)).donationPools;
  expect(county.map((p: any) => p.villages.map((v: any) => v.code))).toEqual([[A], [A, B]]);
  const cadreB = (await h.loginAs('VILLAGE_CADRE', B)).token;
  expect((await h.ok(POOLS, { y: 2025 }, cadreB)).donationPools.map((p: any) => p.id)).toEqual([county[1].id]);
  expect((await h.ok(POOLS, { y: 2026 }, civil)).donationPools).toEqual([]);
  const far = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  expect((await h.ok(POOLS, { y: 2025 }, far)).donationPools).toEqual([]);
  expect(errorOf(await h.gql(POOLS, { y: 2025, c: PILOT.county }, far))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(POOLS, { y: 2025 }, team.hrss))?.code).toBe('FORBIDDEN');
});

test("reading: CIVIL_AFFAIRS reads its county's village donations but not the settlement itself; another county cannot", async () => {
  const settled = (await h.ok(SETTLE, { v: A, y: 2025 }, team.cadre)).settle;
  const read = (await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, civil)).villageDonations;
  expect(read.settlements.map((s: any) => s.settlementId)).toEqual([settled.id]);
  expect(read.gifts[0].idNumber).toMatch(/\*{8}/);
  expect((await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, team.cadre)).villageDonations.gifts[0].idNumber).toBe(m1.idNumber);
  expect((await h.ok(VILLAGE_DONATIONS, { v: A, y: 2025 }, team.township)).villageDonations.gifts).toHaveLength(1);
  expect(errorOf(await h.gql('query ($id: ID!) { settlement(id: $id) { id } }', { id: settled.id }, civil))?.code).toBe('FORBIDDEN');
  const far = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  expect(errorOf(await h.gql(VILLAGE_DONATIONS, { v: A, y: 2025 }, far))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(STATEMENT, { d: charity, y: 2025 }, far))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(STATEMENT, { d: charity, y: 2025 }, team.hrss))?.code).toBe('FORBIDDEN');
});

test("a cadre's statement of a county charity lists only its village's part and says it is not complete", async () => {
  await gift(h, civil, { donorId: charity, villageCode: B, idNumber: member(21).idNumber, amount: 40 });
  const cadreView = (await h.ok(STATEMENT, { d: charity, y: 2025 }, team.cadre)).donorStatement;
  expect(cadreView.complete).toBe(false);
  expect(cadreView.pools).toEqual([]);
  const countyView = (await h.ok(STATEMENT, { d: charity, y: 2025 }, civil)).donorStatement;
  expect(countyView.complete).toBe(true);
  expect(countyView.gifts.map((g: any) => [g.gift.village.code, g.status, g.unallocated])).toEqual([[B, 'PENDING', 40]]);
  expect(countyView.pools.map((p: any) => p.allocations.length)).toEqual([2]);
  expect(countyView.totals).toMatchObject({ given: 1040, applied: 400, appliedDraft: 400, returned: 0, unallocated: 640 });
  expect(countyView.final).toBe(false);
});

test("CIVIL_AFFAIRS reads the donation records of its county's village logs, ID numbers masked, and nothing else", async () => {
  const LOG = `query ($v: String!) { auditLog(villageCode: $v) { action entity after } }`;
  const entries = (await h.ok(LOG, { v: A }, civil)).auditLog;
  expect(new Set(entries.map((e: any) => e.entity))).toEqual(new Set(['Donor', 'DonationGift', 'DonationPool']));
  expect(entries.map((e: any) => e.action)).toContain('RECORD_POOL');
  expect(JSON.stringify(entries)).not.toContain(m1.idNumber);
  expect((await h.ok(LOG, { v: A }, team.cadre)).auditLog.map((e: any) => e.entity)).toContain('Scheme');
  const far = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  expect(errorOf(await h.gql(LOG, { v: A }, far))?.code).toBe('FORBIDDEN');
});
