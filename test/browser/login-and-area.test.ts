/**
 * Logging in and the area page: a wrong password is refused in Chinese, a login lands on 待办, a link followed
 * before logging in leads back to its page after, and each person's tree holds their own area only, with every
 * village's status, in a region of 2,200 generated villages too.
 */
import { beforeAll, expect, inject, test } from 'vitest';
import { flatRuleSet, makeUser, PASSWORD, type TestUser } from '../support/factories.js';
import { save } from '../support/scheme.js';
import { useBrowser } from './support/browser.js';
import { adminClient } from './support/people.js';
import { expectText, findVillage, login } from './support/ui.js';

const suite = useBrowser('login-and-area');
const LINHE = ['上桥村', '红柳湾村', '下桥村', '二道沟村', '临河村', '石坝村', '甜水河村'];
let officer: TestUser;

beforeAll(async () => {
  officer = await makeUser(await adminClient(), 'TOWNSHIP_OFFICER', '640181105', 'login-linhe-officer');
});

test("a wrong password is refused with the server's Chinese message and no one is logged in", async () => {
  const { page, errors } = await suite.person('stranger');
  await page.goto('/login');
  await page.getByTestId('login-username').fill(officer.username);
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expectText(page.getByTestId('login-error'), /用户名或密码错误/);
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(await page.getByTestId('current-user').count()).toBe(0);
  await suite.shots.take(page, 'wrong-password');
  expect(errors.filter((e) => !/401|UNAUTHENTICATED|Failed to load resource/.test(e))).toEqual([]);
});

test('logging in from the bare address lands on 待办, the list of what awaits the person', async () => {
  const { page } = await suite.person('officer-home');
  await page.goto('/');
  await page.getByTestId('login-submit').waitFor();
  expect(new URL(page.url()).search).toBe('');
  await page.getByTestId('login-username').fill(officer.username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('todo').waitFor();
  expect(new URL(page.url()).pathname).toBe('/todo');
  await suite.shots.take(page, 'todo-after-login');
});

test('a village link opened before logging in leads to the login, then back to that village', async () => {
  const { page } = await suite.person('officer-link');
  await page.goto('/village/640181105203/2025');
  await page.getByTestId('login-submit').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.getByTestId('login-username').fill(officer.username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expectText(page.getByTestId('village-name'), '下桥村');
  expect(new URL(page.url()).pathname).toBe('/village/640181105203/2025');
  await suite.shots.take(page, 'back-to-the-village');
});

test("the township officer's tree holds 临河镇's seven villages and nothing of other townships", async () => {
  const { page } = await suite.person('officer-area');
  await login(page, officer.username, PASSWORD);
  await findVillage(page, '640181105207');
  const tree = page.getByTestId('area-tree');
  const names = tree.locator('[data-test^="village-"] > span:first-child');
  await expect.poll(() => names.allInnerTexts()).toEqual(LINHE);
  const codes = (await tree.locator('.code').allInnerTexts()).map((t) => t.replace('（暂定代码）', '').trim());
  expect(codes).toEqual(['640181', '640181105', ...LINHE.map((_, i) => `64018110520${i + 1}`)]);
  await expectText(page.getByTestId('status-640181105204'), '未制定');
  await suite.shots.take(page, 'township-area');
});

test('the region administrator sees the status of a village far past the 50th in a region of 2,200 villages', async () => {
  const code = inject('generatedVillage');
  const cadre = await makeUser(await adminClient(), 'VILLAGE_CADRE', code, 'login-generated-cadre');
  await save(cadre.client, flatRuleSet(code, 10));
  const { page } = await suite.person('admin-region');
  await login(page, 'admin', inject('adminPassword'));
  await expectText(await findVillage(page, code), '草稿');
  await suite.shots.take(page, 'region-of-2200');
});
