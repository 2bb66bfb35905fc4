import { afterAll, beforeAll, expect, test } from 'vitest';
import { donor, enterpriseInput } from './donation.fixtures.js';
import { createHarness, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

test('a missing settlement or donor is null beside the rest of the answer', async () => {
  const { token } = await h.loginAs('CIVIL_AFFAIRS', PILOT.county);
  const res = await h.gql(`{ settlement(id: "999999") { id } donor(id: "999999") { id } policyYear(year: 2025) { year } }`, {}, token);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ settlement: null, donor: null, policyYear: { year: 2025 } });
});

test("a donor outside the user's area stays FORBIDDEN", async () => {
  const far = (await h.loginAs('CIVIL_AFFAIRS', PILOT.elsewhere.county)).token;
  const civil = (await h.loginAs('CIVIL_AFFAIRS', PILOT.county)).token;
  const mine = await donor(h, civil, enterpriseInput());
  const res = await h.gql(`query ($id: ID!) { donor(id: $id) { id } }`, { id: mine.id }, far);
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await h.ok(`query ($id: ID!) { donor(id: $id) { id } }`, { id: mine.id }, civil)).donor.id).toBe(mine.id);
});
