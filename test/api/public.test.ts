/** Without login: the region's policy and divisions, validation and simulation; nothing stored is read. */
import { describe, expect, test } from 'vitest';
import { PILOT, member, ruleSet } from '../support/factories.js';
import { expectedSimulation } from '../support/expected.js';
import { SIMULATE } from '../support/operations.js';
import { useServer } from '../support/useServer.js';

describe('public queries', () => {
  const s = useServer();

  test('the seeded policy year 2025 has the Ningxia tiers with 3000 as the largest', async () => {
    const { policyYear } = await s.anon.ok(
      `{ policyYear(year: 2025) { year tiers { amount governmentSubsidy hardshipOnly } maxTier { amount } backPayEarnsSubsidy } }`,
    );
    expect(policyYear.tiers.map((t: { amount: number; governmentSubsidy: number }) => [t.amount, t.governmentSubsidy])).toEqual([
      [100, 30],
      [200, 40],
      [300, 50],
      [500, 70],
      [1000, 120],
      [2000, 200],
      [3000, 320],
    ]);
    expect(policyYear).toMatchObject({ year: 2025, maxTier: { amount: 3000 }, backPayEarnsSubsidy: false });
    expect(policyYear.tiers[0].hardshipOnly).toBe(true);
  });

  test('the seeded divisions are the 22 counties with the 16 provisional pilot villages', async () => {
    const { counties } = await s.anon.ok(`{ counties { code name townships { code villages { code name provisional } } } }`);
    expect(counties).toHaveLength(22);
    const villages = counties.flatMap((c: any) => c.townships.flatMap((t: any) => t.villages));
    expect(villages).toHaveLength(16);
    expect(villages.every((v: { provisional: boolean }) => v.provisional)).toBe(true);
    expect(villages.map((v: { code: string }) => v.code)).toContain(PILOT.village);
  });

  test('simulate without login answers exactly what the rules package computes in-process', async () => {
    for (const template of ['640121102201', '640181105201', '640402107201']) {
      const doc = ruleSet(template, 2025, {}, template);
      const roster = [
        member({ contribution: 200 }),
        member({ contribution: 3000, donation: 500 }),
        member({ contribution: 100, hardship: ['MINIMUM_LIVING'], proxyPaid: true }),
        member({ paymentType: 'LUMP_SUM', contribution: 15000 }),
      ];
      const { simulate } = await s.anon.ok(SIMULATE, { ruleSet: doc, members: roster });
      const expected = await expectedSimulation(doc, roster);
      expect(simulate).toEqual(JSON.parse(JSON.stringify({ ...expected, outcomes: expected.outcomes.map(({ trace: _t, ...o }) => o) })));
    }
  });

  test('a stored village is not readable without login', async () => {
    const res = await s.anon.request(`{ village(code: "${PILOT.village}") { code } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.anon.ok(`{ me { username } }`)).me).toBeNull();
  });
});
