/** Limits on what one request may ask: query depth, complexity, body size, members a call. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, makeUser } from '../support/factories.js';
import { IMPORT } from '../support/operations.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;

describe('request limits', () => {
  const s = useServer();

  test('a query nested deeper than the limit is refused before it runs, saying so in Chinese', async () => {
    let selection = 'code';
    for (let i = 0; i < 10; i++) selection = `scheme(year: 2025) { village { ${selection} } }`;
    const res = await s.admin.request(`{ village(code: "${VILLAGE}") { ${selection} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toMatchInlineSnapshot(`
      [
        "BAD_USER_INPUT",
      ]
    `);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a query within the depth limit runs', async () => {
    const res = await s.admin.request(`{ village(code: "${VILLAGE}") { scheme(year: 2025) { village { code } } } }`);
    expect(res.errors).toBeUndefined();
  });

  test('a query with too many aliased fields is refused, saying so in Chinese', async () => {
    const fields = Array.from({ length: 300 }, (_, i) => `a${i}: counties { code }`).join(' ');
    const res = await s.anon.request(`{ ${fields} }`);
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(res.errors?.map((e) => e.extensions?.code)).toMatchInlineSnapshot(`
      [
        "BAD_USER_INPUT",
      ]
    `);
  });

  test('a request body above the size limit is refused with BAD_USER_INPUT', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(11 * 1024 * 1024) } });
    const res = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  test('a body that is not JSON is refused with BAD_USER_INPUT', async () => {
    const res = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('importMembers refuses more than 10,000 members a call and stores none', async () => {
    const cadre = await makeUser(s.admin, 'VILLAGE_CADRE', VILLAGE);
    const list = Array.from({ length: 10_001 }, () => member());
    const res = await cadre.client.request(IMPORT, { village: VILLAGE, year: 2025, members: list });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { village } = await cadre.client.ok(`query { village(code: "${VILLAGE}") { roster(year: 2025) { idNumber } } }`);
    expect(village.roster).toEqual([]);
  });

  test('simulate refuses more than 10,000 members a call', async () => {
    const ruleSet = flatRuleSet(VILLAGE, 30, 2025);
    const list = Array.from({ length: 10_001 }, () => member());
    const res = await s.anon.request(
      `query ($r: JSON!, $m: [MemberInput!]!) { simulate(ruleSet: $r, members: $m) { totals { members } } }`,
      { r: ruleSet, m: list },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a rule set above the size limit is refused with BAD_USER_INPUT', async () => {
    const ruleSet = flatRuleSet(VILLAGE, 30, 2025, { title: '长'.repeat(300_000) });
    const res = await s.anon.request(`query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid } }`, { r: ruleSet });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
