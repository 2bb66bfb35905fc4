/**
 * reformSimulation over a seeded database (issue 15): three villages with filed standards and stored rosters, a
 * draft 2026 that removes the 500 and 3000 tiers (the cap falls to 2500, a new 2500 tier pays 260), raises the 200
 * tier's subsidy from 40 to 45. Every figure below is worked out by hand (yuan).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inert } from '../src/modules/reporting/reform/reform.sheet.js';
import { REGION_REFORM_POINTS } from '../src/modules/reporting/reform/reform.resolver.js';
import { draftPolicy } from '../src/modules/reporting/reform/reform.draft.js';
import { closeReformPool } from '../src/modules/reporting/reform/reform.pool.js';
import { reformSimulation } from '../src/modules/reporting/reform/reform.service.js';
import { loadPolicySource } from '../src/modules/reference/policy/policy.source.js';
import { PolicyYearInput } from '../src/modules/reference/policy/policy.types.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { errorOf, fileScheme, IMPORT, idNumber, member, ruleSet, villageTeam } from './scheme.fixtures.js';
import { IMPORT_PRACTICE } from './roster.fixtures.js';

const A = PILOT.village; // 通桥村: person cap 2800 (above the new cap), a 500 threshold
const B = PILOT.neighbour; // 政权村: 2800 for 1000 and up, cut at the new cap
const C = PILOT.elsewhere.village; // 上桥村 (灵武市): 150 from age 60, budget 150 (REJECT)
const ge = (fact: string, value: number) => ({ all: [{ fact, operator: 'greaterThanInclusive', value }] });
const rule = (id: string, when: unknown, fixed: number) => ({ id, label: id, when, amount: { fixed } });
const section = (...rules: unknown[]) => [{ key: 'tier', label: '档次补助', hitPolicy: 'FIRST', rules }];

export const DRAFT = {
  year: 2026,
  tiers: [
    { amount: 100, governmentSubsidy: 30, hardshipOnly: true },
    { amount: 200, governmentSubsidy: 45 },
    { amount: 300, governmentSubsidy: 50 },
    { amount: 1000, governmentSubsidy: 120 },
    { amount: 2000, governmentSubsidy: 200 },
    { amount: 2500, governmentSubsidy: 260 },
  ],
  hardshipTierCategories: ['MINIMUM_LIVING'],
  backPayEarnsSubsidy: false,
};
const FIGURES = 'members paid contribution collective donation governmentSubsidy accountCredit';
const ROW = `level code name parentCode villages withStandard movedMembers invalidVillages overBudgetVillages before { ${FIGURES} } after { ${FIGURES} }`;
const REFORM = `query ($d: PolicyYearInput!, $b: Int!, $c: String) { reformSimulation(draft: $d, baseYear: $b, countyCode: $c) {
  baseYear draftYear scopeName countyCode total { ${ROW} } rows { ${ROW} }
  issues { villageCode code severity path ruleId message } budgets { villageCode budget overBudget before { wanted exceeded prorateFactor } after { wanted exceeded prorateFactor } }
  moves { from to members } accountCreditChanges { from to members } collectiveChanges { from to members } } }`;

const figures = (
  members: number,
  paid: number,
  contribution: number,
  collective: number,
  donation: number,
  governmentSubsidy: number,
  accountCredit: number,
) => ({
  members,
  paid,
  contribution,
  collective,
  donation,
  governmentSubsidy,
  accountCredit,
});

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  const admin = await h.adminToken();
  const seed = async (village: string, team: Awaited<ReturnType<typeof villageTeam>>, doc: Record<string, unknown>, members: unknown[]) => {
    await fileScheme(h, team, ruleSet({ village, ...doc }));
    await h.ok(IMPORT, { v: village, y: 2025, m: members }, admin);
  };
  // A: 500 → 300 (30 instead of 100; 50 subsidy): 670 → 380. 3000 with a 500 donation → 2500: 3920 → 3360. 200: 270 → 275.
  await seed(A, await villageTeam(h), { personCap: 2800 }, [
    member(1),
    member(3, { contribution: 3000, donation: 500 }),
    member(5, { contribution: 200 }),
  ]);
  // B: 1000 gets 2800, cut to 2500 by the new cap: 3920 → 3620. 200 gets 100: 340 → 345.
  await seed(
    B,
    await villageTeam(h, B),
    { sections: section(rule('r1000', ge('contribution', 1000), 2800), rule('r100', ge('contribution', 100), 100)) },
    [member(7, { contribution: 1000 }), member(9, { contribution: 200 })],
  );
  // C: born 1966-06-01, 59 at the end of 2025 (50) and 60 at the end of 2026 (150): 100 → 200 over a budget of 150.
  const c = await villageTeam(h, C, PILOT.elsewhere.township, PILOT.elsewhere.county);
  await seed(C, c, { budget: 150, sections: section(rule('a60', ge('age', 60), 150), rule('r100', ge('contribution', 100), 50)) }, [
    member(11, { idNumber: idNumber(11, '19660601'), contribution: 200 }),
    member(13, { contribution: 200 }),
  ]);
}, 300_000);
afterAll(() => h.close());

test('evaluates every village under the base year and the draft, with the carry-over rules', async () => {
  const r = (await h.ok(REFORM, { d: DRAFT, b: 2025 }, await h.adminToken())).reformSimulation;
  expect(r).toMatchObject({ baseYear: 2025, draftYear: 2026, scopeName: '宁夏回族自治区', countyCode: null });
  const row = (code: string) => r.rows.find((x: { code: string }) => x.code === code);
  expect(row(A)).toMatchObject({ level: 'VILLAGE', parentCode: PILOT.township, movedMembers: 2, invalidVillages: 1 });
  expect(row(A).before).toEqual(figures(3, 3, 3700, 230, 500, 430, 4860));
  expect(row(A).after).toEqual(figures(3, 3, 3000, 160, 500, 355, 4015));
  expect(row(B).before).toEqual(figures(2, 2, 1200, 2900, 0, 160, 4260));
  expect(row(B).after).toEqual(figures(2, 2, 1200, 2600, 0, 165, 3965));
  expect(row(C)).toMatchObject({
    overBudgetVillages: 1,
    before: figures(2, 2, 400, 100, 0, 80, 580),
    after: figures(2, 2, 400, 200, 0, 90, 690),
  });
  expect(row(PILOT.county)).toMatchObject({ level: 'COUNTY', withStandard: 2, before: figures(5, 5, 4900, 3130, 500, 590, 9120) });
  expect(row(PILOT.township).after).toEqual(figures(5, 5, 4200, 2760, 500, 520, 7980));
  expect(r.total).toMatchObject({ level: 'REGION', withStandard: 3, movedMembers: 2, invalidVillages: 1, overBudgetVillages: 1 });
  expect(r.total.before).toEqual(figures(7, 7, 5300, 3230, 500, 670, 9700));
  expect(r.total.after).toEqual(figures(7, 7, 4600, 2960, 500, 610, 8670));
  expect(r.moves).toEqual([
    { from: 500, to: 300, members: 1 },
    { from: 3000, to: 2500, members: 1 },
  ]);
  // account credit: −290 (A 500), −560 (A 3000), +5 (the 200 subsidy: A, B, C), −300 (B 1000), +105 (C 1966: +5 and +100)
  expect(r.accountCreditChanges).toEqual([-560, -300, -290, 5, 105].map((x) => ({ from: x, to: x, members: x === 5 ? 3 : 1 })));
});

test('lists the standards the draft makes invalid with the rule and the reason, and the budgets exceeded', async () => {
  const r = (await h.ok(REFORM, { d: DRAFT, b: 2025 }, await h.adminToken())).reformSimulation;
  expect(r.issues.map((i: Record<string, unknown>) => [i.villageCode, i.code, i.severity, i.path, i.ruleId])).toEqual([
    [A, 'CAP_ABOVE_REGION_MAX', 'ERROR', '/personCap', null],
    [A, 'TIER_REMOVED', 'WARNING', '/sections/0/rules/0/when', 't500'],
    [B, 'ABOVE_REGION_MAX', 'WARNING', '/sections/0/rules/0', 'r1000'],
  ]);
  expect(r.issues[0].message).toContain('2500');
  expect(r.budgets).toEqual([
    {
      villageCode: C,
      budget: 150,
      overBudget: 'REJECT',
      before: { wanted: 100, exceeded: false, prorateFactor: null },
      after: { wanted: 200, exceeded: true, prorateFactor: null },
    },
  ]);
});

test('a county department sees its own county only, and the run is audited', async () => {
  const hrss = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const r = (await h.ok(REFORM, { d: DRAFT, b: 2025 }, hrss.token)).reformSimulation;
  expect(r).toMatchObject({ countyCode: PILOT.county, total: { level: 'COUNTY', villages: expect.any(Number) } });
  expect(r.total.before.members).toBe(5);
  expect(r.rows.every((x: { code: string }) => x.code.startsWith(PILOT.county))).toBe(true);
  const other = await h.gql(REFORM, { d: DRAFT, b: 2025, c: PILOT.elsewhere.county }, hrss.token);
  expect(errorOf(other)?.code).toBe('FORBIDDEN');
  const township = await h.loginAs('TOWNSHIP_OFFICER', PILOT.township);
  expect(errorOf(await h.gql(REFORM, { d: DRAFT, b: 2025 }, township.token))?.code).toBe('FORBIDDEN');
  const entries = await h
    .em()
    .getConnection()
    .execute(`select action, after from audit_entry where action = 'REFORM_SIMULATION' and user_id = ?`, [hrss.user.id]);
  expect(entries).toHaveLength(1);
  expect(JSON.parse(entries[0].after)).toMatchObject({ baseYear: 2025, countyCode: PILOT.county, draft: { year: 2026 } });
});

test('refuses a bad draft naming the field, and stores nothing', async () => {
  const admin = await h.adminToken();
  const before = await h.em().getConnection().execute(`select count(*) as n from audit_entry`);
  const twice = { ...DRAFT, tiers: [...DRAFT.tiers, { amount: 300, governmentSubsidy: 50 }] };
  expect(errorOf(await h.gql(REFORM, { d: twice, b: 2025 }, admin))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringContaining('draft.tiers'),
  });
  expect(errorOf(await h.gql(REFORM, { d: { ...DRAFT, year: 2024 }, b: 2025 }, admin))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringContaining('draft.year'),
  });
  expect(errorOf(await h.gql(REFORM, { d: DRAFT, b: 2019 }, admin))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringContaining('baseYear'),
  });
  expect(await h.em().getConnection().execute(`select count(*) as n from audit_entry`)).toEqual(before);
});

test('exports the table, the issues and the budgets to .xlsx with text made inert', async () => {
  const EXPORT = `query ($d: PolicyYearInput!, $b: Int!) { reformSimulationExport(draft: $d, baseYear: $b) { fileName mimeType base64 } }`;
  const file = (await h.ok(EXPORT, { d: DRAFT, b: 2025 }, await h.adminToken())).reformSimulationExport;
  expect(file.fileName).toBe('政策测算-宁夏回族自治区-2026对比2025.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const table = workbook.getWorksheet('测算')!;
  const rowOf = (code: string) => table.getRows(1, table.rowCount)!.find((r) => r.getCell(2).value === code)!;
  // A: collective 230 → 160 (change −70), account credit 4860 → 4015
  expect([10, 11, 12].map((c) => rowOf(A).getCell(c).value)).toEqual([230, 160, -70]);
  expect([19, 20, 21].map((c) => rowOf(A).getCell(c).value)).toEqual([4860, 4015, -845]);
  const issues = workbook.getWorksheet('标准问题')!;
  expect(issues.getRow(3).getCell(5).value).toBe('无效');
  expect(workbook.getWorksheet('预算')!.getRow(3).getCell(9).value).toBe('超出预算，结算不能确认');
});

test('text cells that a spreadsheet would read as formulas get a leading quote', () => {
  expect(inert('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
  expect(inert('+1')).toBe(`'+1`);
  expect(inert('-5')).toBe('-5');
  expect(inert('通桥村')).toBe('通桥村');
});

test('the worker threads give what the main thread gives', async () => {
  const em = h.em();
  const stored = await loadPolicySource(em);
  const draft = draftPolicy(Object.assign(new PolicyYearInput(), DRAFT), 2025, stored);
  const scope = { countyCode: null, name: '宁夏回族自治区' };
  const inline = await reformSimulation(em, scope, 2025, draft, stored, { parallelFrom: Infinity });
  const threads = await reformSimulation(em, scope, 2025, draft, stored, { parallelFrom: 1 });
  await closeReformPool();
  expect(threads).toEqual(inline);
  expect(threads.total.before.members).toBe(7);
});

test('the cost model weighs a region simulation as half the budget: one an operation, not two', async () => {
  const admin = await h.adminToken();
  const one = `query ($d: PolicyYearInput!) { reformSimulation(draft: $d, baseYear: 2025) { total { villages } rows { code before { collective } after { collective } } } }`;
  const first = await h.gql(one, { d: DRAFT }, admin);
  expect((first.extensions as { cost: { requested: number } } | undefined)?.cost.requested).toBeGreaterThan(REGION_REFORM_POINTS);
  const two = `query ($d: PolicyYearInput!) { a: reformSimulation(draft: $d, baseYear: 2025) { total { villages } rows { code before { collective } after { collective } } }
    b: reformSimulation(draft: $d, baseYear: 2025) { total { villages } rows { code before { collective } after { collective } } } }`;
  expect(errorOf(await h.gql(two, { d: DRAFT }, admin))?.code).toBe('BAD_USER_INPUT');
});

test('practice rows (演示数据) are left out: a village with only the sample counts no members, in both ways of running', async () => {
  const D = '640121102001'; // 富原社区, same county: a filed standard and only the practice sample
  await fileScheme(h, await villageTeam(h, D), ruleSet({ village: D }));
  await h.ok(IMPORT_PRACTICE, { v: D, y: 2025, m: [member(41), member(43, { contribution: 1000 })], p: true }, await h.adminToken());
  const em = h.em();
  const stored = await loadPolicySource(em);
  const draft = draftPolicy(Object.assign(new PolicyYearInput(), DRAFT), 2025, stored);
  const scope = { countyCode: PILOT.county, name: '永宁县' };
  for (const parallelFrom of [Infinity, 1]) {
    const r = await reformSimulation(em, scope, 2025, draft, stored, { parallelFrom });
    expect(r.rows.find((x) => x.code === D)?.before.members).toBe(0);
    expect(r.total.before.members).toBe(5);
  }
  await closeReformPool();
});
