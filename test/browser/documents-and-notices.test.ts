/**
 * 石坝村 (640181105206) keeps the documents of its decision steps and prints its two notices: the cadre uploads a
 * photo to the villagers' resolution in the editor and downloads it back, opens the 决议公开 notice and, once the
 * settlement is confirmed, the 实施结果公开 list, then records 实施结果公开 in the editor, which links that list. Both
 * notices are looked at as printed on A4 and saved as PDF by Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { members, ruleSet } from '../support/factories.js';
import { ACKNOWLEDGE, CONFIRM, IMPORT, SETTLE, SUBMIT } from '../support/operations.js';
import { decide, save, schemeOf } from '../support/scheme.js';
import { useBrowser, type Person } from './support/browser.js';
import { createPeople, PASSWORD, type People } from './support/people.js';
import { expectText, login, openTab, openVillage, typeDate } from './support/ui.js';

const suite = useBrowser('documents-and-notices');
const AREA = { county: '640181', township: '640181105', village: '640181105206' } as const;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** What is printed on A4 inside the @page margins (15 mm either side, 16 mm top and bottom), at 96 dpi. */
const A4 = { width: 680, height: 1002 };
let people: People;
let cadre: Person;
let schemeId: string;

beforeAll(async () => {
  people = await createPeople('shiba', AREA);
  await save(people.cadre.client, ruleSet(AREA.village, 2025, { title: undefined }, AREA.village));
  schemeId = (await schemeOf(people.cadre.client, AREA.village, 2025))!.id;
  await decide(people.cadre.client, schemeId, '2025-02-03');
  cadre = await suite.person('cadre');
});

/** The printable page opened by clicking `button` in a new tab, seen as printed on A4. */
async function openPrintable(button: () => Promise<void>, ready: string): Promise<Page> {
  const opened = cadre.context.waitForEvent('page');
  await button();
  const page = await opened;
  await page.setViewportSize(A4);
  await page.getByTestId(ready).waitFor();
  await page.emulateMedia({ media: 'print' });
  // Chromium prints a scrolling box as one piece and cuts off what does not fit on its page: none may hold the notice.
  const clippedBy = await page.getByTestId(ready).evaluate((element) => {
    const out: string[] = [];
    for (let e = element.parentElement; e; e = e.parentElement) {
      if (e.ownerDocument.defaultView!.getComputedStyle(e).overflowY !== 'visible') out.push(e.className || e.tagName);
    }
    return out;
  });
  expect(clippedBy).toEqual([]);
  return page;
}

test("a photo uploaded to the villagers' resolution is listed and comes back byte for byte; a wrong file is removed", async () => {
  const { page } = cadre;
  await login(page, people.cadre.username, PASSWORD);
  await openVillage(page, AREA.village);
  await openTab(page, '决议与备案');
  const toggle = page.getByTestId('documents-toggle-VILLAGERS_RESOLUTION');
  await expectText(toggle, '上传');
  await toggle.click();
  const documents = page.getByTestId('documents-VILLAGERS_RESOLUTION');
  const input = documents.getByTestId('document-input');
  await input.setInputFiles([
    { name: '村民代表会议现场.png', mimeType: 'image/png', buffer: PHOTO },
    { name: '选错的.pdf', mimeType: 'application/pdf', buffer: PDF },
  ]);
  await expectText(toggle, '2个文件');
  await expectText(documents.getByTestId('document').nth(1), /选错的\.pdf\s+PDF，1 KB/);
  await documents.getByTestId('document-remove').nth(1).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expectText(toggle, '1个文件');
  await expectText(documents.getByTestId('document'), /村民代表会议现场\.png\s+PNG 图片，1 KB/);
  await suite.shots.take(page, 'step-documents');
  const downloading = page.waitForEvent('download');
  await documents.getByTestId('document-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('村民代表会议现场.png');
  expect(readFileSync((await download.path())!).equals(PHOTO)).toBe(true);
});

test("the 决议公开 notice states the standard in plain Chinese with the decision's dates and votes", async () => {
  const notice = await openPrintable(() => cadre.page.getByTestId('print-resolution').click(), 'resolution-notice');
  const text = await notice.getByTestId('resolution-notice').innerText();
  expect(text).toContain('石坝村2025年城乡居保集体补助标准');
  expect(text).toContain('本标准经2025年2月3日村党组织提议，2025年2月4日村“两委”会议商议，');
  expect(text).toContain('2025年2月6日村民会议或者村民代表会议决议通过（应到30人、实到24人，赞成20票、反对2票、弃权2票）。');
  expect(text).toContain('同时符合多条的，只按金额最高的一条补助，不累加。');
  expect(text).toContain('属于特困供养人员或重度残疾人的，补助60元。');
  expect(text).toContain('个人缴费1000元、2000元、3000元的，补助40元。');
  expect(text).toContain('本年度集体补助资金预算20000元。');
  await suite.shots.take(notice, 'resolution-notice-a4');
  const pdf = await notice.pdf({ format: 'A4', path: join(suite.shots.dir, 'resolution-notice.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await notice.close();
});

test('the 实施结果公开 list of the confirmed settlement masks ID numbers and adds up, and the disclosure links it', async () => {
  await people.cadre.client.ok(SUBMIT, { schemeId });
  for (const officer of [people.township, people.hrss, people.agriculture]) await officer.client.ok(ACKNOWLEDGE, { schemeId });
  // Enough people for the list to run onto a second page, where the header is printed again.
  const roster = [
    ...members(45, { contribution: 1000 }),
    ...members(15, { contribution: 300, hardship: ['MINIMUM_LIVING'] }),
    ...members(1, { isCollectiveMember: false }),
  ];
  await people.cadre.client.ok(IMPORT, { village: AREA.village, year: 2025, members: roster, replace: true });
  const settlement = (await people.cadre.client.ok(SETTLE, { village: AREA.village, year: 2025 })).settle;
  await people.cadre.client.ok(CONFIRM, { id: settlement.id });

  const { page } = cadre;
  await page.reload();
  await openTab(page, '结算');
  const list = await openPrintable(() => page.getByTestId('print-result-notice').click(), 'result-notice');
  await expect.poll(() => list.getByTestId('result-row').count()).toBe(60);
  const first = await list.getByTestId('result-row').first().innerText();
  expect(first).toMatch(new RegExp(`${roster[0]!.idNumber.slice(0, 6)}\\*{8}${roster[0]!.idNumber.slice(-4)}`));
  expect(first).not.toContain(roster[0]!.idNumber);
  await expectText(list.getByTestId('result-totals'), /合计（60人）\s+49,500\s+2,850\s+0\s+2,850/);
  await suite.shots.take(list, 'result-notice-a4');
  const pdf = await list.pdf({ format: 'A4', path: join(suite.shots.dir, 'result-notice.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/Count 2\b/); // two pages: the whole list, nothing cut off
  await list.close();

  await openTab(page, '决议与备案');
  const form = page.getByTestId('step-form');
  await expectText(form.locator('.title'), '记录：实施结果公开');
  const picked = await expectText(form.getByTestId('step-settlement-select'), /2025年度结算：\d{4}年\d+月\d+日确认，61人，集体补助2,850元/);
  expect(picked).not.toContain('社会资助');
  await typeDate(form, '2025-06-10');
  await form.getByTestId('step-note').fill('名单在村务公开栏张贴7天');
  await suite.shots.take(page, 'result-disclosure-form');
  await form.getByTestId('step-record').click();
  await expectText(page.getByTestId('step-RESULT_DISCLOSED').locator('.el-step__description'), '2025-06-10');
  const opened = cadre.context.waitForEvent('page');
  await page.getByTestId('print-result').click();
  const linked = await opened;
  await expectText(linked.getByTestId('result-notice').locator('.sign'), /石坝村村民委员会\s+2025年6月10日/);
  expect(new URL(linked.url()).pathname).toBe(`/print/result/${settlement.id}`);
  await linked.close();
  await suite.shots.take(page, 'result-disclosed');
});
