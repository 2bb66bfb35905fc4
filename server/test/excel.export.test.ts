import { maskIdNumber } from '@cunce/rules';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Settlement } from '../src/modules/lifecycle/settlementRecord/settlement.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { readXlsx } from './excel.fixtures.js';
import { CONFIRM, errorOf, fileScheme, idNumber, IMPORT, member, SETTLE, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let settlementId: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await fileScheme(h, team);
  // The filed standard: 100 yuan from the 500 tier up, 30 below.
  const members = [member(1), member(3, { contribution: 200, donation: 20 }), member(5, { isCollectiveMember: false })];
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: members }, team.cadre);
  settlementId = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle.id;
});
afterAll(() => h.close());

const EXPORT = 'query ($id: ID!, $f: ExportFormat!) { settlementExport(settlementId: $id, format: $f) { fileName mimeType base64 } }';
const exported = async (format: 'XLSX' | 'CSV', token = team.cadre) =>
  (await h.ok(EXPORT, { id: settlementId, f: format }, token)).settlementExport;
const DRAFT = '草稿（未确认，不作为发放依据）';
const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '缴费档次（元）',
  '政府缴费补贴（元）',
  '集体补助（元）',
  '社会资助（元）',
  '记入个人账户（元）',
  '说明',
];
// 500 tier: subsidy 70, collective 100 → 670; 200 tier: 40 + 30 + donation 20 → 290; not a member: 500 + 70 → 570.
const MEMBER_ROWS = [
  [1, '成员1', idNumber(1), 500, 70, 100, 0, 670, ''],
  [2, '成员3', idNumber(3), 200, 40, 30, 20, 290, ''],
  [3, '成员5', idNumber(5), 500, 70, 0, 0, 570, '不是本村集体经济组织成员'],
];
const TOTALS = ['合计', '3人（享受2人）', '', 1200, 180, 130, 20, 1530, ''];
const values = (row: { values: unknown }) => (row.values as unknown[]).slice(1).map((v) => v ?? '');

describe('exporting a draft settlement', () => {
  test("marks the file name, the top of the sheet and every page's header and footer as a draft", async () => {
    const file = await exported('XLSX');
    expect(file.fileName).toBe(`花名册-通桥村-2025-${DRAFT}.xlsx`);
    const sheet = (await readXlsx(file.base64)).getWorksheet('花名册')!;
    expect(sheet.getCell('A1').value).toBe('永宁县望远镇通桥村2025年度城乡居民基本养老保险集体补助花名册');
    expect(sheet.getCell('A2').value).toBe(DRAFT);
    expect(sheet.headerFooter.oddHeader).toContain(DRAFT);
    expect(sheet.headerFooter.oddFooter).toContain(DRAFT);
    expect(sheet.headerFooter.differentFirst ?? false).toBe(false);
    expect(values(sheet.getRow(6))).toEqual(['状态', DRAFT]);
    expect(values(sheet.getRow(7))).toEqual(['确认时间', '未确认']);
  });

  test('has one row per member with whole ID numbers for the village cadre, then the totals and signature lines', async () => {
    const sheet = (await readXlsx((await exported('XLSX')).base64)).getWorksheet('花名册')!;
    expect(values(sheet.getRow(3))).toEqual(['村（社区）', `通桥村（${PILOT.village}）`]);
    expect(values(sheet.getRow(4))).toEqual(['年度', 2025]);
    expect(values(sheet.getRow(5))).toEqual(['补助标准版本', '第1版']);
    expect(values(sheet.getRow(10))).toEqual(HEADER);
    expect([11, 12, 13].map((r) => values(sheet.getRow(r)))).toEqual(MEMBER_ROWS);
    expect(values(sheet.getRow(14))).toEqual(TOTALS);
    expect(sheet.getCell('F11').numFmt).toBe('0.00');
    expect(sheet.getCell('A16').value).toBe('村民委员会（盖章）：');
    expect(sheet.getCell('A22').value).toBe('日期：');
    expect(sheet.pageSetup.printTitlesRow).toBe('10:10');
  });

  test('says it is a draft on the first and last line of the CSV and in its name', async () => {
    const file = await exported('CSV');
    expect(file.fileName).toBe(`花名册-通桥村-2025-${DRAFT}.csv`);
    const lines = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect([lines[0], lines.at(-1)]).toEqual([DRAFT, DRAFT]);
  });

  test('masks ID numbers for a reader who may not see them whole', async () => {
    const sheet = (await readXlsx((await exported('XLSX', team.township)).base64)).getWorksheet('花名册')!;
    expect(sheet.getCell('C11').value).toBe(maskIdNumber(idNumber(1)));
  });
});

describe('exporting a confirmed settlement', () => {
  test('names who confirmed and when, without any draft mark', async () => {
    const confirmed = (await h.ok(CONFIRM, { id: settlementId }, team.cadre)).confirmSettlement;
    const stored = await h.em().findOneOrFail(Settlement, { id: Number(settlementId) });
    const beijing = new Date(stored.confirmedAt!.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    const file = await exported('XLSX');
    expect(file.fileName).toBe('花名册-通桥村-2025.xlsx');
    const sheet = (await readXlsx(file.base64)).getWorksheet('花名册')!;
    expect([2, 3, 4, 5, 6, 7].map((r) => values(sheet.getRow(r)))).toEqual([
      ['村（社区）', `通桥村（${PILOT.village}）`],
      ['年度', 2025],
      ['补助标准版本', '第1版'],
      ['状态', '村集体已确认'],
      ['确认时间', beijing],
      ['确认人', confirmed.confirmedBy],
    ]);
    expect([10, 11, 12].map((r) => values(sheet.getRow(r)))).toEqual(MEMBER_ROWS);
    expect(values(sheet.getRow(13))).toEqual(TOTALS);
    expect(JSON.stringify(sheet.headerFooter)).not.toContain('草稿');
  });

  test('writes the same rows as CSV, money with two decimals', async () => {
    const file = await exported('CSV');
    expect(file.fileName).toBe('花名册-通桥村-2025.csv');
    const lines = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[8]).toBe(HEADER.join(','));
    expect(lines[9]).toBe(`1,成员1,${idNumber(1)},500.00,70.00,100.00,0.00,670.00,`);
    expect(lines[11]).toBe(`3,成员5,${idNumber(5)},500.00,70.00,0.00,0.00,570.00,不是本村集体经济组织成员`);
    expect(lines[12]).toBe('合计,3人（享受2人）,,1200.00,180.00,130.00,20.00,1530.00,');
  });

  test('refuses readers outside the village', async () => {
    const other = await h.loginAs('VILLAGE_CADRE', PILOT.neighbour);
    expect(errorOf(await h.gql(EXPORT, { id: settlementId, f: 'XLSX' }, other.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(EXPORT, { id: '99999', f: 'XLSX' }, team.cadre))?.code).toBe('NOT_FOUND');
  });
});
