/**
 * JSON nested deeper than 64 levels (issue 11): in a variable (a rule set, a member's `custom`, even a variable the
 * operation does not use) or written into the query, it is refused as BAD_USER_INPUT in Chinese, never a stack
 * overflow or INTERNAL_SERVER_ERROR; 64 levels still pass. The bodies are written by hand: JSON.stringify of
 * the client would overflow first.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, member, ruleSet } from '../support/factories.js';
import { useServer } from '../support/useServer.js';

const SIMULATE = 'query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { totals { members } } }';
const VALIDATE = 'query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid } }';

/** `levels` levels of objects around 1, as JSON text. */
const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
/** The body of `query` with `variables`, the placeholder "@@" replaced by raw JSON text. */
const body = (query: string, variables: Record<string, unknown>, raw: string) => JSON.stringify({ query, variables }).replace('"@@"', raw);

describe('deep JSON', () => {
  const s = useServer();

  const post = async (text: string) => {
    const res = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    return { status: res.status, json: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
  };
  const expectRefused = (res: Awaited<ReturnType<typeof post>>, pattern: RegExp) => {
    expect(res.status, JSON.stringify(res.json)).toBe(400);
    expect(res.json.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.json.errors?.[0]?.message).toMatch(pattern);
  };

  test('a rule set nested 100,000 levels deep is refused, naming the variable and the limit', async () => {
    const res = await post(body(SIMULATE, { r: { ...ruleSet(PILOT.village), x: '@@' }, m: [member()] }, nested(100_000)));
    expectRefused(res, /变量 \$r 的JSON嵌套100001层，超过上限64层/);
  });

  test('conditions of a rule nested 5,000 levels deep are refused by validateRuleSet', async () => {
    const res = await post(
      body(
        VALIDATE,
        { r: { ...ruleSet(PILOT.village), sections: [{ key: 'a', label: 'a', hitPolicy: 'FIRST', rules: [{ id: 'x', when: '@@' }] }] } },
        nested(5000),
      ),
    );
    expectRefused(res, /超过上限64层/);
  });

  test("a member's custom facts nested 65 levels deep are refused, 64 levels pass", async () => {
    const custom = (levels: number) =>
      body(SIMULATE, { r: ruleSet(PILOT.village), m: [{ ...member(), custom: '@@' }] }, nested(levels - 2));
    expectRefused(await post(custom(65)), /变量 \$m 的JSON嵌套65层/);
    const ok = await post(custom(64));
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data).toEqual({ simulate: { totals: { members: 1 } } });
  });

  test('a deep variable the operation does not use is refused too', async () => {
    expectRefused(await post(body('{ __typename }', { pad: '@@' }, nested(1000))), /变量 \$pad 的JSON嵌套1000层/);
  });

  test('a rule set written into the query is refused when it nests deeper than 64 levels or than the parser can go', async () => {
    const literal = (levels: number) =>
      JSON.stringify({ query: `{ validateRuleSet(ruleSet: ${'{a:'.repeat(levels)}1${'}'.repeat(levels)}) { valid } }` });
    expectRefused(await post(literal(65)), /参数的JSON嵌套超过64层/);
    expectRefused(await post(literal(5000)), /括号嵌套超过100层/);
    expect((await post(literal(64))).json.data).toEqual({ validateRuleSet: { valid: false } });
  });
});
