/** `villages(codes:)`: many villages with their scheme status in one operation (issue 13 item 2). */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import { addManyVillages } from './manyVillages.js';

let h: Harness;
let codes: string[];
beforeAll(async () => {
  h = await createHarness();
  codes = await addManyVillages(h.em(), 300);
});
afterAll(() => h.close());

const VILLAGES = 'query ($codes: [String!]!) { villages(codes: $codes) { code scheme(year: 2025) { status } } }';

test('gives 300 villages with their scheme status in the order asked, past the 50 aliases a query may write', async () => {
  const asked = [...codes].reverse();
  const data = await h.ok(VILLAGES, { codes: asked }, await h.adminToken());
  expect(data.villages.map((v: any) => v.code)).toEqual(asked);
  expect(data.villages.every((v: any) => v.scheme?.status === 'DRAFT')).toBe(true);
});

test('leaves out unknown codes and refuses a village outside the user area', async () => {
  const { token } = await h.loginAs('COUNTY_HRSS', PILOT.county);
  const own = await h.ok(VILLAGES, { codes: [PILOT.village, '640121102999'] }, token);
  expect(own.villages).toEqual([{ code: PILOT.village, scheme: null }]);
  const res = await h.gql(VILLAGES, { codes: [PILOT.village, PILOT.elsewhere.village] }, token);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(res.data).toBeNull();
});

test('refuses more than 3,000 codes, naming the argument', async () => {
  const res = await h.gql(VILLAGES, { codes: Array.from({ length: 3001 }, () => PILOT.village) }, await h.adminToken());
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain('codes');
});
