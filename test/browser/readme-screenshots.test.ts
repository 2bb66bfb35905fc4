/**
 * The README's screenshots (docs/screenshots/*.png): the main pages at 1366×768, taken from the built product
 * with a village that has a standard and a roster. Run on demand, not in `pnpm test` (the images would change
 * with every run): `pnpm --filter @cunce/test screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { makeUser, PASSWORD, ruleSet, type TestUser } from '../support/factories.js';
import { IMPORT, SAVE_RULE_SET } from '../support/operations.js';
import { REPO_ROOT } from '../support/serverCommand.js';
import { useBrowser } from './support/browser.js';
import { adminClient } from './support/people.js';
import { asInput, roster, YEAR } from './support/roster.js';
import { expectText, login, openTab } from './support/ui.js';

const WANTED = process.env.CUNCE_README_SHOTS === '1';
const DIR = join(REPO_ROOT, 'docs/screenshots');
const VILLAGE = '640502100201';
const suite = useBrowser('readme-screenshots');
let cadre: TestUser;

beforeAll(async () => {
  if (!WANTED) return;
  const admin = await adminClient();
  cadre = await makeUser(admin, 'VILLAGE_CADRE', VILLAGE, 'readme-cadre');
  await admin.ok(SAVE_RULE_SET, { village: VILLAGE, year: YEAR, ruleSet: ruleSet(VILLAGE, YEAR, {}, VILLAGE) });
  await admin.ok(IMPORT, { village: VILLAGE, year: YEAR, members: asInput(roster()), replace: true });
  mkdirSync(DIR, { recursive: true });
});

/** The page once its requests are done and nothing is loading, saved as docs/screenshots/<name>.png. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.el-loading-mask:visible').count(), { timeout: 30_000 }).toBe(0);
  await page.screenshot({ path: join(DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

test.skipIf(!WANTED)('a cadre’s pages: the village’s standard with its preview, its filing and a settlement draft', async () => {
  const { page } = await suite.person('cadre');
  await page.goto('/login');
  await shot(page, 'login');
  await login(page, cadre.username, PASSWORD);
  await page.goto(`/village/${VILLAGE}/${YEAR}`);
  await expectText(page.getByTestId('validation-summary'), /校验通过/);
  await page.getByTestId('preview').locator('canvas').first().waitFor();
  await shot(page, 'village-standard');
  await openTab(page, '决议与备案');
  await page.getByTestId('filing-status').waitFor();
  await shot(page, 'village-filing');
  await openTab(page, '结算');
  await page.getByTestId('settle').click();
  await page.getByTestId('confirm-settlement').waitFor();
  await shot(page, 'village-settlement');
});

test.skipIf(!WANTED)('the administrator’s pages: the area, the dashboard, users and policy years', async () => {
  const { page } = await suite.person('admin');
  await login(page, 'admin', inject('adminPassword'));
  await page.getByTestId('nav-area').click();
  await expectText(page.getByTestId('area-tree'), /宁夏回族自治区/);
  await shot(page, 'area');
  for (const [path, testId, name] of [
    ['/dashboard', 'dashboard-page', 'dashboard'],
    ['/admin/users', 'users-page', 'users'],
    ['/admin/policy-years', 'policy-years-page', 'policy-years'],
  ] as const) {
    await page.goto(path);
    await page.getByTestId(testId).waitFor();
    await shot(page, name);
  }
  expect(page.url()).toContain('/admin/policy-years');
});
