import { afterAll, beforeAll, expect, test } from 'vitest';
import { LOGIN_REFUSED } from '../src/modules/reference/auth/login.service.js';
import { createHarness, PASSWORD, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }';
const USERS = '{ users { username } }';

test('logs in with the right password and reads itself with the token', async () => {
  const { user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-login');
  const data = await h.ok(LOGIN, { u: 'hrss-login', p: PASSWORD });
  expect(data.login.user).toEqual({ username: 'hrss-login', role: 'COUNTY_HRSS' });
  expect(new Date(data.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  const me = await h.ok('{ me { id username } }', {}, data.login.token);
  expect(me.me).toEqual({ id: String(user.id), username: 'hrss-login' });
});

test('refuses a wrong password and an unknown user alike', async () => {
  await h.loginAs('TOWNSHIP_OFFICER', PILOT.township, 'officer-wrong');
  const wrong = await h.gql(LOGIN, { u: 'officer-wrong', p: 'not-the-password' });
  const unknown = await h.gql(LOGIN, { u: 'nobody-at-all', p: 'whatever-123' });
  expect(wrong.errors?.[0]).toMatchObject({ message: LOGIN_REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
  expect(unknown.errors?.[0]).toMatchObject({ message: LOGIN_REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
});

test('locks the account for 15 minutes after 5 wrong passwords, even against the right one, and lists the lock', async () => {
  await h.loginAs('VILLAGE_CADRE', PILOT.village, 'cadre-locked');
  for (let i = 0; i < 5; i++) {
    const res = await h.gql(LOGIN, { u: 'cadre-locked', p: 'wrong-password' });
    expect(res.errors?.[0]).toMatchObject({ message: LOGIN_REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
  }
  const right = await h.gql(LOGIN, { u: 'cadre-locked', p: PASSWORD });
  expect(right.errors?.[0]).toMatchObject({ message: LOGIN_REFUSED, extensions: { code: 'UNAUTHENTICATED' } });
  const { users } = await h.ok('{ users { username lockedUntil } }', {}, await h.adminToken());
  const listed = users.find((u: { username: string }) => u.username === 'cadre-locked');
  expect(new Date(listed.lockedUntil).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
});

test('a disabled user’s token stops working and the user cannot log in', async () => {
  const { token, user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-disabled');
  expect((await h.gql(USERS, {}, token)).errors).toBeUndefined();
  await h.ok('mutation ($id: ID!) { disableUser(userId: $id) { disabled } }', { id: String(user.id) }, await h.adminToken());
  const after = await h.gql(USERS, {}, token);
  expect(after.errors?.[0]).toMatchObject({ message: '登录已失效，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  const me = await h.ok('{ me { username } }', {}, token);
  expect(me.me).toBeNull();
  const again = await h.gql(LOGIN, { u: 'hrss-disabled', p: PASSWORD });
  expect(again.errors?.[0]?.message).toBe('该账号已停用，请联系管理员');
});

test('resetting a password ends the sessions of the old one', async () => {
  const { token, user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-reset');
  await h.ok(
    'mutation ($id: ID!) { resetPassword(userId: $id, password: "new-password-1") { id } }',
    { id: String(user.id) },
    await h.adminToken(),
  );
  expect((await h.gql(USERS, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await h.gql(LOGIN, { u: 'hrss-reset', p: PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await h.gql(LOGIN, { u: 'hrss-reset', p: 'new-password-1' })).errors).toBeUndefined();
});

test('a forged or malformed token is refused on stored data', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const [header, payload] = token.split('.');
  const forged = `${header}.${payload}.${'A'.repeat(43)}`;
  const res = await h.gql(USERS, {}, forged);
  expect(res.errors?.[0]).toMatchObject({ message: '登录已失效或已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  const none = await h.gql(USERS);
  expect(none.errors?.[0]).toMatchObject({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
});
