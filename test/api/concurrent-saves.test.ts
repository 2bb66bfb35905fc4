/** Two saves of the same village-year at the same time: with the same expectedVersion exactly one wins. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, type TestUser } from '../support/factories.js';
import { AUDIT_LOG, SAVE_RULE_SET } from '../support/operations.js';
import { schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const ROUNDS = 5;

describe('concurrent saves', () => {
  const s = useServer();

  test('two saves creating the scheme at once both store a version, under one scheme', async () => {
    const village = PILOT.neighbour;
    const cadre = await makeUser(s.admin, 'VILLAGE_CADRE', village);
    const results = await Promise.all(
      [20, 30].map((amount) => cadre.client.request(SAVE_RULE_SET, { village, year: YEAR, ruleSet: flatRuleSet(village, amount, YEAR) })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? null);
    const versions = results.map((r) => r.data?.saveRuleSet?.version ?? null);
    // Both succeed (versions 1 and 2) or, if the server serialises the creation, one is CONFLICT: never anything else.
    expect(
      codes.every((c) => c === null || c === 'CONFLICT'),
      JSON.stringify(results),
    ).toBe(true);
    expect(versions.filter((v) => v !== null).sort()).toEqual(codes.includes('CONFLICT') ? [1] : [1, 2]);
    const scheme = (await schemeOf(cadre.client, village, YEAR))!;
    expect(scheme.versions.map((v) => v.version)).toEqual(versions.filter((v) => v !== null).sort());
  });

  let cadre: TestUser;
  test.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
    'round %i: of two saves with the same expectedVersion one wins and the other is CONFLICT',
    async (expected) => {
      const village = PILOT.village;
      cadre ??= await makeUser(s.admin, 'VILLAGE_CADRE', village);
      if (expected === 1) await cadre.client.ok(SAVE_RULE_SET, { village, year: YEAR, ruleSet: flatRuleSet(village, 10, YEAR) });
      const results = await Promise.all(
        [100 + expected, 200 + expected].map((amount) =>
          cadre.client.request(SAVE_RULE_SET, {
            village,
            year: YEAR,
            ruleSet: flatRuleSet(village, amount, YEAR),
            expectedVersion: expected,
          }),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners.map((r) => r.data.saveRuleSet.version)).toEqual([expected + 1]);
      expect(losers.map((r) => ({ code: r.errors![0]!.extensions?.code, path: r.errors![0]!.path }))).toEqual([
        { code: 'CONFLICT', path: ['saveRuleSet'] },
      ]);
    },
  );

  test('after the rounds every version exists once, and one audit entry was written per stored version', async () => {
    const village = PILOT.village;
    const scheme = (await schemeOf(s.admin, village, YEAR))!;
    expect(scheme.versions.map((v) => v.version)).toEqual(Array.from({ length: ROUNDS + 1 }, (_, i) => i + 1));
    expect(scheme.currentVersion).toEqual({ version: ROUNDS + 1 });
    const { auditLog } = await s.admin.ok(AUDIT_LOG, { village, year: YEAR });
    expect(auditLog.filter((e: { entity: string }) => e.entity === 'RuleSetVersion')).toHaveLength(ROUNDS + 1);
  });
});
