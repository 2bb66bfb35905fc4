/**
 * The cadre's and the officers' day in 顾家桥村 (issue 14), on one seeded village: irreversible buttons ask once
 * more and say what they commit; the locked standard says why and how it reopens; test cases, versions and the
 * audit log speak Chinese, not codes or JSON.
 */
import { beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { RuleSet } from '@cunce/rules';
import { flatRuleSet, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { decide, importRoster, save, schemeOf } from '../support/scheme.js';
import { ACKNOWLEDGE } from '../support/operations.js';
import { useBrowser, type Person } from './support/browser.js';
import { adminClient, PASSWORD } from './support/people.js';
import { answerAskOnceMore, expectText, login, openTab, openVillage } from './support/ui.js';

const suite = useBrowser('cadre-day');
const VILLAGE = '640105006201'; // 顾家桥村, 贺兰山西路街道
const YEAR = 2025;
const AMOUNT = 60;
const roster = members(6);
let team: VillageTeam;
let cadre: Person;
let schemeId: string;
const shot = (page: Page, name: string) => suite.shots.take(page, name);

/** 60 yuan for every eligible member, with one test case that holds and one whose expectation is wrong. */
function standard(): RuleSet {
  const doc = flatRuleSet(VILLAGE, AMOUNT, YEAR);
  doc.tests = [
    { name: '缴费300元的成员', member: roster[0]!, expect: { eligible: true, collective: AMOUNT } },
    { name: '预期写错的用例', member: roster[1]!, expect: { eligible: true, collective: 50, sections: [{ key: 'base', amount: 50 }] } },
  ];
  return doc;
}

beforeAll(async () => {
  team = await villageTeam(await adminClient(), VILLAGE);
  await importRoster(team.cadre.client, VILLAGE, YEAR, roster, true);
  await save(team.cadre.client, standard());
  schemeId = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!.id;
  await decide(team.cadre.client, schemeId);
  cadre = await suite.person('cadre');
});

describe('the cadre before submitting', () => {
  test('the JSON panel shows only behind 高级', async () => {
    const { page } = cadre;
    await login(page, team.cadre.username, PASSWORD);
    await openVillage(page, VILLAGE);
    await page.getByTestId('panel-settings').waitFor();
    expect(await page.getByTestId('panel-json').count()).toBe(0);
    await page.getByTestId('advanced-toggle').click();
    await page.getByTestId('panel-json').waitFor();
    await page.getByTestId('advanced-toggle').click();
    await page.getByTestId('panel-json').waitFor({ state: 'detached' });
  });

  test('the tier table keeps the row being typed, sorts when the box is left, names rows by tier and refuses an amount above the cap', async () => {
    const { page } = cadre;
    await page.getByTestId('section-add').click();
    await page.getByTestId('section-add-TIER').click();
    const tiers = page.getByTestId('tier-table');
    for (let i = 0; i < 2; i++) await tiers.getByTestId('tier-add').click();
    const threshold = (i: number) => tiers.getByTestId(`tier-threshold-${i}`).locator('input');
    const amount = (i: number) => tiers.getByTestId(`tier-amount-${i}`).getByTestId('amount-fixed').locator('input');
    const table = async () => {
      const out: string[] = [];
      for (let i = 0; i < 3; i++) out.push(`${await threshold(i).inputValue()}:${await amount(i).inputValue()}`);
      return out;
    };
    expect(await table()).toEqual(['200:20', '300:30', '500:40']);

    await threshold(0).selectText();
    await threshold(0).pressSequentially('2500', { delay: 30 });
    expect(await table()).toEqual(['2500:20', '300:30', '500:40']); // typing: the row stays where it is
    await threshold(0).press('Tab');
    await expect.poll(table).toEqual(['300:30', '500:40', '2500:20']); // left: sorted, the amount kept with its row

    await threshold(1).selectText();
    await threshold(1).pressSequentially('300');
    await threshold(1).press('Tab');
    const duplicate = await expectText(tiers.locator('[data-code="UNREACHABLE_RULE"]'), /300元档永远不会生效：表中已有一行300元档/);
    expect(duplicate).not.toMatch(/第\d+节|第\d+条|t\d+|移到前面/);

    await amount(2).fill('3500');
    await amount(2).press('Tab');
    await expectText(
      tiers.locator('.issue-error[data-code="ABOVE_REGION_MAX"]'),
      /2500元档单条最多可付3500元，超过\d{4}年区级上限3000元.*不能发放：请把金额改为不超过3000元/,
    );
    await expectText(page.getByTestId('validation-summary'), /错误/);
    await tiers.scrollIntoViewIfNeeded();
    await shot(page, 'tier-table-words');
    await page.getByTestId('discard').click();
    await tiers.waitFor({ state: 'detached' });
  });

  test('test cases read as words: the expectation and a failure, without JSON or field names', async () => {
    const { page } = cadre;
    await openTab(page, '测试用例');
    const tests = page.getByTestId('tests');
    await expectText(tests.getByTestId('test-expect-0'), `享受；集体补助 ${AMOUNT} 元`);
    await tests.getByTestId('tests-run').click();
    await expectText(tests.getByTestId('tests-summary'), '通过 1 / 2');
    const failed = await expectText(tests.getByTestId('tests-table'), /集体补助：预期 50 元，实际 60 元/);
    expect(failed).toMatch(/“每人补助”的金额：预期 50 元，实际 60 元/);
    expect(failed).not.toMatch(/[{}"]|collective|sections|eligible/);
    await shot(page, 'test-cases-in-words');
  });

  test('versions: one saved version and no edits is not compared with itself; the tabs speak Chinese', async () => {
    const { page } = cadre;
    await openTab(page, '历史版本');
    await expectText(page.getByTestId('compare-same'), /只有第 1 版，也没有未保存的修改/);
    expect(await page.getByTestId('versions').innerText()).not.toMatch(/正在编辑|what-if/);
  });

  test('报送备案 asks once more, saying what locks; cancelling changes nothing', async () => {
    const { page } = cadre;
    await openTab(page, '决议与备案');
    const filing = page.getByTestId('filing');
    await filing.getByTestId('submit-filing').click();
    await answerAskOnceMore(page, /第 1 版补助标准锁定，不能再修改，也不能撤回/, 'cancel');
    await expectText(filing.getByTestId('filing-status'), '草稿');
    await filing.getByTestId('submit-filing').click();
    await shot(page, 'submit-asks-once-more');
    await answerAskOnceMore(page, /签收后备案生效，任一部门退回后才能修改/);
    await expectText(filing.getByTestId('filing-status'), '已报送待备案');
  });

  test('while the filing awaits, the cadre reads why the standard is locked and how it reopens', async () => {
    const { page } = cadre;
    await openTab(page, '补助标准');
    const notice = await expectText(page.getByTestId('readonly-notice'), /第 1 版已报送备案.*期间不能修改/);
    expect(notice).toMatch(/退回后即可修改/);
    expect(notice).not.toMatch(/修改由本村村干部进行/);
    await shot(page, 'cadre-locked-notice');
  });
});

describe('the officers and the settlement', () => {
  test('签收备案 asks the township officer once more, naming the department and the version', async () => {
    const officer = await suite.person('township');
    onTestFinished(() => officer.context.close());
    const { page } = officer;
    await login(page, team.township.username, PASSWORD);
    await openVillage(page, VILLAGE);
    await expectText(page.getByTestId('readonly-notice'), /修改由本村村干部进行/);
    await openTab(page, '决议与备案');
    await page.getByTestId('acknowledge').click();
    await shot(page, 'acknowledge-asks-once-more');
    await answerAskOnceMore(page, /您代表乡镇（街道）签收第 1 版补助标准。签收后不能撤回/);
    await expectText(page.getByTestId('receipt-TOWNSHIP'), '已签收');
    expect(officer.errors).toEqual([]);
  });

  test('确认结算 says how many people get how much from the collective, and that it cannot be undone', async () => {
    for (const officer of [team.hrss, team.agriculture]) await officer.client.ok(ACKNOWLEDGE, { schemeId });
    const { page } = cadre;
    await page.reload();
    await openTab(page, '结算');
    const settlement = page.getByTestId('settlement');
    await settlement.getByTestId('settle').click();
    await expectText(settlement.getByTestId('settlement-status'), '草稿');
    await settlement.getByTestId('confirm-settlement').click();
    const total = (roster.length * AMOUNT).toLocaleString('en-US');
    await shot(page, 'confirm-asks-once-more');
    await answerAskOnceMore(page, new RegExp(`为 ${roster.length} 人发放集体补助共 ${total} 元.*动用村集体资金.*不能撤销`), 'cancel');
    await expectText(settlement.getByTestId('settlement-status'), '草稿');
    await settlement.getByTestId('confirm-settlement').click();
    await answerAskOnceMore(page, /动用村集体资金/);
    await expectText(settlement.getByTestId('settlement-status'), '村集体已确认');
  });

  test('受理 asks the agency once more; the audit log then says the statuses in words', async () => {
    const agency = await suite.person('agency');
    onTestFinished(() => agency.context.close());
    const { page } = agency;
    await login(page, team.agency.username, PASSWORD);
    await openVillage(page, VILLAGE);
    await openTab(page, '结算');
    await page.getByTestId('accept-settlement').click();
    await answerAskOnceMore(
      page,
      new RegExp(`${roster.length} 人的集体补助共 ${(roster.length * AMOUNT).toLocaleString('en-US')} 元.*受理后不能撤销`),
    );
    await expectText(page.getByTestId('settlement-status'), '经办机构已受理');

    await page.goto(`/audit?village=${VILLAGE}`);
    const row = page.getByTestId('audit-table').locator('.el-table__row').filter({ hasText: '受理结算' }).first();
    await row.locator('.el-table__expand-icon').click();
    const diff = await expectText(page.getByTestId('audit-table').getByTestId('diff'), /村集体已确认\s+经办机构已受理/);
    expect(diff).not.toMatch(/CONFIRMED|ACCEPTED/);
    await shot(page, 'audit-in-words');
    expect(agency.errors).toEqual([]);
  });
});
