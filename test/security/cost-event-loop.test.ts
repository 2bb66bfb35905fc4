/**
 * Big rosters do not hold the server (issue 11): while three of the heaviest anonymous and three of the heaviest
 * logged-in simulate requests the budgets allow run (each logged-in one evaluates 50,000 members), 1-member
 * simulate requests sent one after another keep being answered: ten of them before the first logged-in one.
 * (Before, each waited for whole evaluations: three were answered in the time.) How long they wait is measured
 * by the bench (`anonymous flood`), not here.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, members, ruleSet } from '../support/factories.js';
import { heaviestSimulate, simulateQuery } from '../support/heaviest.js';
import { useServer } from '../support/useServer.js';

const doc = ruleSet(PILOT.village, 2025);
type Answer = { a0: { totals: { members: number } } };

describe('the event loop while big rosters are evaluated', () => {
  const s = useServer();

  test('ten 1-member simulate requests are answered one after another before the first of the heaviest logged-in requests', async () => {
    const anonymous = await heaviestSimulate(s.anon, doc);
    const user = await heaviestSimulate(s.admin, doc);
    expect(user.aliases * user.members).toBeGreaterThanOrEqual(30_000);
    const answered: string[] = [];
    const send = <T>(name: string, run: Promise<T>) =>
      run.then((res) => {
        answered.push(name);
        return res;
      });
    const heavy = [
      ...[1, 2, 3].map((i) => send(`anonymous ${i}`, s.anon.ok<Answer>(anonymous.query, anonymous.variables))),
      ...[1, 2, 3].map((i) => send(`user ${i}`, s.admin.ok<Answer>(user.query, user.variables))),
    ];
    for (let i = 1; i <= 10; i++) {
      const small = await send(`small ${i}`, s.anon.ok<Answer>(simulateQuery(1), { r: doc, m: members(1) }));
      expect(small.a0.totals.members).toBe(1);
    }
    const results = await Promise.all(heavy);
    expect(results.map((r) => r.a0.totals.members)).toEqual([...Array(3).fill(anonymous.members), ...Array(3).fill(user.members)]);
    const firstUser = Math.min(...[1, 2, 3].map((i) => answered.indexOf(`user ${i}`)));
    expect(
      answered.slice(0, firstUser).filter((name) => name.startsWith('small')),
      answered.join(', '),
    ).toHaveLength(10);
  });
});
