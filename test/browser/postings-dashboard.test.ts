/**
 * The agency's postings and the dashboards in Chromium (临河村, 640181105205): the agency rejects two members
 * (one pasted, one picked) and posts the rest, the cadre sees the reasons and settles the rejected members
 * again, and the county's and the region's dashboards show the confirmed money without the rejected members.
 */
import { beforeAll, expect, test } from 'vitest';
import { flatRuleSet, members, type VillageTeam } from '../support/factories.js';
import { ACCEPT, CONFIRM } from '../support/operations.js';
import { filedScheme, importRoster, settle } from '../support/scheme.js';
import { useBrowser } from './support/browser.js';
import { createPeople, PASSWORD, type People } from './support/people.js';
import { expectText, login, openTab } from './support/ui.js';

const suite = useBrowser('postings-dashboard');
const AREA = { county: '640181', township: '640181105', village: '640181105205' } as const;
const roster = members(4).map((m, i) => ({ ...m, name: ['马建国', '王秀兰', '李海军', '张玉梅'][i]! }));
let people: People;

beforeAll(async () => {
  people = await createPeople('postings', AREA);
  const team: VillageTeam = { village: AREA.village, ...people };
  await filedScheme(team, flatRuleSet(AREA.village, 30, 2025, { budget: 300 }));
  await importRoster(people.cadre.client, AREA.village, 2025, roster);
  const draft = await settle(people.cadre.client, AREA.village, 2025);
  await people.cadre.client.ok(CONFIRM, { id: draft.id });
  await people.agency.client.ok(ACCEPT, { id: draft.id });
});

test("the agency rejects one member from the bank's list and one picked in the table, posts the other two, and the settlement reconciles", async () => {
  const { page, errors } = await suite.person('agency');
  await login(page, people.agency.username, PASSWORD);
  await page.goto(`/village/${AREA.village}/2025`);
  await page.getByTestId('village-header').waitFor();
  await openTab(page, '结算');
  await expectText(page.getByTestId('postings-figures'), /待登记\s*4\s*人/);
  await page.getByTestId('record-postings').click();
  await page.getByTestId('postings-rejections').fill(`${roster[1]!.idNumber}\t银行账户已注销\n640121196001019999\t户名不符`);
  await page.getByTestId('postings-paste-apply').click();
  await expectText(page.getByTestId('postings-paste-problem'), '第2行：身份证号640121196001019999不在本结算的待登记名单中，请核对号码');
  const members = page.getByTestId('postings-members');
  await members.locator('tr').filter({ hasText: '张玉梅' }).locator('.el-checkbox').click();
  await page.getByTestId('postings-reason').fill('户名与身份证不符');
  await page.getByTestId('postings-mark-rejected').click();
  await expectText(members.locator('tr').filter({ hasText: '王秀兰' }), /将退回：银行账户已注销/);
  await expectText(members.locator('tr').filter({ hasText: '张玉梅' }), /将退回：户名与身份证不符/);
  await expectText(page.getByTestId('postings-post-rest'), /其余待登记、未标记的 2 人/);
  await expectText(page.getByTestId('postings-plan'), /退回 2 人，入账 2 人/);
  await suite.shots.take(page, 'agency-marking');
  await page.getByTestId('postings-submit').click();
  await expectText(page.getByTestId('postings-figures'), /已入账\s*2\s*人\s*60 元；\s*已退回\s*2\s*人\s*60 元；\s*待登记\s*0\s*人/);
  await expectText(page.getByTestId('postings-reconciled'), '已对平');
  await expectText(page.getByTestId('settlement-rejected'), /银行账户已注销[\s\S]*户名与身份证不符/);
  await suite.shots.take(page, 'agency-recorded');
  await expectText(page.getByTestId('record-postings'), '入账明细');
  await page.getByTestId('record-postings').click();
  const details = page.getByTestId('postings-members');
  await expectText(details.locator('tr').filter({ hasText: '马建国' }), /已入账/);
  await expectText(details.locator('tr').filter({ hasText: '张玉梅' }), /已退回：户名与身份证不符/);
  await suite.shots.take(page, 'agency-details');
  expect(errors).toEqual([]);
});

test('the cadre reads the reasons and settles the rejected members again in a supplementary settlement', async () => {
  const { page, errors } = await suite.person('cadre');
  await login(page, people.cadre.username, PASSWORD);
  await page.goto(`/village/${AREA.village}/2025`);
  await page.getByTestId('village-header').waitFor();
  // The 结算 tab says there is something to fix before it is opened.
  await expectText(page.getByTestId('settlement-rejected-badge'), '2');
  await openTab(page, '结算');
  const rejected = page.getByTestId('settlement-rejected');
  await expectText(rejected, /王秀兰[\s\S]*银行账户已注销[\s\S]*待更正后补充结算/);
  await expectText(rejected, /张玉梅[\s\S]*户名与身份证不符[\s\S]*待更正后补充结算/);
  await suite.shots.take(page, 'cadre-rejected');
  await page.getByTestId('resettle-rejected').click();
  await expectText(rejected, /已补充结算（草稿）[\s\S]*已补充结算（草稿）/);
  await expectText(page.getByTestId('settlement-status'), '草稿');
  await expectText(page.getByTestId('settlement-outcomes'), /王秀兰[\s\S]*张玉梅/);
  await page.getByTestId('settlement-rejected-badge').waitFor({ state: 'detached' });
  await suite.shots.take(page, 'cadre-resettled');
  expect(errors).toEqual([]);
});

test('the county dashboard shows the village with the confirmed money net of the rejections; the region opens the county', async () => {
  const { page, errors } = await suite.person('hrss');
  await login(page, people.hrss.username, PASSWORD);
  await page.goto('/dashboard?year=2025');
  await expectText(page.getByTestId('dashboard-title'), '银川市灵武市 2025年 集体补助统计');
  const row = page.getByTestId('dashboard-table').locator('tr').filter({ hasText: '临河村' });
  await expectText(row, /临河村\s+临河镇\s+已备案\s+4\s+2\s+60\s+30\s+300\s+20\.0%\s+2 \/ 2\s+60/);
  await page.getByTestId('dashboard-status-chart').locator('canvas').waitFor();
  // Both charts in the one chart card the reform page uses too (ChartCard.vue).
  await expect.poll(() => page.locator('.chart-card canvas').count()).toBe(2);
  await suite.shots.take(page, 'county-dashboard');
  expect(errors).toEqual([]);

  const admin = await suite.person('admin');
  await login(admin.page, 'admin', (await import('vitest')).inject('adminPassword'));
  await admin.page.goto('/dashboard?year=2025');
  await expectText(admin.page.getByTestId('dashboard-title'), '宁夏回族自治区 2025年 集体补助统计');
  await admin.page.getByTestId(`open-${AREA.county}`).click();
  await expectText(admin.page.getByTestId('dashboard-title'), '银川市灵武市 2025年 集体补助统计');
  await suite.shots.take(admin.page, 'region-to-county');
  await admin.page.getByTestId('dashboard-region').click();
  await expectText(admin.page.getByTestId('dashboard-title'), /宁夏回族自治区/);
  await admin.page.locator('[data-test=dashboard-page] > .el-loading-mask').waitFor({ state: 'detached' });
  await suite.shots.take(admin.page, 'region-dashboard');
  await admin.page.getByTestId('dashboard-county').click();
  await admin.page.locator('.el-select-dropdown__item:visible').filter({ hasText: '灵武市' }).click();
  await expectText(admin.page.getByTestId('dashboard-title'), '银川市灵武市 2025年 集体补助统计');
  expect(admin.errors).toEqual([]);
});
