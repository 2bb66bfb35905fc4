import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createHarness, type GqlResult, type Harness } from './harness.js';

const LISTED = 'query PolicyYears {\n  policyYears {\n    year\n    __typename\n  }\n}';
const HASH = createHash('sha256').update(LISTED).digest('hex');

let h: Harness;
let apps: App[];
beforeAll(async () => {
  h = await createHarness();
  const dist = mkdtempSync(join(tmpdir(), 'cunce-safelist-'));
  writeFileSync(join(dist, 'safelist.json'), JSON.stringify({ [HASH]: LISTED }));
  // Two servers reading the same file, as two processes behind a load balancer would.
  apps = [
    await createApp(h.orm, { jwtSecret: undefined, safelistOnly: 'anonymous' }, dist),
    await createApp(h.orm, { jwtSecret: undefined, safelistOnly: 'anonymous' }, dist),
  ];
});
afterAll(async () => {
  for (const app of apps) await app.apollo.stop();
  await h.close();
});

async function run(app: App, request: { query?: string; extensions?: Record<string, unknown> }, token?: string): Promise<GqlResult> {
  const contextValue = await app.context(token ? `Bearer ${token}` : undefined);
  const response = await app.apollo.executeOperation(request, { contextValue });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult as GqlResult;
}

const persisted = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

test("every process answers a persisted hash of the editor's operations from the safelist file", async () => {
  for (const app of apps) expect((await run(app, persisted(HASH))).data?.policyYears.length).toBeGreaterThan(0);
});

test('a hash not in the list is not found, and registering it does not add it', async () => {
  const query = '{ counties { code } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const token = await h.adminToken();
  expect((await run(apps[0]!, { query, ...persisted(hash) }, token)).errors).toBeUndefined();
  const later = await run(apps[0]!, persisted(hash), token);
  expect(later.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
});

test('an anonymous caller runs the listed operations only, however they are spaced', async () => {
  const spaced = await run(apps[1]!, { query: 'query PolicyYears { policyYears { year __typename } }' });
  expect(spaced.errors).toBeUndefined();
  const other = await run(apps[1]!, { query: '{ policyYears { year } }' });
  expect(other.data).toBeUndefined();
  expect(other.errors).toMatchInlineSnapshot(`
    [
      {
        "extensions": {
          "code": "NOT_SAFELISTED",
        },
        "message": "未登录：未登录时只能执行编辑器提供的查询，请登录后再执行其他查询",
      },
    ]
  `);
});

test('a logged-in user runs any operation; without the option so does an anonymous caller', async () => {
  expect((await run(apps[1]!, { query: '{ policyYears { year } }' }, await h.adminToken())).errors).toBeUndefined();
  expect((await h.gql('{ policyYears { year } }')).errors).toBeUndefined();
});
