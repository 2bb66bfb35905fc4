/**
 * The cost budget of an operation (issue 11): computed from the document and the variables before anything runs,
 * reported in every answer, refused past the caller's budget with the cost and the limit in Chinese.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, members, ruleSet } from '../support/factories.js';
import { heaviestSimulate, simulateQuery, OUTCOME_FIELDS } from '../support/heaviest.js';
import { useServer } from '../support/useServer.js';

const doc = ruleSet(PILOT.village, 2025);

describe('the cost budget of an operation', () => {
  const s = useServer();

  test('forty aliases of simulate on 10,000 members with traces are refused before anything runs, with the cost and the limit', async () => {
    const query = simulateQuery(40, `${OUTCOME_FIELDS} trace`);
    const variables = { r: doc, m: members(10_000) };
    for (const [who, limit] of [
      [s.anon, 150_000],
      [s.admin, 3_000_000],
    ] as const) {
      const res = await who.request(query, variables);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      const error = res.errors![0]!;
      const cost = error.extensions?.cost as { requested: number; limit: number };
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(cost.limit).toBe(limit);
      expect(cost.requested).toBeGreaterThan(40 * 10_000 * 100);
      expect(error.message).toContain(`${cost.requested.toLocaleString('en-US')}点`);
      expect(error.message).toContain(`${limit.toLocaleString('en-US')}点`);
      expect(res.extensions?.cost).toEqual(cost);
    }
  });

  test('every answer carries its cost and the budget of the caller', async () => {
    const query = '{ policyYear(year: 2025) { year } }';
    expect(await s.anon.request(query)).toEqual({
      status: 200,
      data: { policyYear: { year: 2025 } },
      extensions: { cost: { requested: 3, limit: 150_000 } },
    });
    expect((await s.admin.request(query)).extensions).toEqual({ cost: { requested: 3, limit: 3_000_000 } });
    const refused = await s.anon.request(`{ village(code: "${PILOT.village}") { code } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.extensions?.cost?.requested).toBeGreaterThan(0);
  });

  test('the heaviest simulate the anonymous budget allows runs; one member more asks to log in, with the cost', async () => {
    const heavy = await heaviestSimulate(s.anon, doc);
    expect(heavy.aliases).toBe(1);
    expect(heavy.members).toBeGreaterThanOrEqual(2000);
    const res = await s.anon.request(heavy.query, heavy.variables);
    expect(res.errors).toBeUndefined();
    expect(res.data.a0.totals.members).toBe(heavy.members);
    expect(res.extensions?.cost).toEqual({ requested: heavy.cost, limit: 150_000 });
    const more = await s.anon.request(heavy.query, { ...heavy.variables, m: members(heavy.members + 1) });
    expect(more.status).toBe(401);
    expect(more.data).toBeUndefined();
    const cost = more.extensions!.cost!;
    expect(cost.requested).toBeGreaterThan(150_000);
    expect(more.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['UNAUTHENTICATED', `请先登录：未登录时每次查询的计算量上限为150,000点，本次为${cost.requested!.toLocaleString('en-US')}点`],
    ]);
    expect((await s.admin.request(heavy.query, { ...heavy.variables, m: members(heavy.members + 1) })).errors).toBeUndefined();
  });

  test('a trace costs more than the rest of an outcome, and each member as much as the last', async () => {
    const plain = simulateQuery(1);
    const traced = simulateQuery(1, `${OUTCOME_FIELDS} trace`);
    const costs = [];
    for (const [query, n] of [
      [plain, 1],
      [plain, 2],
      [plain, 3],
      [traced, 1],
      [traced, 2],
    ] as const) {
      costs.push((await s.anon.request(query, { r: doc, m: members(n) })).extensions!.cost!.requested!);
    }
    const [one, two, three, tracedOne, tracedTwo] = costs as number[];
    expect(three - two).toBe(two - one);
    expect(tracedTwo - tracedOne).toBeGreaterThan(2 * (two - one));
  });

  test('a list field weighs by its limit argument', async () => {
    const log = async (limit: number) =>
      (await s.admin.request(`{ regionAuditLog(limit: ${limit}) { at action } }`)).extensions!.cost!.requested!;
    expect((await log(1000)) - (await log(10))).toBe(990 * 2);
  });
});
