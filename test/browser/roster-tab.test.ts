/**
 * The 花名册 tab of 富原社区 (issue 14 item 10): the sample imported for practice is marked 演示数据 everywhere and
 * never settled, a real roster replaces it, and the cadre searches, edits one member (a wrong amount refused at
 * its field) and removes one after a confirmation naming them; the township officer reads masked IDs only.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { members, villageTeam, type VillageTeam } from '../support/factories.js';
import { SETTLE } from '../support/operations.js';
import { useBrowser, type Person } from './support/browser.js';
import { adminClient, PASSWORD } from './support/people.js';
import { answerAskOnceMore, expectText, login, openVillage } from './support/ui.js';

const suite = useBrowser('roster-tab');
const VILLAGE = '640121102001'; // 富原社区, 望远镇: no other browser suite uses it
const YEAR = 2025;
const roster = members(5);
let team: VillageTeam;
let cadre: Person;
const shot = (page: Page, name: string) => suite.shots.take(page, name);
const openRoster = (page: Page) => page.getByRole('tab', { name: '花名册' }).click();
const rosterNames = async (page: Page) => page.getByTestId('roster-table').getByTestId('roster-name').allTextContents();

beforeAll(async () => {
  team = await villageTeam(await adminClient(), VILLAGE);
  cadre = await suite.person('cadre');
});

describe('practice data', () => {
  test('the preview of an empty roster says its people are fictitious and will not be settled', async () => {
    const { page } = cadre;
    await login(page, team.cadre.username, PASSWORD);
    await openVillage(page, VILLAGE);
    await page.getByTestId('template-picker').waitFor(); // no standard yet: start one to see the preview
    await page.locator('[data-test^="template-"]:not([data-test="template-picker"])').first().click();
    await expectText(page.getByTestId('preview-practice'), /演示数据：以下 120 人是虚构的样例，只用来看标准的效果，不会结算/);
    await shot(page, 'preview-sample-marked');
  });

  test('the sample goes into the empty roster as 演示数据, and settling it is refused', async () => {
    const { page } = cadre;
    await openRoster(page);
    await expectText(page.getByTestId('roster-panel'), /本年度还没有导入花名册/);
    await page.getByTestId('roster-import-open').click();
    await expectText(page.getByTestId('roster-import'), /样例花名册是按本村区划生成的 120 个虚构的人，只供练习/);
    await page.getByTestId('roster-import-sample').click();
    await expectText(page.getByTestId('roster-practice-banner'), /演示数据：本年度花名册是样例，120人均为虚构，只供练习，不会结算/);
    await expectText(page.getByTestId('roster-counts'), /本年度花名册 120 人（均为演示数据）/);
    expect(await page.getByTestId('roster-practice-tag').count()).toBe(100); // the first page, every row tagged
    await expectText(page.getByTestId('load-more-bar'), /已显示100条，共120条/);
    await shot(page, 'roster-practice');
    const refused = await team.cadre.client.request(SETTLE, { village: VILLAGE, year: YEAR, supplementary: false });
    expect(refused.errors?.[0]?.extensions?.code).toBe('ROSTER_IS_PRACTICE');
  });

  test('a real roster pasted in replaces the whole sample; the sample can no longer be imported over real people', async () => {
    const { page } = cadre;
    const text = [
      '身份证号\t姓名\t集体经济组织成员\t缴费档次\t缴费类型',
      ...roster.map((m) => `${m.idNumber}\t${m.name}\t是\t300\t当年缴费`),
    ];
    await page.getByTestId('roster-import-open').click();
    await page.getByTestId('roster-text').fill(text.join('\n'));
    await page.getByTestId('roster-import-send').click();
    await expectText(page.locator('.el-message--success').last(), /已替换样例（演示数据）120 人/);
    await expect.poll(() => rosterNames(page)).toEqual(roster.map((m) => m.name));
    expect(await page.getByTestId('roster-practice-banner').count()).toBe(0);
    expect(await page.getByTestId('roster-practice-tag').count()).toBe(0);
    await expectText(page.getByTestId('roster-counts'), /本年度花名册 5 人/);
    await page.getByTestId('roster-import-open').click();
    expect(await page.getByTestId('roster-import-sample').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('roster-import').waitFor({ state: 'hidden' });
  });
});

describe('the cadre works on the roster', () => {
  test('searches by name and by a fragment of the ID number', async () => {
    const { page } = cadre;
    const search = page.getByTestId('roster-search');
    await search.fill(roster[2]!.name!);
    await expect.poll(() => rosterNames(page)).toEqual([roster[2]!.name]);
    await expectText(page.getByTestId('load-more-bar'), /已显示1条，共1条/);
    await search.fill(roster[3]!.idNumber.slice(6, 14));
    await expect.poll(() => rosterNames(page)).toEqual([roster[3]!.name]);
    await shot(page, 'roster-search');
    await search.fill('');
    await expect.poll(() => rosterNames(page)).toEqual(roster.map((m) => m.name));
  });

  test('edits one member: a wrong amount is refused at its field, not before typing; the corrected one is saved', async () => {
    const { page } = cadre;
    await page.getByTestId('roster-edit-open').nth(1).click();
    const dialog = page.getByTestId('roster-edit');
    await dialog.getByTestId('edit-name').waitFor();
    expect(await dialog.locator('.el-form-item__error').count()).toBe(0);
    await dialog.getByTestId('edit-contribution').fill('250');
    await dialog.getByTestId('roster-edit-save').click();
    await expectText(dialog.getByTestId('field-contribution').locator('.el-form-item__error'), /250元不是2025年的缴费档次/);
    await shot(page, 'roster-edit-field-error');
    await dialog.getByTestId('edit-contribution').fill('500');
    await expect.poll(() => dialog.locator('.el-form-item__error').count()).toBe(0); // the error goes as the field is changed
    await dialog.getByTestId('edit-name').fill('王秀兰');
    await dialog.getByTestId('roster-edit-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rosterNames(page)).toEqual([roster[0]!.name, '王秀兰', ...roster.slice(2).map((m) => m.name)]);
    await expectText(page.getByTestId('roster-table').locator('tbody tr').nth(1), /500/);
  });

  test('removes one member after a confirmation naming them', async () => {
    const { page } = cadre;
    const gone = roster[4]!;
    await page.getByTestId('roster-remove').nth(4).click();
    const said = await answerAskOnceMore(page, new RegExp(`移除${gone.name}（身份证号 ${gone.idNumber}）`));
    expect(said).toContain('移除后不再参加本年度结算');
    await expect.poll(() => rosterNames(page)).toEqual([roster[0]!.name, '王秀兰', roster[2]!.name, roster[3]!.name]);
    await expectText(page.getByTestId('roster-counts'), /本年度花名册 4 人/);
    await shot(page, 'roster-after-remove');
  });
});

test('the township officer reads the roster with masked ID numbers and no edit buttons, and is told why', async () => {
  const officer = await suite.person('township');
  const { page } = officer;
  await login(page, team.township.username, PASSWORD);
  await openVillage(page, VILLAGE);
  await openRoster(page);
  await expectText(page.getByTestId('roster-readonly'), /只读：花名册由本村村干部导入和修改/);
  await expect.poll(() => rosterNames(page)).toHaveLength(4);
  const id = roster[0]!.idNumber;
  await expectText(page.getByTestId('roster-table').locator('tbody tr').first(), new RegExp(`${id.slice(0, 6)}\\*{8}${id.slice(-4)}`));
  expect(await page.getByTestId('roster-edit-open').count()).toBe(0);
  expect(await page.getByTestId('roster-import-open').count()).toBe(0);
  await shot(page, 'roster-officer');
});
