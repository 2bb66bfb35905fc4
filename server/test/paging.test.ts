/**
 * Cursor connections (issue 13 item 3): pages of `first` from `after`, a stable order while rows are added, the
 * last page, a hard maximum per page and a bad cursor refused, and `first` counted by the cost model.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { member } from './scheme.fixtures.js';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.adminToken();
  await addEntries(1205);
});
afterAll(() => h.close());

async function addEntries(count: number, action = 'TEST'): Promise<void> {
  const em = h.em();
  const village = await em.findOneOrFail(Village, { code: PILOT.village });
  const at = new Date();
  const rows = Array.from({ length: count }, (_, i) => ({
    at,
    action,
    entity: 'Test',
    entityId: String(i),
    village: village.id,
    villageCode: village.code,
    year: 2025,
  }));
  await em.insertMany(AuditEntry, rows);
}

const PAGE = `query ($first: Int, $after: String) { auditLogConnection(villageCode: "${PILOT.village}", first: $first, after: $after) {
  nodes { id action } pageInfo { hasNextPage endCursor } totalCount } }`;

async function page(first: number, after: string | null) {
  return (await h.ok(PAGE, { first, after }, admin)).auditLogConnection;
}

test('pages through more than the 1,000 entries auditLog stops at, newest first, to a last page', async () => {
  const seen: number[] = [];
  let after: string | null = null;
  let last: any;
  do {
    last = await page(500, after);
    seen.push(...last.nodes.map((n: any) => Number(n.id)));
    after = last.pageInfo.endCursor;
  } while (last.pageInfo.hasNextPage);
  expect(last.totalCount).toBe(1205);
  expect(seen).toHaveLength(1205);
  expect(seen).toEqual([...seen].sort((a, b) => b - a));
  expect(last.nodes).toHaveLength(205);
  const old = await h.ok(`{ auditLog(villageCode: "${PILOT.village}") { id } }`, {}, admin);
  expect(old.auditLog).toHaveLength(1000);
});

test('entries added while paging do not shift the pages after the cursor', async () => {
  const first = await page(10, null);
  await addEntries(3, 'NEWER');
  const second = await page(10, first.pageInfo.endCursor);
  expect(Number(second.nodes[0].id)).toBe(Number(first.nodes[9].id) - 1);
  expect(second.totalCount).toBe(first.totalCount + 3);
});

test('refuses more than 500 a page and a cursor it did not give, naming the argument', async () => {
  const big = await h.gql(PAGE, { first: 501 }, admin);
  expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(big.errors?.[0]?.message).toContain('first');
  const bad = await h.gql(PAGE, { first: 10, after: 'not-a-cursor' }, admin);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.message).toContain('after');
});

/** Every node of a connection field, page by page of `first`. */
async function walk(query: string, pick: (data: any) => any, variables: Record<string, unknown>, token: string, first: number) {
  const nodes: any[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const conn = pick(await h.ok(query, { ...variables, first, after }, token));
    nodes.push(...conn.nodes);
    pages += 1;
    if (!conn.pageInfo.hasNextPage) return { nodes, pages, totalCount: conn.totalCount };
    after = conn.pageInfo.endCursor;
  }
}

test('the roster, users and donors page the same rows as their lists', async () => {
  const { token } = await h.loginAs('VILLAGE_CADRE', PILOT.village);
  await h.ok(
    'mutation ($v: String!, $m: [MemberInput!]!) { importMembers(villageCode: $v, year: 2025, members: $m) { imported } }',
    { v: PILOT.village, m: Array.from({ length: 7 }, (_, i) => member(i + 1)) },
    token,
  );
  const roster = await walk(
    'query ($first: Int, $after: String) { village(code: "640121102201") { rosterConnection(year: 2025, first: $first, after: $after) { nodes { idNumber } pageInfo { hasNextPage endCursor } totalCount } } }',
    (d) => d.village.rosterConnection,
    {},
    token,
    3,
  );
  const list = await h.ok(`{ village(code: "${PILOT.village}") { roster(year: 2025) { idNumber } } }`, {}, token);
  expect(roster).toEqual({ nodes: list.village.roster, pages: 3, totalCount: 7 });

  for (let i = 0; i < 4; i++) await h.loginAs('VILLAGE_CADRE', PILOT.neighbour);
  const users = await walk(
    'query ($first: Int, $after: String) { usersConnection(first: $first, after: $after) { nodes { username } pageInfo { hasNextPage endCursor } totalCount } }',
    (d) => d.usersConnection,
    {},
    admin,
    2,
  );
  expect(users.nodes).toEqual((await h.ok('{ users { username } }', {}, admin)).users);

  for (const name of ['丙公司', '甲公司', '乙公司'])
    await h.ok('mutation ($n: String!) { createDonor(input: { name: $n, kind: INDIVIDUAL }) { id } }', { n: name }, token);
  const donors = await walk(
    'query ($first: Int, $after: String) { donorsConnection(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } totalCount } }',
    (d) => d.donorsConnection,
    {},
    token,
    2,
  );
  expect(donors.nodes).toEqual((await h.ok('{ donors { name } }', {}, token)).donors);
  expect(donors.totalCount).toBe(3);
});
