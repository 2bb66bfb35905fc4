/**
 * Sessions over HTTP, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL: the editor's HttpOnly cookie (what it
 * authenticates, what a cross-site page cannot do with it), logout and changePassword ending sessions, and
 * tokens that must expire within 12 hours.
 */
import { describe, expect, test } from 'vitest';
import { flatRuleSet, makeUser, PASSWORD, PILOT } from '../support/factories.js';
import { recordStep, save, schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';
import { loginFrom, mintToken, send, sessionCookie } from './login.support.js';

const SECRET = 'e2e-signing-secret-for-minted-tokens';
const ME = { query: '{ me { username } }' };
const USERS = `{ users { username } }`;
const ATTACH = `mutation ($id: ID!, $content: String!) {
  attachDocument(schemeId: $id, step: PARTY_BRANCH_PROPOSAL, fileName: "提议.pdf", contentBase64: $content) { url }
}`;

describe('sessions', { timeout: 240_000 }, () => {
  const s = useServer({ env: { CUNCE_JWT_SECRET: SECRET } });
  const url = () => s.server.url;

  test('login sets the token in an HttpOnly, SameSite=Strict cookie living as long as the token, not Secure over http', async () => {
    const user = await makeUser(s.admin, 'AGENCY', PILOT.county);
    const res = await loginFrom(url(), user.username, PASSWORD);
    const cookie = sessionCookie(res);
    expect(cookie?.pair).toBe(`cunce_session=${res.data!.login.token}`);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=43200']));
    expect(cookie?.attributes.map((a) => a.toLowerCase())).not.toContain('secure');
  });

  test('the cookie alone authenticates GraphQL and downloads a document from /files', async () => {
    const cadre = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    await save(cadre.client, flatRuleSet(PILOT.village, 30));
    const schemeId = (await schemeOf(cadre.client, PILOT.village, 2025))!.id;
    await recordStep(cadre.client, schemeId, 'PARTY_BRANCH_PROPOSAL', '2025-01-06');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const { url: path } = (await cadre.client.ok(ATTACH, { id: schemeId, content: pdf.toString('base64') })).attachDocument;
    const cookie = sessionCookie(await loginFrom(url(), cadre.username, PASSWORD))!.pair;
    expect((await send(url(), ME, { headers: { cookie } })).data).toEqual({ me: { username: cadre.username } });
    const file = await fetch(url().replace(/\/graphql$/, path), { headers: { cookie } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await fetch(url().replace(/\/graphql$/, path))).status).toBe(401);
  });

  test('a cross-site form cannot use the cookie: form, text/plain and GET mutations are refused and change nothing', async () => {
    const user = await makeUser(s.admin, 'AGENCY', null);
    const cookie = sessionCookie(await loginFrom(url(), user.username, PASSWORD))!.pair;
    const logout = 'mutation { logout }';
    const attempts = [
      await send(url(), `query=${encodeURIComponent(logout)}`, {
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      }),
      await send(url(), JSON.stringify({ query: logout }), { headers: { cookie, 'content-type': 'text/plain' } }),
      await send(`${url()}?query=${encodeURIComponent(logout)}`, undefined, { method: 'GET', headers: { cookie } }),
    ];
    expect(attempts.map((a) => a.status >= 400 && a.data?.logout === undefined)).toEqual([true, true, true]);
    expect((await send(url(), ME, { headers: { cookie } })).data).toEqual({ me: { username: user.username } });
    expect((await user.client.ok('{ me { username } }')).me.username).toBe(user.username);
  });

  test('logout ends every session of the user and clears the cookie', async () => {
    const user = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.county);
    const cookie = sessionCookie(await loginFrom(url(), user.username, PASSWORD))!.pair;
    const out = await send(url(), { query: 'mutation { logout }' }, { headers: { cookie } });
    expect(out.data).toEqual({ logout: true });
    const cleared = sessionCookie(out);
    expect(cleared?.pair).toBe('cunce_session=');
    expect(cleared?.attributes).toEqual(expect.arrayContaining([expect.stringMatching(/^Expires=Thu, 01 Jan 1970/)]));
    expect(await user.client.code(USERS)).toBe('UNAUTHENTICATED');
    expect((await send(url(), { query: USERS }, { headers: { cookie } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('changePassword asks for the current password, ends the other sessions and gives this one a new token', async () => {
    const user = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.elsewhere.county);
    const change = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }';
    const wrong = await user.client.request(change, { c: 'not-my-password', n: 'a-brand-new-password' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const other = await s.anon.login(user.username, PASSWORD);
    const { token } = (await user.client.ok(change, { c: PASSWORD, n: 'a-brand-new-password' })).changePassword;
    expect(await other.code(USERS)).toBe('UNAUTHENTICATED');
    expect((await s.anon.as(token).ok(USERS)).users.map((u: { username: string }) => u.username)).toEqual([]);
    expect(
      (
        await s.anon.request('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
          u: user.username,
          p: PASSWORD,
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await s.anon.login(user.username, 'a-brand-new-password')).token).toBeTruthy();
  });

  test('a token without an expiry, or meant to live past 12 hours, is refused', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.neighbour);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, tv: 0, iss: 'cunce', iat: now };
    const fine = mintToken(SECRET, { ...claims, exp: now + 3600 });
    expect((await s.anon.as(fine).ok('{ me { username } }')).me).toEqual({ username: user.username });
    const village = `{ village(code: "${PILOT.neighbour}") { code } }`;
    expect(await s.anon.as(mintToken(SECRET, claims)).code(village)).toBe('UNAUTHENTICATED');
    expect(await s.anon.as(mintToken(SECRET, { ...claims, exp: now + 365 * 86_400 })).code(village)).toBe('UNAUTHENTICATED');
  });
});

describe('sessions behind an https reverse proxy (CUNCE_TRUST_PROXY=loopback)', () => {
  const s = useServer({ env: { CUNCE_TRUST_PROXY: 'loopback' } });

  test('the cookie is Secure when the proxy says the request came over https', async () => {
    const user = await makeUser(s.admin, 'AGENCY', PILOT.county);
    const res = await loginFrom(s.server.url, user.username, PASSWORD, '127.0.0.1', { 'x-forwarded-proto': 'https' });
    expect(sessionCookie(res)?.attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict']));
  });
});
