/**
 * The editor never loses a cadre's work: unsaved changes come back after a reload, and a save on top of a
 * version someone else saved meanwhile shows the conflict instead of overwriting it (红柳湾村, 640181105202).
 */
import { beforeAll, expect, test } from 'vitest';
import { makeUser, PASSWORD, type TestUser } from '../support/factories.js';
import { SAVE_RULE_SET } from '../support/operations.js';
import { useBrowser, type Person } from './support/browser.js';
import { adminClient } from './support/people.js';
import { expectText, login, openVillage, typeNumber } from './support/ui.js';

const suite = useBrowser('keeps-work');
const VILLAGE = '640181105202';
let cadre: TestUser;
let me: Person;

const amountBox = (row: number) => me.page.getByTestId('tier-table').getByTestId(`tier-amount-${row}`).getByTestId('amount-fixed');

beforeAll(async () => {
  cadre = await makeUser(await adminClient(), 'VILLAGE_CADRE', VILLAGE, 'hongliuwan-cadre');
  me = await suite.person('cadre');
});

test('unsaved changes are still there after the page reloads, and say so', async () => {
  const { page } = me;
  await login(page, cadre.username, PASSWORD);
  await openVillage(page, VILLAGE);
  await page.getByTestId('template-TIER_TABLE').click();
  await typeNumber(amountBox(0), 35);
  await expectText(page.getByTestId('unsaved'), /有未保存的修改/);

  await page.reload();
  await expectText(page.getByTestId('restored'), /已恢复上次未保存的修改/);
  expect(await amountBox(0).locator('input').inputValue()).toBe('35');
  await expectText(page.getByTestId('unsaved'), /有未保存的修改/);
  await suite.shots.take(page, 'restored-after-reload');

  await page.getByTestId('save').click();
  await expectText(page.getByTestId('version-info'), /当前第 1 版/);
  await page.getByTestId('restored').waitFor({ state: 'detached' });
});

test('a save over a version saved meanwhile opens the conflict; keeping mine saves on top of theirs', async () => {
  const { page } = me;
  const theirs = (
    await cadre.client.ok(`query ($v: String!) { village(code: $v) { scheme(year: 2025) { currentVersion { ruleSet } } } }`, { v: VILLAGE })
  ).village.scheme.currentVersion.ruleSet;
  theirs.title = '红柳湾村2025年补助标准（另一台电脑修改）';
  const saved = await cadre.client.ok(SAVE_RULE_SET, { village: VILLAGE, year: 2025, ruleSet: theirs, expectedVersion: 1 });
  expect(saved.saveRuleSet.version).toBe(2);

  await typeNumber(amountBox(0), 45);
  await page.getByTestId('save').click();
  const dialog = page.getByTestId('conflict-dialog');
  await expectText(dialog, /保存了第 2 版。您的修改尚未保存，也没有覆盖对方的版本/);
  await suite.shots.take(page, 'conflict');
  await dialog.getByTestId('conflict-mine').click();
  await expectText(page.getByTestId('version-info'), /当前第 3 版/);

  const { versions, currentVersion } = (
    await cadre.client.ok(
      `query ($v: String!) { village(code: $v) { scheme(year: 2025) { versions { version } currentVersion { ruleSet } } } }`,
      { v: VILLAGE },
    )
  ).village.scheme;
  expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
  expect(
    currentVersion.ruleSet.sections[0].rules.find((r: { when: { all: { value: number }[] } }) => r.when.all[0]!.value === 200).amount,
  ).toEqual({ fixed: 45 });
  await suite.shots.take(page, 'saved-on-top');
});
