import { afterAll, beforeAll, expect, test } from 'vitest';
import { MAX_MEMBERS } from '../src/limits/limits.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${await h.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, json: await res.json() };
}

test('refuses a query nested deeper than 12 levels', async () => {
  // The rule reads the document only, so field names need not exist for the depth to be refused.
  const nest = (depth: number) => Array.from({ length: depth }, (_, i) => `f${i} {`).join(' ') + ' leaf ' + '}'.repeat(depth);
  const messages = async (depth: number) => ((await h.gql(`{ counties { ${nest(depth)} } }`)).errors ?? []).map((e) => e.message);
  expect(await messages(10)).not.toContainEqual(expect.stringMatching(/查询嵌套过深/));
  const deep = await h.gql(`{ counties { ${nest(12)} } }`);
  expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(deep.errors?.map((e) => e.message)).toContain('查询嵌套过深（13层，上限12层），请减少嵌套后再查询');
});

test('refuses a document with too many aliases', async () => {
  const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: policyYear(year: 2025) { year }`).join(' ');
  const res = await h.gql(`{ ${aliases} }`);
  expect(res.errors?.[0]).toMatchObject({
    message: '查询过于复杂（字段120个、别名60个；上限分别为2000、50），请拆分查询',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  const fifty = Array.from({ length: 50 }, (_, i) => `a${i}: policyYear(year: 2025) { year }`).join(' ');
  expect((await h.gql(`{ ${fifty} }`)).errors).toBeUndefined();
});

test('refuses more than 10,000 members in a call', async () => {
  const members = Array.from({ length: MAX_MEMBERS + 1 }, () => ({ idNumber: '640105197307250011' }));
  const res = await h.gql('query ($m: [MemberInput!]!) { simulate(ruleSet: {}, members: $m) { totals { members } } }', { m: members });
  expect(res.errors?.[0]).toMatchObject({
    message: '每次最多提交10000名成员，本次10001名，请分批提交',
    extensions: { code: 'BAD_USER_INPUT' },
  });
});

test('refuses a rule set larger than 256 KB', async () => {
  const huge = { format: 'cunce.ruleset/1', title: 'x'.repeat(300 * 1024) };
  const res = await h.gql('query ($r: JSON!) { validateRuleSet(ruleSet: $r) { valid } }', { r: huge });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toMatch(/补助标准文档过大/);
});

test('refuses a request body over 10 MB over HTTP with a JSON error', async () => {
  const body = JSON.stringify({ query: '{ counties { code } }', variables: { pad: 'x'.repeat(11 * 1024 * 1024) } });
  const res = await post(body);
  expect(res.status).toBe(413);
  expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('answers unknown paths with a JSON 404 when the editor is not built', async () => {
  const res = await fetch(`${await h.url()}/no/such/page`);
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ error: 'NOT_FOUND', message: '没有这个地址' });
});

test('serves GraphQL over HTTP on /graphql', async () => {
  const res = await post(JSON.stringify({ query: '{ policyYear(year: 2025) { year } }' }));
  expect(res).toEqual({
    status: 200,
    json: { data: { policyYear: { year: 2025 } }, extensions: { cost: { requested: 3, limit: 150_000 } } },
  });
});

test('an operation name the document does not have is refused, not an internal error', async () => {
  const res = await post(JSON.stringify({ query: '{ policyYears { year } }', operationName: 'PolicyYears' }));
  expect(res.status).toBe(400);
  expect(res.json.errors[0]).toMatchObject({ message: 'Unknown operation named "PolicyYears".' });
});
