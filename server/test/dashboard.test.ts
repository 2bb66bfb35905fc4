/**
 * Dashboards against a seeded database: villages of two counties taken to every scheme status and settled in
 * different ways; every expected figure below is worked out by hand from the rosters and rule sets.
 */
import type { Knex } from '@mikro-orm/sqlite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import { RECORD, settleYear } from './posting.fixtures.js';
import { errorOf, fileScheme, idNumber, member, recordFiveSteps, ruleSet, save, SUBMIT, SUSPEND, villageTeam } from './scheme.fixtures.js';

const FIGURES = `villages schemes { draft submitted filed suspended none } payingVillages rosterMembers settledVillages settledMembers
  coveredMembers collectivePaid averagePerCovered posted { members collective } rejected { members collective }
  budgetedVillages budget budgetedCollective budgetUse drafts { villages members collective }`;
const DASHBOARD = `query ($y: Int!, $c: String) {
  dashboard(year: $y, countyCode: $c) { year level code name totals { ${FIGURES} } rows { level code name townshipName schemeStatus figures { ${FIGURES} } } }
}`;

const A = PILOT.village; // 通桥村: budget 1000; one member rejected by the agency, settled again with a late payer
const B = PILOT.neighbour; // 政权村: confirmed, and a supplementary draft
const C = '640121104201'; // 玉海村: a draft standard, a draft settlement without a paying scheme
const F = '640121104202'; // 原隆村: a 2024 standard filed for 2024–2025, no roster
const E = PILOT.elsewhere.village; // 上桥村 (灵武市): budget 100, prorated
const SUSPENDED = '640181105202'; // 红柳湾村
const SUBMITTED = '640181105203'; // 下桥村
const LINGWU = PILOT.elsewhere;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // A: 100 (500 tier) + 30 (200 tier) + 100 + 0 (not a collective member) = 230; the agency rejects the third.
  const a = await villageTeam(h, A);
  await fileScheme(h, a, ruleSet({ budget: 1000 }));
  const first = await settleYear(h, a, A, [
    member(1),
    member(3, { contribution: 200 }),
    member(5),
    member(7, { isCollectiveMember: false }),
  ]);
  await h.ok(RECORD, { id: first, p: [1, 3, 7].map((s) => ({ idNumber: idNumber(s), status: 'POSTED' })) }, a.agency);
  await h.ok(RECORD, { id: first, p: [{ idNumber: idNumber(5), status: 'REJECTED', reason: '银行账户已注销' }] }, a.agency);
  // …then the rejected member and a late payer (100 + 100) in a supplementary settlement, confirmed.
  await settleYear(h, a, A, [member(9)], { supplementary: true, until: 'CONFIRMED' });
  // B: 100 + 100 confirmed; a late payer (100) only in a supplementary draft.
  const b = await villageTeam(h, B);
  await fileScheme(h, b, ruleSet({ village: B }));
  await settleYear(h, b, B, [member(11), member(13)], { until: 'CONFIRMED' });
  await settleYear(h, b, B, [member(15)], { supplementary: true, until: 'DRAFT' });
  // C: a draft standard; settling without a paying scheme gives a draft of 2 members and no money.
  const c = await villageTeam(h, C, '640121104');
  await save(h, c.cadre, ruleSet({ village: C }), C);
  await settleYear(h, c, C, [member(17), member(19)], { until: 'DRAFT' });
  // F: filed in 2024 for 2024 and 2025.
  await fileScheme(h, await villageTeam(h, F, '640121104'), ruleSet({ village: F, year: 2024, lastYear: 2025 }));
  // E: 100 + 100 + 30 = 230 over a budget of 100, prorated: floor(10000×10000/23000) = 4347 twice, floor(3000×10000/23000) = 1304.
  const e = await villageTeam(h, E, LINGWU.township, LINGWU.county);
  await fileScheme(h, e, ruleSet({ village: E, budget: 100, overBudget: 'PRORATE' }));
  await settleYear(h, e, E, [member(21), member(23), member(25, { contribution: 300 })], { until: 'CONFIRMED' });
  const suspended = await villageTeam(h, SUSPENDED, LINGWU.township, LINGWU.county);
  const id = await fileScheme(h, suspended, ruleSet({ village: SUSPENDED }));
  await h.ok(SUSPEND, { id, reason: '集体收益不足', date: '2025-06-01' }, suspended.cadre);
  const submitted = await villageTeam(h, SUBMITTED, LINGWU.township, LINGWU.county);
  const sid = await save(h, submitted.cadre, ruleSet({ village: SUBMITTED }), SUBMITTED);
  await recordFiveSteps(h, submitted.cadre, sid);
  await h.ok(SUBMIT, { id: sid }, submitted.cadre);
}, 120_000);
afterAll(() => h.close());

const dashboardOf = async (token: string, countyCode?: string) =>
  (await h.ok(DASHBOARD, { y: 2025, c: countyCode ?? null }, token)).dashboard;

/** 永宁县: A (net of the rejection: 5 members, 4 covered, 330 yuan) and B (2 members, 200 yuan). */
const YONGNING = {
  villages: 5,
  schemes: { draft: 1, submitted: 0, filed: 3, suspended: 0, none: 1 },
  payingVillages: 3,
  rosterMembers: 10,
  settledVillages: 2,
  settledMembers: 7,
  coveredMembers: 6,
  collectivePaid: 530,
  averagePerCovered: 88.33,
  posted: { members: 3, collective: 130 },
  rejected: { members: 1, collective: 100 },
  budgetedVillages: 1,
  budget: 1000,
  budgetedCollective: 330,
  budgetUse: 0.33,
  drafts: { villages: 2, members: 3, collective: 100 },
};

test('a county department sees its county village by village, net of the members the agency rejected', async () => {
  const hrss = (await h.loginAs('COUNTY_HRSS', PILOT.county)).token;
  const d = await dashboardOf(hrss);
  expect([d.year, d.level, d.code, d.name]).toEqual([2025, 'COUNTY', PILOT.county, '银川市永宁县']);
  expect(d.totals).toEqual(YONGNING);
  expect(
    d.rows.map((r: any) => [r.code, r.level, r.schemeStatus, r.figures.rosterMembers, r.figures.coveredMembers, r.figures.collectivePaid]),
  ).toEqual([
    ['640121102001', 'VILLAGE', null, 0, 0, 0],
    [A, 'VILLAGE', 'FILED', 5, 4, 330],
    [B, 'VILLAGE', 'FILED', 3, 2, 200],
    [C, 'VILLAGE', 'DRAFT', 2, 0, 0],
    [F, 'VILLAGE', 'FILED', 0, 0, 0],
  ]);
  const a = d.rows[1];
  expect([a.name, a.townshipName, a.figures.settledMembers, a.figures.averagePerCovered, a.figures.budgetUse]).toEqual([
    '通桥村',
    '望远镇',
    5,
    82.5,
    0.33,
  ]);
  expect(d.rows[2].figures.drafts).toEqual({ villages: 1, members: 1, collective: 100 });
  expect(d.rows[3].figures).toMatchObject({
    payingVillages: 0,
    averagePerCovered: null,
    budget: null,
    budgetUse: null,
    drafts: { villages: 1, members: 2, collective: 0 },
  });
  expect(d.rows[4].figures).toMatchObject({ payingVillages: 1, schemes: { filed: 1 } });
});

test('the region shows one row per county and the sums of all of them', async () => {
  const d = await dashboardOf(await h.adminToken());
  expect([d.level, d.code, d.name]).toEqual(['REGION', null, '宁夏回族自治区']);
  expect(d.rows).toHaveLength(22);
  const lingwu = d.rows.find((r: any) => r.code === LINGWU.county);
  expect(lingwu.figures).toEqual({
    villages: 7,
    schemes: { draft: 0, submitted: 1, filed: 1, suspended: 1, none: 4 },
    payingVillages: 1,
    rosterMembers: 3,
    settledVillages: 1,
    settledMembers: 3,
    coveredMembers: 3,
    collectivePaid: 99.98,
    averagePerCovered: 33.33,
    posted: { members: 0, collective: 0 },
    rejected: { members: 0, collective: 0 },
    budgetedVillages: 1,
    budget: 100,
    budgetedCollective: 99.98,
    budgetUse: 0.9998,
    drafts: { villages: 0, members: 0, collective: 0 },
  });
  expect(d.rows.find((r: any) => r.code === PILOT.county).figures).toEqual(YONGNING);
  expect(d.rows.find((r: any) => r.code === '640402')).toMatchObject({
    level: 'COUNTY',
    name: '原州区',
    schemeStatus: null,
    figures: { villages: 1, schemes: { none: 1 } },
  });
  expect(d.totals).toMatchObject({
    villages: 16,
    schemes: { draft: 1, submitted: 1, filed: 4, suspended: 1, none: 9 },
    payingVillages: 4,
    rosterMembers: 13,
    settledVillages: 3,
    settledMembers: 10,
    coveredMembers: 9,
    collectivePaid: 629.98,
    averagePerCovered: 70,
    budgetedVillages: 2,
    budget: 1100,
    budgetedCollective: 429.98,
    budgetUse: 0.3909,
  });
});

test('the region administrator and a region-wide agency open any county; a county agency only its own', async () => {
  expect((await dashboardOf(await h.adminToken(), PILOT.county)).totals).toEqual(YONGNING);
  const regionAgency = (await h.loginAs('AGENCY', null)).token;
  expect((await dashboardOf(regionAgency, LINGWU.county)).totals.collectivePaid).toBe(99.98);
  expect((await dashboardOf(regionAgency)).level).toBe('REGION');
  const countyAgency = (await h.loginAs('AGENCY', PILOT.county)).token;
  expect((await dashboardOf(countyAgency)).totals).toEqual(YONGNING);
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025, c: LINGWU.county }, countyAgency))?.code).toBe('FORBIDDEN');
});

test("a township officer sees only its township's villages", async () => {
  const d = await dashboardOf((await h.loginAs('TOWNSHIP_OFFICER', PILOT.township)).token);
  expect([d.level, d.code, d.name]).toEqual(['TOWNSHIP', PILOT.township, '永宁县望远镇']);
  expect(d.rows.map((r: any) => r.code)).toEqual(['640121102001', A, B]);
  expect(d.totals).toMatchObject({
    villages: 3,
    rosterMembers: 8,
    coveredMembers: 6,
    collectivePaid: 530,
    drafts: { villages: 1, members: 1, collective: 100 },
  });
});

test('village cadres, other roles, other counties and strangers are refused; bad years and unknown counties are named', async () => {
  const civilAffairs = (await h.loginAs('CIVIL_AFFAIRS', PILOT.county)).token;
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025 }, civilAffairs))?.code).toBe('FORBIDDEN');
  const cadre = (await h.loginAs('VILLAGE_CADRE', A)).token;
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025 }, cadre))).toMatchInlineSnapshot(`
    {
      "code": "FORBIDDEN",
      "message": "统计看板供自治区、县（区）、乡镇和经办机构查看；本村的结算情况请在本村页面查看",
    }
  `);
  const agriculture = (await h.loginAs('COUNTY_AGRICULTURE', PILOT.county)).token;
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025, c: LINGWU.county }, agriculture))?.code).toBe('FORBIDDEN');
  const township = (await h.loginAs('TOWNSHIP_OFFICER', PILOT.township)).token;
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025, c: LINGWU.county }, township))?.code).toBe('FORBIDDEN');
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025 }))?.code).toBe('UNAUTHENTICATED');
  const admin = await h.adminToken();
  expect(errorOf(await h.gql(DASHBOARD, { y: 2025, c: '640999' }, admin))).toMatchInlineSnapshot(`
    {
      "code": "NOT_FOUND",
      "message": "没有代码为640999的县（市、区），请核对6位县级代码",
    }
  `);
  expect(errorOf(await h.gql(DASHBOARD, { y: 1999 }, admin))?.code).toBe('BAD_USER_INPUT');
});

test('another year has its own figures: in 2024 only the multi-year standard exists', async () => {
  const d = (await h.ok(DASHBOARD, { y: 2024, c: PILOT.county }, await h.adminToken())).dashboard;
  expect(d.totals).toMatchObject({
    villages: 5,
    schemes: { filed: 1, none: 4 },
    payingVillages: 1,
    rosterMembers: 0,
    settledVillages: 0,
    collectivePaid: 0,
    averagePerCovered: null,
    budget: null,
  });
});

test('a dashboard costs the same few queries for a township, a county and the region (none per village)', async () => {
  const knex = h.em().getKnex() as Knex;
  const statements = async (token: string, countyCode?: string) => {
    let n = 0;
    const count = () => n++;
    knex.on('query', count);
    try {
      await dashboardOf(token, countyCode);
    } finally {
      knex.removeListener('query', count);
    }
    return n;
  };
  const admin = await h.adminToken();
  const township = (await h.loginAs('TOWNSHIP_OFFICER', PILOT.township)).token;
  const counts = [await statements(township), await statements(admin, PILOT.county), await statements(admin)];
  expect(counts).toEqual([8, 8, 8]); // the user, the scope (or the counties) and six grouped queries
});
