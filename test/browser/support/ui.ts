/**
 * What a person does on the editor's pages, in Element Plus terms: type into a number box or a date picker,
 * log in, open a village from the area tree, switch tabs; and `expectText`, which waits for a text to appear
 * and then asserts it, so a failure shows what the page said instead.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from './browser.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the first element of `locator` shows `expected` (a string: its whole text, trimmed; a RegExp: a
 * match, against the text as the page renders it, cells and lines apart), then returns that text.
 */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<string> {
  const wanted = typeof expected === 'string' ? new RegExp(`^\\s*${escape(expected)}\\s*$`) : expected;
  await expect.poll(() => locator.first().innerText(), { timeout: UI_TIMEOUT }).toMatch(wanted);
  return locator.first().innerText();
}

/** The number in a figure as displayed ("2,400" → 2400). */
export const figure = (text: string) => Number(text.replace(/[,\s元]/g, ''));

/** Types a number into an el-input-number and leaves the box, as a person would (the value applies on change). */
export async function typeNumber(box: Locator, value: number): Promise<void> {
  const input = box.locator('input');
  await input.fill(String(value));
  await input.press('Tab');
}

/** The error said under a form's field (FormField.vue's `data-field`), inside `scope` (a dialog or a form). */
export function fieldError(scope: Locator, field: string): Locator {
  return scope.locator(`[data-field="${field}"] .el-form-item__error`);
}

/** Types a date (YYYY-MM-DD) into the el-date-picker inside `scope` and confirms it with Enter. */
export async function typeDate(scope: Locator, date: string): Promise<void> {
  const input = scope.locator('.el-date-editor input');
  await input.fill(date);
  await input.press('Enter');
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expectText(page.getByTestId('current-user'), new RegExp(`^${escape(username)}（`));
}

/**
 * On the area page, opens the village's county and township in the tree where they are folded (a county
 * officer's tree opens at the county; folded nodes have no children on the page yet) and returns the village's
 * status tag.
 */
export async function findVillage(page: Page, code: string): Promise<Locator> {
  if (new URL(page.url()).pathname !== '/') await page.getByTestId('nav-home').click();
  const tree = page.getByTestId('area-tree');
  for (const area of [code.slice(0, 6), code.slice(0, 9)]) {
    const row = tree.locator('.el-tree-node__content').filter({ has: page.getByText(area, { exact: true }) });
    await row.waitFor();
    if ((await row.locator('xpath=..').getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  const tag = page.getByTestId(`status-${code}`);
  await tag.waitFor();
  return tag;
}

/** From the area page, into the village's page for the year chosen there. */
export async function openVillage(page: Page, code: string): Promise<void> {
  await findVillage(page, code);
  await page.getByTestId(`village-${code}`).click();
  await page.getByTestId('village-header').waitFor();
}

export async function openTab(page: Page, label: '补助标准' | '花名册' | '测试用例' | '决议与备案' | '结算' | '历史版本'): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
}

/**
 * The "ask once more" box of an irreversible button: waits for it, checks that it says `says`, then confirms
 * (or cancels) and waits for it to close. Returns what it said.
 */
export async function answerAskOnceMore(page: Page, says: RegExp, answer: 'confirm' | 'cancel' = 'confirm'): Promise<string> {
  const box = page.locator('.ask-once-more');
  const text = await expectText(box, says);
  if (answer === 'confirm') await box.locator('.el-message-box__btns .el-button--primary').click();
  else await box.getByRole('button', { name: '取消' }).click();
  await box.waitFor({ state: 'hidden' });
  return text;
}
