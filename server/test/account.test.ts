import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { createHarness, PASSWORD, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { username } } }';
const USERS = '{ users { username } }';

test('changePassword asks for the current password and changes nothing when it is wrong', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-change-wrong');
  const res = await h.gql(CHANGE, { c: 'not-my-password', n: 'my-own-new-password' }, token);
  expect(res.errors?.[0]).toMatchObject({
    message: '当前密码（currentPassword）不正确，请重新输入',
    extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
  });
  expect((await h.gql(USERS, {}, token)).errors).toBeUndefined();
  expect(await h.login('hrss-change-wrong', PASSWORD)).toBeTruthy();
});

test('changePassword refuses a weak new password, naming newPassword', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-change-weak');
  const res = await h.gql(CHANGE, { c: PASSWORD, n: 'hrss-change-weak' }, token);
  expect(res.errors?.[0]).toMatchObject({
    message: '新密码（newPassword）不能与用户名相同，请换一个',
    extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
  });
});

test('changePassword ends the other sessions, gives this one a new token, and is audited', async () => {
  const { token, user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-change');
  const other = await h.login('hrss-change', PASSWORD);
  const data = await h.ok(CHANGE, { c: PASSWORD, n: 'my-own-new-password' }, token);
  expect(data.changePassword.user.username).toBe('hrss-change');
  expect((await h.gql(USERS, {}, other)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await h.gql(USERS, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await h.gql(USERS, {}, data.changePassword.token)).errors).toBeUndefined();
  expect(await h.login('hrss-change', 'my-own-new-password')).toBeTruthy();
  const entries = await h.em().find(AuditEntry, { entity: 'User', entityId: String(user.id), action: 'CHANGE_PASSWORD' });
  expect(entries.map((e) => e.user?.id)).toEqual([user.id]);
});

test('logout ends the user’s sessions and is audited; without a session it answers false', async () => {
  const { token, user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'hrss-logout');
  expect((await h.ok('mutation { logout }', {}, token)).logout).toBe(true);
  expect((await h.gql(USERS, {}, token)).errors?.[0]).toMatchObject({
    message: '登录已失效，请重新登录',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  expect((await h.ok('mutation { logout }')).logout).toBe(false);
  expect(await h.em().count(AuditEntry, { entity: 'User', entityId: String(user.id), action: 'LOGOUT' })).toBe(1);
});
