/**
 * Excel, the projection and the admin screens in Chromium (永宁县 闽宁镇): 原隆村's cadre downloads the roster
 * template, sees every bad row of a wrong file by row and column, imports a good file, settles and exports the
 * 花名册 (marked as a draft), and shows a villager the projection; 闽宁镇's officer answers a filing without
 * scrolling; the administrator manages a user and a village code and reads the audit log; a county 人社 sees its
 * own users only.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '@cunce/rules';
import { flatRuleSet, makeUser, type VillageTeam } from '../support/factories.js';
import { ROSTER } from '../support/operations.js';
import { decide, filedScheme, save, schemeOf } from '../support/scheme.js';
import { useBrowser, VIEWPORT } from './support/browser.js';
import { adminClient, createPeople, PASSWORD, type People } from './support/people.js';
import { expectText, figure, login, openTab, typeNumber } from './support/ui.js';

const suite = useBrowser('admin-and-excel');
const AREA = { county: '640121', township: '640121104', village: '640121104202' } as const; // 原隆村
const ANSWERED = '640121104201'; // 玉海村: a filing for 闽宁镇's officer to answer
const YEAR = 2025;
const HEADER = ['姓名', '身份证号', '是否集体经济组织成员', '缴费档次', '缴费类型', '困难类别'];
type Row = (string | number)[];

const GOOD: Row[] = Array.from({ length: 8 }, (_, i) => [
  `马${'一二三四五六七八'[i]}`, makeIdNumber('640121', `${1966 + i * 4}-0${1 + (i % 9)}-1${i}`, String(201 + i)), '是', [200, 300, 500, 1000][i % 4]!, '当年缴费', i === 2 ? '低保对象' : '',
]);
/** Four bad cells on sheet rows 3 to 6, one good row between. */
const BAD: Row[] = [GOOD[0]!, [...GOOD[1]!.slice(0, 2), '也许', ...GOOD[1]!.slice(3)], [...GOOD[2]!.slice(0, 3), '三百', ...GOOD[2]!.slice(4)],
  [GOOD[3]![0]!, '640121199001011230', ...GOOD[3]!.slice(2)], [...GOOD[4]!.slice(0, 4), '补交', GOOD[4]![5]!]];

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(HEADER);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let people: People;
let team: VillageTeam;
const shot = (page: Page, name: string) => suite.shots.take(page, name);

beforeAll(async () => {
  people = await createPeople('excel', AREA);
  team = { village: AREA.village, ...people };
  await filedScheme(team, flatRuleSet(AREA.village, 40, YEAR));
  const other = await makeUser(people.admin, 'VILLAGE_CADRE', ANSWERED, 'excel-yuhai-cadre');
  await save(other.client, flatRuleSet(ANSWERED, 25, YEAR));
  const scheme = (await schemeOf(other.client, ANSWERED, YEAR))!;
  await decide(other.client, scheme.id);
  await other.client.ok('mutation ($id: ID!) { submitFiling(schemeId: $id) { id } }', { id: scheme.id });
});

const rosterSize = async () => (await people.cadre.client.ok(ROSTER, { village: AREA.village, year: YEAR })).village.roster.length as number;

async function openRosterFile(page: Page): Promise<void> {
  await page.goto(`/village/${AREA.village}/${YEAR}`);
  await page.getByTestId('village-header').waitFor();
  await openTab(page, '结算');
  await page.getByTestId('roster-file-open').click();
  await page.getByTestId('roster-file').waitFor();
}

async function upload(page: Page, name: string, content: Buffer): Promise<void> {
  await page.getByTestId('roster-file-input').locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
  await expectText(page.getByTestId('roster-file-name'), name);
  await page.getByTestId('roster-file-send').click();
}

describe("原隆村's cadre, from an Excel roster to the 花名册", () => {
  test('downloads the template and sees every bad row of a wrong file, by row and column, with nothing imported', async () => {
    const { page, errors } = await suite.person('cadre');
    await login(page, people.cadre.username, PASSWORD);
    await openRosterFile(page);
    const download = page.waitForEvent('download');
    await page.getByTestId('roster-template').click();
    const template = await download;
    expect(template.suggestedFilename()).toBe(`花名册模板-原隆村-${YEAR}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await streamBuffer(await template.createReadStream())) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual(expect.arrayContaining(['姓名', '身份证号', '缴费档次', '缴费类型']));

    await upload(page, '原隆村花名册.xlsx', await xlsx(BAD));
    const table = page.getByTestId('roster-file-issues');
    await expectText(table, /文件中有 4 处问题，整个文件未导入/);
    const rows = await table.locator('.el-table__body tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([['3', '是否集体经济组织成员'], ['4', '缴费档次'], ['5', '身份证号'], ['6', '缴费类型']]);
    expect(rows[0]![3]).toBe('应填“是”或“否”，现为“也许”');
    expect(rows[2]![3]).toMatch(/身份证号校验位错误/);
    expect(await rosterSize()).toBe(0);
    await shot(page, 'bad-rows');
    expect(errors).toEqual([]);
  });

  test('imports a good file, then a shorter one that replaces the roster, with the counts shown each time', async () => {
    const { page } = await suite.person('cadre-import');
    await login(page, people.cadre.username, PASSWORD);
    await openRosterFile(page);
    await upload(page, '原隆村花名册.xlsx', await xlsx(GOOD));
    await expectText(page.getByTestId('roster-file-done'), `已导入“原隆村花名册.xlsx”：新增 ${GOOD.length} 人，更新 0 人`);
    expect(await rosterSize()).toBe(GOOD.length);

    await page.getByTestId('roster-file-replace-yes').click();
    await expectText(page.getByTestId('roster-file'), /文件里没有的人员将被移除/);
    await upload(page, '原隆村花名册-更正.xlsx', await xlsx(GOOD.slice(0, 6)));
    await expectText(page.getByTestId('roster-file-done'), '已导入“原隆村花名册-更正.xlsx”：新增 0 人，更新 6 人，移除 2 人');
    expect(await rosterSize()).toBe(6);
    await shot(page, 'imported-replacing');
  });

  test('settles and exports the 花名册 as .xlsx and .csv, each marked as a draft', async () => {
    const { page } = await suite.person('cadre-export');
    await login(page, people.cadre.username, PASSWORD);
    await page.goto(`/village/${AREA.village}/${YEAR}`);
    await openTab(page, '结算');
    await page.getByTestId('settle').click();
    await expectText(page.getByTestId('settlement-status'), '草稿（未确认）');

    const xlsxFile = await exported(page, 'settlement-export-xlsx');
    expect(xlsxFile.name).toBe(`花名册-原隆村-${YEAR}-草稿（未确认，不作为发放依据）.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxFile.content as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets.flatMap((s) => s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []))).map(String);
    expect(cells.some((c) => c.includes('草稿（未确认，不作为发放依据）'))).toBe(true);
    for (const row of GOOD.slice(0, 6)) expect(cells).toContain(row[1]);
    await expectText(page.locator('.el-message--warning'), /已导出草稿/);
    await shot(page, 'exported-draft');

    const csv = await exported(page, 'settlement-export-csv');
    expect(csv.name.endsWith('.csv')).toBe(true);
    const text = csv.content.toString('utf8');
    expect(text).toContain('草稿（未确认，不作为发放依据）');
    expect(text).toContain('集体补助（元）');
  });

  test('shows a villager the projection: picked from the roster, with and without the collective subsidy, assumptions in words', async () => {
    const { page, errors } = await suite.person('cadre-projection');
    await login(page, people.cadre.username, PASSWORD);
    await page.getByTestId('nav-projection').click();
    await expectText(page.getByTestId('projection-village'), `原隆村 · ${YEAR}年度`);
    await page.getByTestId('projection-member').click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: GOOD[1]![1] as string }).click();
    await expect.poll(() => page.getByTestId('projection-birth').locator('input').inputValue()).toBe('1970-02-11');
    expect(await page.getByTestId('projection-collective').locator('input').inputValue()).toBe('40.00');
    const summary = page.getByTestId('projection-summary');
    await expectText(summary, /2030年（60周岁）个人账户/);
    const monthly = async (key: string) => figure(await page.getByTestId(`projection-${key}`).getByTestId('monthly').innerText());
    await expect.poll(() => monthly('with')).toBeGreaterThan(0);
    const before = await monthly('with');
    expect(before).toBeGreaterThan(await monthly('without'));
    await expectText(page.getByTestId('projection-words'), /集体补助 40 元（同本年度）[\s\S]*记账利率：每年 2\.62%/);
    await page.getByTestId('projection-chart').locator('canvas').waitFor();
    await shot(page, 'projection');

    await typeNumber(page.getByTestId('assume-collective'), 100);
    await expectText(page.getByTestId('projection-words'), /集体补助 100 元（已修改）/);
    await expect.poll(() => monthly('with')).toBeGreaterThan(before);
    await shot(page, 'projection-changed-assumption');
    expect(errors).toEqual([]);
  });
});

test("闽宁镇's officer sees 签收 and 退回 without scrolling at 1366×768", async () => {
  const { page } = await suite.person('township');
  await login(page, people.township.username, PASSWORD);
  await page.goto(`/village/${ANSWERED}/${YEAR}`);
  await openTab(page, '决议与备案');
  for (const id of ['acknowledge', 'return']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height - 16);
  }
  await shot(page, 'officer-buttons');
});

describe('the administrator', () => {
  test('creates a cadre with role and area, disables the account, and cannot log in with it', async () => {
    const { page, errors } = await suite.person('admin-users');
    await login(page, 'admin', (await import('vitest')).inject('adminPassword'));
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create-open').click();
    await page.getByTestId('user-create-name').fill('excel-new-cadre');
    await page.getByTestId('user-create-password').fill('new-password-1');
    await page.getByTestId('user-create-area').click();
    await page.keyboard.type('原隆');
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: AREA.village }).click();
    await page.getByTestId('user-create-submit').click();
    await expectText(page.getByTestId('user-status-excel-new-cadre'), '正常');
    await expectText(page.getByTestId('users-table').locator('tr').filter({ hasText: 'excel-new-cadre' }), /村干部[\s\S]*永宁县 闽宁镇 原隆村/);
    await page.getByTestId('user-disable-excel-new-cadre').click();
    await expectText(page.getByTestId('user-status-excel-new-cadre'), '已停用');
    await shot(page, 'users');
    const refused = await (await adminClient()).login('excel-new-cadre', 'new-password-1').then(() => 'logged in', (e: Error) => e.message);
    expect(refused).not.toBe('logged in');
    expect(errors).toEqual([]);
  });

  test('adds a village with a provisional code, corrects it, and reads the change in the audit log', async () => {
    const { page, errors } = await suite.person('admin-divisions');
    await login(page, 'admin', (await import('vitest')).inject('adminPassword'));
    await page.getByTestId('nav-divisions').click();
    await page.getByTestId('divisions-search').fill('闽宁镇');
    await page.getByTestId(`village-add-${AREA.township}`).click();
    await page.getByTestId('village-add-name').fill('新庄村');
    await page.getByTestId('village-add-code').fill('640121104291');
    await page.getByTestId('village-add-provisional').click();
    await page.getByTestId('village-add-submit').click();
    await expectText(page.getByTestId('division-640121104291'), '新庄村');

    await page.getByTestId('village-correct-640121104291').click();
    const prompt = page.locator('.el-message-box');
    await prompt.locator('input').fill('640121104292');
    await prompt.getByRole('button', { name: '更正' }).click();
    await expectText(page.getByTestId('former-640121104292'), '640121104291');
    await shot(page, 'divisions');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-village').click();
    await page.keyboard.type('新庄');
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '640121104292' }).click();
    const table = page.getByTestId('audit-table');
    await expectText(table.getByTestId('audit-action').first(), '更正村代码');
    await table.locator('.el-table__expand-icon').first().click();
    await expectText(table.locator('[data-test^="audit-diff-"]').first(), /代码\s*640121104291\s*640121104292/);
    await shot(page, 'audit-log');
    expect(errors).toEqual([]);
  });
});

test("a county 人社 manages its county's users only and is not offered the administrator's pages", async () => {
  const { page, errors } = await suite.person('hrss');
  await login(page, people.hrss.username, PASSWORD);
  await page.getByTestId('nav-users').waitFor();
  expect(await page.getByTestId('nav-policy-years').count()).toBe(0);
  expect(await page.getByTestId('nav-divisions').count()).toBe(0);
  await page.getByTestId('nav-users').click();
  await expectText(page.getByTestId('users-table'), new RegExp(people.cadre.username));
  const areas = await page.getByTestId('users-table').locator('.el-table__body tr td:nth-child(3)').allInnerTexts();
  expect(areas.length).toBeGreaterThan(0);
  expect(areas.every((a) => a.startsWith('永宁县'))).toBe(true);
  expect(await page.getByTestId(`user-${people.agency.username}`).count()).toBe(0);
  await shot(page, 'county-users');
  await page.goto('/admin/policy-years');
  await page.getByTestId('forbidden').waitFor();
  expect(errors).toEqual([]);
});

async function exported(page: Page, item: string): Promise<{ name: string; content: Buffer }> {
  await page.getByTestId('settlement-export-open').click();
  const download = page.waitForEvent('download');
  await page.getByTestId(item).click();
  const file = await download;
  return { name: file.suggestedFilename(), content: await streamBuffer(await file.createReadStream()) };
}

async function streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

