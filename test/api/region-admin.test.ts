/**
 * The region administrator's edits, as other users then see them: villages added, provisional codes corrected
 * (the old code stays an alias of the same village), policy years frozen once a settlement is confirmed.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, members, villageTeam } from '../support/factories.js';
import { errorShape } from '../support/gql.js';
import { CONFIRM, SCHEME } from '../support/operations.js';
import { filedScheme, importRoster, save, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const NEW_VILLAGE = `${PILOT.township}260`;
const POLICY = `query ($y: Int!) { policyYear(year: $y) { frozen tiers { amount governmentSubsidy hardshipOnly } hardshipTierCategories backPayEarnsSubsidy } }`;
const SAVE_POLICY = `mutation ($input: PolicyYearInput!) { savePolicyYear(input: $input) { year tiers { amount governmentSubsidy } } }`;

describe('region administration', () => {
  const s = useServer();

  test('an added village appears in the public divisions and its cadre can save a standard', async () => {
    const { addVillage } = await s.admin.ok(
      `mutation ($c: String!) { addVillage(townshipCode: "${PILOT.township}", code: $c, name: "新立村", provisional: false) { code name provisional } }`,
      { c: NEW_VILLAGE },
    );
    expect(addVillage).toEqual({ code: NEW_VILLAGE, name: '新立村', provisional: false });
    const { counties } = await s.anon.ok(`{ counties { townships { code villages { code } } } }`);
    const township = counties.flatMap((c: any) => c.townships).find((t: { code: string }) => t.code === PILOT.township);
    expect(township.villages.map((v: { code: string }) => v.code)).toContain(NEW_VILLAGE);
    const cadre = await makeUser(s.admin, 'VILLAGE_CADRE', NEW_VILLAGE);
    expect(await save(cadre.client, flatRuleSet(NEW_VILLAGE, 30, YEAR))).toBe(1);
  });

  test('adding a village with a code already in use is CONFLICT', async () => {
    const res = await s.admin.request(
      `mutation { addVillage(townshipCode: "${PILOT.township}", code: "${PILOT.village}", name: "重复村") { code } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  test('a corrected code keeps the village, its scheme and its cadre; the old code still finds it', async () => {
    const old = PILOT.sameCounty.village;
    const corrected = `${PILOT.sameCounty.township}288`;
    const team = await villageTeam(s.admin, old);
    await save(team.cadre.client, flatRuleSet(old, 30, YEAR));
    const { correctVillageCode } = await s.admin.ok(
      `mutation { correctVillageCode(code: "${old}", newCode: "${corrected}") { code provisional formerCodes } }`,
    );
    expect(correctVillageCode).toEqual({ code: corrected, provisional: false, formerCodes: [old] });
    for (const code of [old, corrected]) {
      const { village } = await team.cadre.client.ok(SCHEME, { village: code, year: YEAR });
      expect(village.code).toBe(corrected);
      expect(village.scheme.versions).toEqual([{ version: 1 }]);
    }
    expect(await save(team.cadre.client, flatRuleSet(corrected, 40, YEAR))).toBe(2);
  });

  test('a policy year is editable until a settlement of the year is confirmed, then POLICY_FROZEN', async () => {
    const { policyYear } = await s.anon.ok(POLICY, { y: YEAR });
    expect(policyYear.frozen).toBe(false);
    const input = {
      year: YEAR,
      tiers: policyYear.tiers,
      hardshipTierCategories: policyYear.hardshipTierCategories,
      backPayEarnsSubsidy: policyYear.backPayEarnsSubsidy,
    };
    await s.admin.ok(SAVE_POLICY, { input });

    const team = await villageTeam(s.admin, PILOT.village);
    await filedScheme(team, flatRuleSet(PILOT.village, 30, YEAR));
    await importRoster(team.cadre.client, PILOT.village, YEAR, members(2));
    await team.cadre.client.ok(CONFIRM, { id: (await settle(team.cadre.client, PILOT.village, YEAR)).id });

    expect((await s.anon.ok(POLICY, { y: YEAR })).policyYear.frozen).toBe(true);
    const changed = {
      ...input,
      tiers: input.tiers.map((t: { amount: number; governmentSubsidy: number }) => ({ ...t, governmentSubsidy: t.governmentSubsidy + 1 })),
    };
    const res = await s.admin.request(SAVE_POLICY, { input: changed });
    expect(errorShape(res)).toMatchInlineSnapshot(`
      {
        "code": "POLICY_FROZEN",
        "path": [
          "savePolicyYear",
        ],
      }
    `);
    expect((await s.anon.ok(POLICY, { y: YEAR })).policyYear.tiers).toEqual(policyYear.tiers);
  });

  test('policy and division edits are in the region audit log with the administrator as author', async () => {
    const { regionAuditLog } = await s.admin.ok(`{ regionAuditLog(limit: 500) { user action entity } }`);
    const byAdmin = regionAuditLog.filter((e: { user: string }) => e.user === 'admin').map((e: { entity: string }) => e.entity);
    expect(byAdmin).toEqual(expect.arrayContaining(['Village', 'PolicyYear']));
  });
});
