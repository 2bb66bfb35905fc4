/** Logging in: tokens, wrong passwords, lockout, disabled users, forged tokens. */
import { describe, expect, test } from 'vitest';
import { PASSWORD, PILOT, makeUser } from '../support/factories.js';
import { errorShape } from '../support/gql.js';
import { ADMIN_PASSWORD } from '../support/server.js';
import { useServer } from '../support/useServer.js';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role } } }`;

describe('authentication', () => {
  const s = useServer();

  test('the administrator set by CUNCE_ADMIN_PASSWORD logs in as REGION_ADMIN', async () => {
    const { login } = await s.anon.ok(LOGIN, { u: 'admin', p: ADMIN_PASSWORD });
    expect(login.user).toEqual({ username: 'admin', role: 'REGION_ADMIN' });
    expect((await s.anon.as(login.token).ok(`{ me { username role areaCode disabled } }`)).me).toEqual({
      username: 'admin',
      role: 'REGION_ADMIN',
      areaCode: null,
      disabled: false,
    });
  });

  test('a wrong password and an unknown user are refused alike with UNAUTHENTICATED', async () => {
    const wrong = await s.anon.request(LOGIN, { u: 'admin', p: 'not-the-password' });
    const unknown = await s.anon.request(LOGIN, { u: 'nobody-here', p: 'not-the-password' });
    expect(errorShape(wrong)).toMatchInlineSnapshot(`
      {
        "code": "UNAUTHENTICATED",
        "path": [
          "login",
        ],
      }
    `);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  test('repeated wrong passwords lock the account: then even the right password is refused', async () => {
    const user = await makeUser(s.admin, 'TOWNSHIP_OFFICER', PILOT.township);
    for (let i = 0; i < 10; i++) {
      const res = await s.anon.request(LOGIN, { u: user.username, p: `wrong-${i}` });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const right = await s.anon.request(LOGIN, { u: user.username, p: PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(right.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a forged or malformed token is UNAUTHENTICATED, not a silent anonymous request', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    const [header, payload] = user.client.token!.split('.');
    for (const token of [`${header}.${payload}.c2lnbmF0dXJl`, 'not-a-token']) {
      const res = await s.anon.as(token).request(`{ village(code: "${PILOT.village}") { code } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  test("a disabled user's token stops working at once and the user cannot log in again", async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.neighbour);
    expect((await user.client.ok(`{ me { username } }`)).me.username).toBe(user.username);
    await s.admin.ok(`mutation ($id: ID!) { disableUser(userId: $id) { disabled } }`, { id: user.id });
    const res = await user.client.request(`{ village(code: "${PILOT.neighbour}") { code } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.anon.request(LOGIN, { u: user.username, p: PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a reset password replaces the old one', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.sameCounty.village);
    await s.admin.ok(`mutation ($id: ID!) { resetPassword(userId: $id, password: "a-new-password-7") { id } }`, { id: user.id });
    expect((await s.anon.request(LOGIN, { u: user.username, p: PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.anon.ok(LOGIN, { u: user.username, p: 'a-new-password-7' })).login.user.username).toBe(user.username);
  });
});
