/**
 * Excel, the projection and the admin screens in Chromium (永宁县 闽宁镇): 原隆村's cadre downloads the roster
 * template, fills it in, sees every bad row of a wrong file by row and column, fixes the file and imports it,
 * previews, settles, exports the 花名册 as a marked draft, confirms and exports the final one (read back cell by
 * cell), and shows a villager the projection; 闽宁镇's officer answers a filing without scrolling; the
 * administrator manages users, edits a policy year (the confirmed year frozen), adds a village and corrects its
 * code, and reads the audit log; a county 人社 sees its own users only.
 */
import { beforeAll, describe, expect, inject, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '@cunce/rules';
import { flatRuleSet, makeUser, type VillageTeam } from '../support/factories.js';
import { ROSTER } from '../support/operations.js';
import { decide, filedScheme, save, schemeOf } from '../support/scheme.js';
import { UI_TIMEOUT, useBrowser, VIEWPORT } from './support/browser.js';
import { downloadOf, fillTemplate, loadWorkbook, sheetRows, type RosterRow } from './support/excel.js';
import { adminClient, createPeople, PASSWORD, type People } from './support/people.js';
import { answerAskOnceMore, expectText, fieldError, figure, login, openTab, typeDate, typeNumber } from './support/ui.js';

const suite = useBrowser('admin-and-excel');
const AREA = { county: '640121', township: '640121104', village: '640121104202' } as const; // 原隆村
const ANSWERED = '640121104201'; // 玉海村: a filing for 闽宁镇's officer to answer
const YEAR = 2025;
const DRAFT = '草稿（未确认，不作为发放依据）';

const GOOD: RosterRow[] = Array.from({ length: 8 }, (_, i) => ({
  姓名: `马${'一二三四五六七八'[i]}`,
  身份证号: makeIdNumber('640121', `${1966 + i * 4}-0${1 + (i % 9)}-1${i}`, String(201 + i)),
  是否集体经济组织成员: '是',
  缴费档次: [200, 300, 500, 1000][i % 4]!,
  缴费类型: '当年缴费',
  ...(i === 2 ? { 困难类别: '低保对象' } : {}),
}));
/** Four bad cells on sheet rows 3 to 6, one good row (row 2) before them. */
const BAD: RosterRow[] = [
  GOOD[0]!,
  { ...GOOD[1]!, 是否集体经济组织成员: '也许' },
  { ...GOOD[2]!, 缴费档次: '三百' },
  { ...GOOD[3]!, 身份证号: '640121199001011230' },
  { ...GOOD[4]!, 缴费类型: '补交' },
];

/** The rows as Excel saves “CSV UTF-8”: a byte-order mark, the headers, one line a person. */
function csv(rows: RosterRow[]): Buffer {
  const headers = Object.keys(GOOD[2]!);
  return Buffer.from(
    `\uFEFF${[headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))].map((line) => line.join(',')).join('\r\n')}\r\n`,
    'utf8',
  );
}

let people: People;
let team: VillageTeam;
/** The template as downloaded by the cadre, filled in by each test. */
let template: Buffer;
const shot = (page: Page, name: string) => suite.shots.take(page, name);
/** A window for this test alone, closed after it (a failing test's screenshot shows only its own page). */
async function person(name: string) {
  const p = await suite.person(name);
  onTestFinished(() => p.context.close());
  return p;
}

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

const rosterSize = async () =>
  (await people.cadre.client.ok(ROSTER, { village: AREA.village, year: YEAR })).village.roster.length as number;

async function openVillageTab(page: Page, tab: '补助标准' | '花名册' | '结算'): Promise<void> {
  await page.goto(`/village/${AREA.village}/${YEAR}`);
  await page.getByTestId('village-header').waitFor();
  await openTab(page, tab);
}

async function openRosterFile(page: Page): Promise<void> {
  await openVillageTab(page, '花名册');
  await page.getByTestId('roster-file-open').click();
  await page.getByTestId('roster-file').waitFor();
}

async function upload(page: Page, name: string, content: Buffer): Promise<void> {
  await page
    .getByTestId('roster-file-input')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
  await expectText(page.getByTestId('roster-file-name'), name);
  await page.getByTestId('roster-file-send').click();
}

const exported = (page: Page, item: string) =>
  downloadOf(page, async () => {
    await page.getByTestId('settlement-export-open').click();
    await page.getByTestId(item).click();
  });

describe("原隆村's cadre, from an Excel roster to the 花名册", () => {
  test('downloads the template, fills it in, sees every bad row by row and column with nothing imported, fixes them and imports', async () => {
    const { page, errors } = await person('cadre');
    await login(page, people.cadre.username, PASSWORD);
    await openRosterFile(page);
    const file = await downloadOf(page, () => page.getByTestId('roster-template').click());
    expect(file.name).toBe(`花名册模板-原隆村-${YEAR}.xlsx`);
    template = file.content;
    const workbook = await loadWorkbook(template);
    expect(sheetRows(workbook.worksheets[0]!)[0]!.slice(0, 6)).toEqual([
      '姓名',
      '身份证号',
      '是否集体经济组织成员',
      '缴费档次',
      '缴费类型',
      '困难类别',
    ]);
    expect(sheetRows(workbook.getWorksheet('填写说明')!)).toContainEqual(['村（社区）', `原隆村（${AREA.village}）`]);

    await upload(page, '原隆村花名册.xlsx', await fillTemplate(template, BAD));
    const table = page.getByTestId('roster-file-issues');
    await expectText(table, /文件中有 4 处问题，整个文件未导入/);
    const rows = await table
      .locator('.el-table__body tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['3', '是否集体经济组织成员'],
      ['4', '缴费档次'],
      ['5', '身份证号'],
      ['6', '缴费类型'],
    ]);
    expect(rows[0]![3]).toBe('应填“是”或“否”，现为“也许”');
    expect(rows[2]![3]).toMatch(/身份证号校验位错误/);
    expect(await rosterSize()).toBe(0);
    await shot(page, 'bad-rows');

    await upload(page, '原隆村花名册（已改正）.xlsx', await fillTemplate(template, GOOD));
    await expectText(page.getByTestId('roster-file-done'), `已导入“原隆村花名册（已改正）.xlsx”：新增 ${GOOD.length} 人，更新 0 人`);
    await page.getByTestId('roster-file-issues').waitFor({ state: 'detached' });
    expect(await rosterSize()).toBe(GOOD.length);
    await shot(page, 'fixed-and-imported');
    expect(errors).toEqual([]);
  });

  test('imports a shorter CSV file that replaces the roster: the same people updated, never duplicated', async () => {
    const { page } = await person('cadre-import');
    await login(page, people.cadre.username, PASSWORD);
    await openRosterFile(page);
    await page.getByTestId('roster-file-replace-yes').click();
    await expectText(page.getByTestId('roster-file'), /文件里没有的人员将被移除/);
    await upload(page, '原隆村花名册-更正.csv', csv(GOOD.slice(0, 6)));
    const confirm = page.locator('.el-message-box');
    await expectText(confirm, /以“原隆村花名册-更正\.csv”为准：本年度花名册中、文件里没有的人员将被移除/);
    await shot(page, 'replace-confirm');
    await confirm.getByRole('button', { name: '导入并移除' }).click();
    await expectText(page.getByTestId('roster-file-done'), '已导入“原隆村花名册-更正.csv”：新增 0 人，更新 6 人，移除 2 人');
    expect(await rosterSize()).toBe(6);
    await shot(page, 'imported-replacing');
  });

  test('previews the filed standard over the imported roster', async () => {
    const { page, errors } = await person('cadre-preview');
    await login(page, people.cadre.username, PASSWORD);
    await openVillageTab(page, '补助标准');
    const preview = page.getByTestId('preview');
    await expectText(preview.getByTestId('preview-source-roster'), '本村花名册（6人）');
    await expectText(preview.getByTestId('total-members'), '6');
    await expectText(preview.getByTestId('total-collective'), '240');
    await shot(page, 'preview');
    expect(errors).toEqual([]);
  });

  test('settles, exports a draft marked as such, confirms, and exports the final 花名册 as .xlsx and .csv', async () => {
    const { page, errors } = await person('cadre-export');
    await login(page, people.cadre.username, PASSWORD);
    await openVillageTab(page, '结算');
    await page.getByTestId('settle').click();
    await expectText(page.getByTestId('settlement-status'), '草稿');

    const draft = await exported(page, 'settlement-export-xlsx');
    expect(draft.name).toBe(`花名册-原隆村-${YEAR}-${DRAFT}.xlsx`);
    const draftSheet = (await loadWorkbook(draft.content)).worksheets[0]!;
    expect(sheetRows(draftSheet)[1]).toEqual([DRAFT]);
    expect(draftSheet.headerFooter.oddHeader).toContain(DRAFT); // on every printed page
    expect(draftSheet.headerFooter.oddFooter).toContain(DRAFT);
    await expectText(page.locator('.el-message--warning'), /已导出草稿/);
    await shot(page, 'exported-draft');
    const draftCsv = await exported(page, 'settlement-export-csv');
    expect(draftCsv.content.toString('utf8')).toContain(DRAFT);

    await page.getByTestId('confirm-settlement').click();
    await answerAskOnceMore(page, /动用村集体资金/);
    await expectText(page.getByTestId('settlement-status'), '村集体已确认');
    const final = await exported(page, 'settlement-export-xlsx');
    expect(final.name).toBe(`花名册-原隆村-${YEAR}.xlsx`);
    const sheet = (await loadWorkbook(final.content)).worksheets[0]!;
    const rows = sheetRows(sheet);
    expect(rows.flat().some((c) => c.includes('草稿'))).toBe(false);
    expect(sheet.headerFooter.oddHeader).not.toContain('草稿');
    expect(rows[0]![0]).toBe(`永宁县闽宁镇原隆村${YEAR}年度城乡居民基本养老保险集体补助花名册`);
    expect(rows).toContainEqual(['状态', '村集体已确认']);
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows[header]).toEqual([
      '序号',
      '姓名',
      '身份证号',
      '缴费档次（元）',
      '政府缴费补贴（元）',
      '集体补助（元）',
      '社会资助（元）',
      '记入个人账户（元）',
      '说明',
    ]);
    const people6 = rows.slice(header + 1, header + 7);
    expect(people6.map((r) => [r[1], r[2], Number(r[3]), Number(r[5])])).toEqual(
      GOOD.slice(0, 6).map((g) => [g.姓名, g.身份证号, g.缴费档次, 40]),
    );
    expect(rows[header + 7]!.slice(0, 2)).toEqual(['合计', '6人（享受6人）']);
    expect(Number(rows[header + 7]![5])).toBe(240);
    expect(rows.flat()).toContain('村民委员会（盖章）：');
    await shot(page, 'confirmed-exported');

    const csv = await exported(page, 'settlement-export-csv');
    expect(csv.name).toBe(`花名册-原隆村-${YEAR}.csv`);
    const text = csv.content.toString('utf8');
    expect(text).not.toContain('草稿');
    for (const g of GOOD.slice(0, 6)) expect(text).toContain(String(g.身份证号));
    expect(errors).toEqual([]);
  });

  test('shows a villager the projection: picked from the roster, with and without the collective subsidy, assumptions in words', async () => {
    const { page, errors } = await person('cadre-projection');
    await login(page, people.cadre.username, PASSWORD);
    await page.getByTestId('nav-projection').click();
    await expectText(page.getByTestId('projection-village'), `原隆村 · ${YEAR}年度`);
    await page.getByTestId('projection-member').click();
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: GOOD[1]!.身份证号 as string })
      .click();
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
    await page.getByTestId('assume-reset').click();
    await expectText(page.getByTestId('projection-words'), /集体补助 40 元（同本年度）/);
    await expect.poll(() => monthly('with')).toBe(before);
    await page.getByTestId('assume-reset').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

test("闽宁镇's officer sees 签收 and 退回 without scrolling at 1366×768", async () => {
  const { page } = await person('township');
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
  test('creates a cadre and a county 民政 officer with role and area, disables the cadre, who then cannot log in', async () => {
    const { page, errors } = await person('admin-users');
    await login(page, 'admin', inject('adminPassword'));
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-create-open').click();
    const dialog = page.getByTestId('user-create');
    await dialog.getByTestId('user-create-name').waitFor();
    expect(await dialog.locator('.el-form-item.is-error').count()).toBe(0); // nothing red before anything is typed
    await page.getByTestId('user-create-submit').click();
    await expectText(fieldError(dialog, 'username'), '请填写用户名（至少2个字符）');
    await page.getByTestId('user-create-name').fill('excel-new-cadre');
    await page.getByTestId('user-create-password').fill('short');
    await page.getByTestId('user-create-submit').click();
    await expectText(fieldError(dialog, 'password'), '初始密码至少10位');
    expect(await dialog.locator('[data-field="username"].is-error').count()).toBe(0);
    await shot(page, 'user-create-invalid');
    await page.getByTestId('user-create-password').fill('new-password-1');
    await page.getByTestId('user-create-area').click();
    await page.keyboard.type('原隆');
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: AREA.village }).click();
    await page.getByTestId('user-create-submit').click();
    await expectText(page.getByTestId('user-status-excel-new-cadre'), '正常');
    await expectText(
      page.getByTestId('users-table').locator('tr').filter({ hasText: 'excel-new-cadre' }),
      /村干部[\s\S]*永宁县 闽宁镇 原隆村/,
    );
    await page.getByTestId('user-create-open').click();
    await page.getByTestId('user-create-name').fill('excel-civil');
    await page.getByTestId('user-create-password').fill('new-password-2');
    await page.getByTestId('user-create-role').click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '民政' }).click();
    await page.getByTestId('user-create-area').click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: AREA.county }).click();
    await page.getByTestId('user-create-submit').click();
    await expectText(page.getByTestId('users-table').locator('tr').filter({ hasText: 'excel-civil' }), /县（区）民政部门[\s\S]*永宁县/);
    await page.getByTestId('user-disable-excel-new-cadre').click();
    await expectText(page.getByTestId('user-status-excel-new-cadre'), '已停用');
    await shot(page, 'users');
    const refused = await (await adminClient()).login('excel-new-cadre', 'new-password-1').then(
      () => 'logged in',
      (e: Error) => e.message,
    );
    expect(refused).not.toBe('logged in');
    expect(errors).toEqual([]);
  });

  test('sees a year with a confirmed settlement frozen, edits the next year, and reads the change in the region log', async () => {
    const { page, errors } = await person('admin-policy');
    await login(page, 'admin', inject('adminPassword'));
    await page.getByTestId('nav-policy-years').click();
    await page.getByTestId(`policy-year-${YEAR}`).click();
    await expectText(page.getByTestId('policy-frozen'), `${YEAR}年度已有村确认了结算，政策参数已冻结，只能查看。`);
    expect(await page.getByTestId('policy-amount-0').locator('input').isDisabled()).toBe(true);
    expect(await page.getByTestId('policy-save').count()).toBe(0);
    await shot(page, 'policy-frozen');

    await page.getByTestId(`policy-year-${YEAR + 1}`).click();
    await typeNumber(page.getByTestId('policy-subsidy-0'), 45);
    await page.getByTestId('policy-save').click();
    await expectText(page.locator('.el-message--success'), `已保存${YEAR + 1}年度政策参数`);
    const { policyYears } = await people.admin.ok('{ policyYears { year tiers { amount governmentSubsidy } } }');
    expect(policyYears.find((p: { year: number }) => p.year === YEAR + 1).tiers[0].governmentSubsidy).toBe(45);
    await shot(page, 'policy-edited');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-village').click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '全区' }).click();
    const table = page.getByTestId('audit-table');
    await expectText(table.getByTestId('audit-action').first(), '修改年度政策参数');
    await table.locator('.el-table__expand-icon').first().click();
    await expectText(table.locator('[data-test^="audit-diff-"]').first(), /缴费档次 › \d+元档 › 政府补贴\s+30\s+45/);
    await shot(page, 'audit-region');
    expect(errors).toEqual([]);
  });

  test('adds the next policy year, and the year pickers offer it at once', async () => {
    const { page, errors } = await person('admin-new-year');
    await login(page, 'admin', inject('adminPassword'));
    await page.getByTestId('nav-policy-years').click();
    const next = Math.max(...(await people.admin.ok('{ policyYears { year } }')).policyYears.map((p: { year: number }) => p.year)) + 1;
    await page.getByTestId('policy-year-add').click();
    await page.getByTestId('policy-save').click();
    await expectText(page.locator('.el-message--success'), `已保存${next}年度政策参数`);
    await page.getByTestId('nav-area').click();
    await page.getByTestId('year-select').click();
    await expectText(page.locator('.el-select-dropdown__item:visible').last(), `${next}年`);
    expect(errors).toEqual([]);
  });

  test('adds a village with a provisional code, corrects it, and reads the change in the audit log', async () => {
    const { page, errors } = await person('admin-divisions');
    await login(page, 'admin', inject('adminPassword'));
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
  const { page, errors } = await person('hrss');
  await login(page, people.hrss.username, PASSWORD);
  await page.getByTestId('nav-users').waitFor();
  expect(await page.getByTestId('nav-policy-years').count()).toBe(0);
  expect(await page.getByTestId('nav-divisions').count()).toBe(0);
  await page.getByTestId('nav-users').click();
  await expectText(page.getByTestId('users-table'), new RegExp(people.cadre.username));
  // Columns: 用户名, 姓名 / 联系电话, 角色, 区域, …
  // The area names come with the divisions, read beside the users: waited for, not read at the first row.
  const areas = page.getByTestId('users-table').locator('.el-table__body tr td:nth-child(4)');
  await expect
    .poll(
      async () => {
        const texts = await areas.allInnerTexts();
        return texts.length > 0 && texts.every((a) => a.startsWith('永宁县'));
      },
      { timeout: UI_TIMEOUT },
    )
    .toBe(true);
  expect(await page.getByTestId(`user-${people.agency.username}`).count()).toBe(0);
  await shot(page, 'county-users');
  await page.goto('/admin/policy-years');
  await page.getByTestId('forbidden').waitFor();
  expect(errors).toEqual([]);
});

test('a county officer, with no roster to pick from, works out the projection from figures typed in', async () => {
  const { page, errors } = await person('hrss-projection');
  await login(page, people.hrss.username, PASSWORD);
  await page.getByTestId('nav-projection').click();
  await page.getByTestId('projection-summary').waitFor();
  expect(await page.getByTestId('projection-member').count()).toBe(0);
  await typeNumber(page.getByTestId('projection-contribution'), 500);
  await typeNumber(page.getByTestId('projection-subsidy'), 70);
  await typeNumber(page.getByTestId('projection-collective'), 60);
  await expectText(page.getByTestId('projection-words'), /2025年：个人缴费 500 元、政府补贴 70 元、集体补助 60 元/);
  const monthly = async (key: string) => figure(await page.getByTestId(`projection-${key}`).getByTestId('monthly').innerText());
  await expect.poll(async () => (await monthly('with')) - (await monthly('without'))).toBeGreaterThan(0);
  await shot(page, 'projection-typed');
  expect(errors).toEqual([]);
});

test('for a member already past 60 the projection says the age was reached, never an account "at 60" of 0 yuan', async () => {
  const { page, errors } = await person('hrss-projection-67');
  await login(page, people.hrss.username, PASSWORD);
  await page.getByTestId('nav-projection').click();
  await page.getByTestId('projection-summary').waitFor();
  await typeDate(page.getByTestId('projection-birth'), '1958-03-01'); // 67 at the end of 2025
  const withCollective = page.getByTestId('projection-with');
  await expectText(withCollective, /已满60周岁（2018年），现有个人账户 0 元/);
  expect(await page.getByTestId('projection-summary').innerText()).not.toMatch(/（60周岁）个人账户/);
  await expectText(withCollective.getByTestId('balance-reason'), '按年初账户余额 0 元计：余额未填写，请查社保卡或对账单后填入');
  await expectText(page.getByTestId('gain-reason'), '已满60周岁，不再按年缴费：集体补助只补当年缴费的成员，不补补缴');
  await expectText(page.getByTestId('projection-notes'), /2018年已满60周岁[\s\S]*已累计缴费 0 年，不满15年/);
  await expectText(page.getByTestId('projection-words'), /2025年：已满60周岁（2018年），不再按年缴费记账/);
  expect(await page.getByTestId('projection-table').count()).toBe(0);
  await shot(page, 'projection-past-60');

  await typeNumber(page.getByTestId('projection-balance'), 4170);
  // 210 basic + 2 from age 65 + 4170 ÷ 139 = 30 from the account
  await expectText(withCollective.getByTestId('monthly'), /^242$/);
  expect(await withCollective.getByTestId('balance-reason').count()).toBe(0);
  await expectText(withCollective, /现在（67周岁）每月养老金 242 元/);
  expect(errors).toEqual([]);
});
