/**
 * Cursor connections (issue 13 item 3): pages of `first` from `after`, a stable order while rows are added, the
 * last page, a hard maximum per page and a bad cursor refused, and `first` counted by the cost model.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';

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
