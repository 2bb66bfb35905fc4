import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

test('logs in as a village cadre of a pilot village', async () => {
  const { token } = await h.loginAs('VILLAGE_CADRE', PILOT.village);
  const data = await h.ok('{ me { role areaCode disabled } }', {}, token);
  expect(data.me).toEqual({ role: 'VILLAGE_CADRE', areaCode: PILOT.village, disabled: false });
});
