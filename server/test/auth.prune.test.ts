import { afterAll, beforeAll, expect, test } from 'vitest';
import { attemptSucceeded, pruneLogins, reserveLogin } from '../src/modules/reference/auth/throttle.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const keys = async () =>
  ((await h.em().getConnection().execute('select "key" from "login_throttle"')) as { key: string }[]).map((r) => r.key).sort();
const minutesAgo = (now: Date, n: number) => new Date(now.getTime() - n * 60_000);

test('login counters that say nothing any more are deleted, by a login every ten minutes; locks in force and known addresses stay', async () => {
  const now = new Date();
  const em = h.em();
  // Just now: five failures locked a pair for 15 minutes (the first attempt of the process also prunes: nothing yet).
  for (let i = 0; i < 5; i++) await reserveLogin(em, 'victim', '192.0.2.200', now);
  // Two hours ago: a stranger tried a name once, and a cadre logged in from their office (a known address).
  await reserveLogin(em, 'stranger', '203.0.113.9', minutesAgo(now, 120));
  const office = await reserveLogin(em, 'cadre', '198.51.100.7', minutesAgo(now, 120));
  await attemptSucceeded(em, office, minutesAgo(now, 120));
  // Forty minutes ago someone failed against the cadre from elsewhere: the hour's account window still runs.
  await reserveLogin(em, 'cadre', '192.0.2.44', minutesAgo(now, 40));
  expect(await keys()).toEqual(
    [
      'a|192.0.2.200',
      'a|192.0.2.44',
      'a|198.51.100.7',
      'a|203.0.113.9',
      'u|cadre',
      'u|stranger',
      'u|victim',
      'ua|cadre|192.0.2.44',
      'ua|cadre|198.51.100.7',
      'ua|stranger|203.0.113.9',
      'ua|victim|192.0.2.200',
    ].sort(),
  );

  expect(await pruneLogins(em, now)).toBe(4);
  // Gone: the stranger's three counters and the office address's counter (windows over, no lock, nothing known). The
  // cadre's account counter stays: its hour restarted forty minutes ago.
  expect(await keys()).toEqual(
    [
      'a|192.0.2.200',
      'a|192.0.2.44',
      'u|cadre',
      'u|victim',
      'ua|cadre|192.0.2.44',
      'ua|cadre|198.51.100.7',
      'ua|victim|192.0.2.200',
    ].sort(),
  );

  // The known address still gets in without counting against the account (its counter remembered the success).
  const again = await reserveLogin(em, 'cadre', '198.51.100.7', now);
  expect(again.allowed).toBe(true);
  expect(again.counted.map((c) => c.key)).toEqual(['a|198.51.100.7', 'ua|cadre|198.51.100.7']);

  // An hour later the next attempt prunes by itself (at most every ten minutes): the pair's lock is over; the
  // known address stays known.
  await reserveLogin(em, 'late', '192.0.2.9', new Date(now.getTime() + 61 * 60_000));
  expect(await keys()).toEqual(['a|192.0.2.9', 'u|late', 'ua|cadre|198.51.100.7', 'ua|late|192.0.2.9'].sort());
});
