import { SignJWT } from 'jose';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signToken, TOKEN_LIFETIME_SECONDS, verifyToken } from '../src/modules/reference/auth/token.js';
import { createHarness, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const ME = '{ me { username } }';
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the server's own secret, with the claims given (as someone holding the secret could). */
function mint(claims: { sub: string; tv: number; iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ tv: claims.tv }).setProtectedHeader({ alg: 'HS256' }).setSubject(claims.sub).setIssuer('cunce');
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(h.app.secret);
}

test('a token of its own lifetime is accepted', async () => {
  const { user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'token-fine');
  const token = await mint({ sub: String(user.id), tv: 0, iat: now(), exp: now() + TOKEN_LIFETIME_SECONDS });
  expect((await h.ok(ME, {}, token)).me).toEqual({ username: 'token-fine' });
});

test('refuses a token without an expiry or an issue time', async () => {
  const { user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'token-no-exp');
  for (const token of [
    await mint({ sub: String(user.id), tv: 0, iat: now() }),
    await mint({ sub: String(user.id), tv: 0, exp: now() + 60 }),
  ]) {
    const res = await h.gql('{ users { username } }', {}, token);
    expect(res.errors?.[0]).toMatchObject({ message: '登录已失效或已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED' } });
  }
});

test('refuses a token meant to live longer than 12 hours, even if issued just now', async () => {
  const { user } = await h.loginAs('COUNTY_HRSS', PILOT.county, 'token-long');
  const long = await mint({ sub: String(user.id), tv: 0, iat: now(), exp: now() + 30 * 86_400 });
  const backdated = await mint({ sub: String(user.id), tv: 0, iat: now() - 13 * 3600, exp: now() + 3600 });
  expect(await verifyToken(h.app.secret, long)).toBeNull();
  expect(await verifyToken(h.app.secret, backdated)).toBeNull();
  expect((await h.ok(ME, {}, long)).me).toBeNull();
});

test('a token past its expiry is refused', async () => {
  const token = await signToken(h.app.secret, { userId: 1, tokenVersion: 0 }, new Date(Date.now() - 13 * 3600_000));
  expect(await verifyToken(h.app.secret, token)).toBeNull();
  expect(await verifyToken(h.app.secret, await signToken(h.app.secret, { userId: 1, tokenVersion: 0 }))).toEqual({
    userId: 1,
    tokenVersion: 0,
  });
});
