/**
 * Big rosters do not hold the server (issue 11): while three of the heaviest anonymous and three of the heaviest
 * logged-in simulate requests the budgets allow run, a 1-member simulate sent after them is answered before any
 * of the logged-in ones (each evaluates 50,000 members). How long it waits is measured by the bench
 * (`anonymous flood`), not here.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, members, ruleSet } from '../support/factories.js';
import { heaviestSimulate, simulateQuery } from '../support/heaviest.js';
import { useServer } from '../support/useServer.js';

const doc = ruleSet(PILOT.village, 2025);

describe('the event loop while big rosters are evaluated', () => {
  const s = useServer();

  test('a 1-member simulate is answered while the heaviest allowed requests run, before the logged-in ones', async () => {
    const anonymous = await heaviestSimulate(s.anon, doc);
    const user = await heaviestSimulate(s.admin, doc);
    expect(user.aliases * user.members).toBeGreaterThanOrEqual(30_000);
    const answered: string[] = [];
    const send = (name: string, run: Promise<unknown>) => run.then((res) => {
      answered.push(name);
      return res;
    });
    const heavy = [
      ...[1, 2, 3].map((i) => send(`anonymous ${i}`, s.anon.ok(anonymous.query, anonymous.variables))),
      ...[1, 2, 3].map((i) => send(`user ${i}`, s.admin.ok(user.query, user.variables))),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const small = await send('small', s.anon.ok(simulateQuery(1), { r: doc, m: members(1) }));
    expect((small as { a0: { totals: { members: number } } }).a0.totals.members).toBe(1);
    const results = (await Promise.all(heavy)) as { a0: { totals: { members: number } } }[];
    expect(results.map((r) => r.a0.totals.members)).toEqual([...Array(3).fill(anonymous.members), ...Array(3).fill(user.members)]);
    expect(answered.indexOf('small')).toBeLessThan(Math.min(...[1, 2, 3].map((i) => answered.indexOf(`user ${i}`))));
  });
});
