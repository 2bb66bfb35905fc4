/**
 * The editor's session out of reach of scripts: after logging in, the page's storage and `document.cookie` hold
 * no token (the browser keeps it in an HttpOnly, SameSite=Strict cookie); 修改密码 asks for the current password
 * and keeps this window logged in; 退出登录 ends the session on the server too.
 */
import { beforeAll, expect, test } from 'vitest';
import { client } from '../support/gql.js';
import { makeUser, PASSWORD, type TestUser } from '../support/factories.js';
import { useBrowser } from './support/browser.js';
import { adminClient } from './support/people.js';
import { expectText, fieldError, login } from './support/ui.js';

const suite = useBrowser('login-session');
let officer: TestUser;

beforeAll(async () => {
  officer = await makeUser(await adminClient(), 'TOWNSHIP_OFFICER', '640181105', 'session-linhe-officer');
});

test('after logging in no script can read the token: it is in an HttpOnly, SameSite=Strict cookie', async () => {
  const { page, context } = await suite.person('officer-cookie');
  await login(page, officer.username, PASSWORD);
  // What any script on the page can read (the test's own types have no DOM: the function runs in the page).
  const seen = await page.evaluate(() => {
    const w = globalThis as unknown as { localStorage: object; sessionStorage: object; document: { cookie: string } };
    return JSON.stringify({ local: { ...w.localStorage }, session: { ...w.sessionStorage }, cookie: w.document.cookie });
  });
  expect(seen).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  const cookies = await context.cookies();
  expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
    { name: 'cunce_session', httpOnly: true, sameSite: 'Strict' },
  ]);
});

test('修改密码 asks for the current password, then the new one works and this window stays logged in', async () => {
  const cadre = await makeUser(await adminClient(), 'VILLAGE_CADRE', '640181105202', 'session-cadre-change');
  const { page, errors } = await suite.person('cadre-change');
  await login(page, cadre.username, PASSWORD);
  await page.getByTestId('password-change-open').click();
  await page.getByTestId('password-current').fill('not-my-password');
  await page.getByTestId('password-new').fill('my-new-village-password');
  await page.getByTestId('password-again').fill('my-new-village-password');
  await page.getByTestId('password-submit').click();
  // The refusal names the current password: it is said under that field, not under the form.
  await expectText(fieldError(page.getByTestId('password-change'), 'current'), '当前密码不正确，请重新输入');
  expect(await page.getByTestId('password-error').count()).toBe(0);
  await page.getByTestId('password-current').fill(PASSWORD);
  await page.getByTestId('password-submit').click();
  await page.getByTestId('password-change').waitFor({ state: 'hidden' });
  await page.reload();
  await expectText(page.getByTestId('current-user'), new RegExp(`^${cadre.username}（`));
  expect(await cadre.client.code('{ users { username } }')).toBe('UNAUTHENTICATED');
  expect((await client(cadre.client.url).login(cadre.username, 'my-new-village-password')).token).toBeTruthy();
  await suite.shots.take(page, 'password-changed');
  expect(errors.filter((e) => !/400|UNAUTHENTICATED|Failed to load resource/.test(e))).toEqual([]);
});

test('退出登录 ends the session on the server: the cookie copied before no longer works', async () => {
  const { page, context } = await suite.person('officer-logout');
  await login(page, officer.username, PASSWORD);
  const [cookie] = await context.cookies();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-submit').waitFor();
  const res = await fetch(`${suite.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `cunce_session=${cookie!.value}` },
    body: JSON.stringify({ query: '{ users { username } }' }),
  });
  expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  expect(await context.cookies()).toEqual([]);
});
