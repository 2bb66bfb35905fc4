/**
 * Nested queries over the region's tree send a number of SQL statements that does not grow with the number of
 * villages (issue 13 item 1): field resolvers read through per-request DataLoaders.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { addManyVillages } from './manyVillages.js';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.adminToken();
});
afterAll(() => h.close());

const TREE_STATUS = '{ counties { townships { villages { code scheme(year: 2025) { status } } } } }';
const TREE_DEEP = `{ counties { townships { villages { code
  scheme(year: 2025) { status currentVersion { version } filedVersion { version } decisionSteps { step } filingReceipts { department } suspension { reason } }
  settlements(year: 2025) { id } schemes { id } } } } }`;

/** The statements one operation sends, and its answer's villages. */
async function statements(query: string): Promise<{ count: number; villages: number }> {
  const knex = h.em().getKnex();
  let count = 0;
  const listen = () => (count += 1);
  knex.on('query', listen);
  try {
    const data = await h.ok(query, {}, admin);
    const villages = data.counties.flatMap((c: any) => c.townships.flatMap((t: any) => t.villages));
    return { count, villages: villages.filter((v: any) => v.scheme).length };
  } finally {
    knex.off('query', listen);
  }
}

test('the tree with scheme statuses sends as many statements for 200 villages as for 100', async () => {
  await addManyVillages(h.em(), 100);
  const fewer = await statements(TREE_STATUS);
  await addManyVillages(h.em(), 100);
  const more = await statements(TREE_STATUS);
  expect(more.villages).toBe(fewer.villages + 100);
  expect(more.count).toBe(fewer.count);
  expect(more.count).toBeLessThanOrEqual(8);
});

test('the tree with versions, steps, receipts and settlements sends a fixed number of statements', async () => {
  const fewer = await statements(TREE_DEEP);
  await addManyVillages(h.em(), 100);
  const more = await statements(TREE_DEEP);
  expect(more.villages).toBe(fewer.villages + 100);
  expect(more.count).toBe(fewer.count);
  expect(more.count).toBeLessThanOrEqual(20);
});
