import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import { fileScheme, IMPORT, SETTLE, villageTeam } from './scheme.fixtures.js';

interface PilotCase {
  name: string;
  member: Record<string, unknown>;
  expect: Record<string, unknown>;
}

const pilot = JSON.parse(readFileSync(new URL(`../../rules/villages/${PILOT.village}.json`, import.meta.url), 'utf8'));
const cases: PilotCase[] = pilot.tests;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

test("the pilot village's filed standard settles its own test cases as the rule harness expects them", async () => {
  const team = await villageTeam(h);
  await fileScheme(h, team, pilot);
  const members = cases.map((c) => ({ isCollectiveMember: true, paymentType: 'CURRENT', ...c.member }));
  await h.ok(IMPORT, { v: PILOT.village, y: pilot.year, m: members }, team.cadre);
  const settled = (await h.ok(SETTLE, { v: PILOT.village, y: pilot.year }, team.cadre)).settle;
  expect(settled.outcomes).toHaveLength(cases.length);
  cases.forEach((c, i) => {
    const outcome = settled.outcomes[i];
    for (const field of ['eligible', 'collective', 'governmentSubsidy', 'accountCredit'] as const) {
      if (field in c.expect) expect(outcome[field], `${c.name}: ${field}`).toBe(c.expect[field]);
    }
    if ('reasons' in c.expect) expect(new Set(outcome.reasons), c.name).toEqual(new Set(c.expect.reasons as string[]));
  });
});
