/**
 * Guessing passwords over HTTP, against the real server on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL: the
 * attempts of issue 11 (parallel guesses past the lockout, locking the administrator out, telling names apart)
 * and those a throttle must also stop (one address spraying many names, many addresses against one name).
 * Clients are told apart by the loopback address they send from.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { makeUser, PASSWORD, PILOT } from '../support/factories.js';
import { ADMIN_PASSWORD, startServer } from '../support/server.js';
import { useServer } from '../support/useServer.js';
import { loginFrom, type RawResponse } from './login.support.js';

const refused = (res: RawResponse) => res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && !res.data?.login;
const loggedIn = (res: RawResponse) => res.data?.login?.user?.username as string | undefined;
const times = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));
/** Up to 30 password checks a test at scrypt N=2^17: seconds each on a busy machine. */
const HEAVY = { timeout: 300_000 };

describe('guessing passwords', HEAVY, () => {
  const s = useServer();
  const url = () => s.server.url;

  test('50 wrong passwords at once lock the name from that address: then the right one is refused too', async () => {
    const user = await makeUser(s.admin, 'TOWNSHIP_OFFICER', PILOT.township);
    const guesses = await times(50, (i) => loginFrom(url(), user.username, `wrong-password-${i}`, '127.0.0.11'));
    expect(guesses.every(refused)).toBe(true);
    expect(refused(await loginFrom(url(), user.username, PASSWORD, '127.0.0.11'))).toBe(true);
    const { users } = await s.admin.ok('{ users { username lockedUntil } }');
    const listed = users.find((u: { username: string }) => u.username === user.username);
    expect(new Date(listed.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  test('the right password sent while 29 wrong ones are being checked gets no token', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    const guesses = times(29, (i) => loginFrom(url(), user.username, `wrong-password-${i}`, '127.0.0.12'));
    await sleep(500);
    const right = await loginFrom(url(), user.username, PASSWORD, '127.0.0.12');
    expect((await guesses).every(refused)).toBe(true);
    expect(right.data?.login?.token).toBeUndefined();
    expect(refused(right)).toBe(true);
  });

  test('two server processes on one database share the count', async () => {
    const second = await startServer({ database: s.server.database });
    try {
      const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.neighbour);
      const guesses = await times(20, (i) => loginFrom(i % 2 ? url() : second.url, user.username, `wrong-password-${i}`, '127.0.0.13'));
      expect(guesses.every(refused)).toBe(true);
      expect(refused(await loginFrom(url(), user.username, PASSWORD, '127.0.0.13'))).toBe(true);
      expect(refused(await loginFrom(second.url, user.username, PASSWORD, '127.0.0.13'))).toBe(true);
    } finally {
      await second.stop();
    }
  });

  test('guessing the administrator’s password from one address locks only that address out: admin logs in from another', async () => {
    const guesses = await times(20, (i) => loginFrom(url(), 'admin', `admin-guess-${i}`, '127.0.0.21'));
    expect(guesses.every(refused)).toBe(true);
    expect(refused(await loginFrom(url(), 'admin', ADMIN_PASSWORD, '127.0.0.21'))).toBe(true);
    expect(loggedIn(await loginFrom(url(), 'admin', ADMIN_PASSWORD, '127.0.0.22'))).toBe('admin');
  });

  test('an address trying many names is refused on every name after 30 failures, other addresses are not', async () => {
    const user = await makeUser(s.admin, 'AGENCY', PILOT.county);
    for (let round = 0; round < 3; round++) {
      const guesses = await times(10, (i) => loginFrom(url(), `sprayed-${round}-${i}`, 'Spring-2025!', '127.0.0.31'));
      expect(guesses.every(refused)).toBe(true);
    }
    expect(refused(await loginFrom(url(), user.username, PASSWORD, '127.0.0.31'))).toBe(true);
    expect(loggedIn(await loginFrom(url(), user.username, PASSWORD, '127.0.0.32'))).toBe(user.username);
  });

  test('many addresses guessing one name close it to new addresses; an address it logged in from still gets in', async () => {
    const user = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.county); // logs in from 127.0.0.1
    for (let a = 1; a <= 6; a++) {
      const guesses = await times(5, (i) => loginFrom(url(), user.username, `guess-${a}-${i}`, `127.0.1.${a}`));
      expect(guesses.every(refused)).toBe(true);
    }
    expect(refused(await loginFrom(url(), user.username, PASSWORD, '127.0.1.99'))).toBe(true);
    expect(loggedIn(await loginFrom(url(), user.username, PASSWORD, '127.0.0.1'))).toBe(user.username);
  });

  test('an unknown name, a wrong password and a locked name, known or not, get the same answer', async () => {
    const user = await makeUser(s.admin, 'COUNTY_AGRICULTURE', PILOT.county);
    const wrong = await loginFrom(url(), user.username, 'not-the-password', '127.0.0.41');
    const unknown = await loginFrom(url(), 'no-such-person', 'not-the-password', '127.0.0.41');
    await times(5, (i) => loginFrom(url(), user.username, `wrong-password-${i}`, '127.0.0.42'));
    await times(5, (i) => loginFrom(url(), 'no-such-person', `wrong-password-${i}`, '127.0.0.42'));
    const locked = await loginFrom(url(), user.username, PASSWORD, '127.0.0.42');
    const lockedUnknown = await loginFrom(url(), 'no-such-person', 'not-the-password', '127.0.0.42');
    const answers = [wrong, unknown, locked, lockedUnknown].map((r) => ({ status: r.status, data: r.data, errors: r.errors }));
    expect(answers.map((a) => JSON.stringify(a))).toEqual(Array(4).fill(JSON.stringify(answers[0])));
    expect(answers[0]).toMatchInlineSnapshot(`
      {
        "data": null,
        "errors": [
          {
            "extensions": {
              "code": "UNAUTHENTICATED",
            },
            "locations": [
              {
                "column": 39,
                "line": 1,
              },
            ],
            "message": "用户名或密码错误；同一账号连续输错5次须等15分钟后再试",
            "path": [
              "login",
            ],
          },
        ],
        "status": 200,
      }
    `);
  });

  test('X-Forwarded-For is ignored without CUNCE_TRUST_PROXY: changing it does not escape the lock', async () => {
    const user = await makeUser(s.admin, 'TOWNSHIP_OFFICER', PILOT.sameCounty.township);
    await times(8, (i) => loginFrom(url(), user.username, `wrong-password-${i}`, '127.0.0.51', { 'x-forwarded-for': `203.0.113.${i}` }));
    expect(refused(await loginFrom(url(), user.username, PASSWORD, '127.0.0.51', { 'x-forwarded-for': '198.51.100.1' }))).toBe(true);
  });
});

describe('behind a reverse proxy (CUNCE_TRUST_PROXY=loopback)', HEAVY, () => {
  const s = useServer({ env: { CUNCE_TRUST_PROXY: 'loopback' } });

  test('the client’s address comes from X-Forwarded-For: an attacker behind the proxy does not lock out the owner', async () => {
    const user = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    const attacker = { 'x-forwarded-for': '203.0.113.9' };
    expect(
      (await times(10, (i) => loginFrom(s.server.url, user.username, `wrong-password-${i}`, '127.0.0.1', attacker))).every(refused),
    ).toBe(true);
    expect(refused(await loginFrom(s.server.url, user.username, PASSWORD, '127.0.0.1', attacker))).toBe(true);
    expect(loggedIn(await loginFrom(s.server.url, user.username, PASSWORD, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7' }))).toBe(
      user.username,
    );
  });
});
