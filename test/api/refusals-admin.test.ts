/**
 * API.md's role table for users, policy years and divisions: only the region administrator edits policy and
 * divisions; a county's HRSS manages only the township officers and cadres of its county; others manage nobody.
 * Every refusal is FORBIDDEN and changes nothing.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PASSWORD, PILOT, makeUser, type Role, type TestUser } from '../support/factories.js';
import { expectRefused, type Watched } from '../support/refusal.js';
import { useServer } from '../support/useServer.js';

const CREATE = `mutation ($u: String!, $r: Role!, $a: String) { createUser(username: $u, password: "${PASSWORD}", role: $r, areaCode: $a) { id } }`;
const DISABLE = `mutation ($id: ID!) { disableUser(userId: $id) { id disabled } }`;
const RESET = `mutation ($id: ID!) { resetPassword(userId: $id, password: "another-password-9") { id } }`;
const POLICY = `mutation { savePolicyYear(input: { year: 2025, backPayEarnsSubsidy: true, hardshipTierCategories: [], tiers: [{ amount: 200, governmentSubsidy: 999 }] }) { year } }`;
const ADD_VILLAGE = `mutation { addVillage(townshipCode: "${PILOT.township}", code: "${PILOT.township}299", name: "新村") { code } }`;
const CORRECT = `mutation { correctVillageCode(code: "${PILOT.village}", newCode: "${PILOT.township}298") { code } }`;

describe('refusals of user, policy and division management', () => {
  const s = useServer();
  const watched: Watched = { village: PILOT.village, year: 2025, settlementIds: [] };
  const u = {} as Record<'hrss' | 'agriculture' | 'township' | 'cadre' | 'agency' | 'otherCadre' | 'otherHrss', TestUser>;

  beforeAll(async () => {
    u.hrss = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.county);
    u.agriculture = await makeUser(s.admin, 'COUNTY_AGRICULTURE', PILOT.county);
    u.township = await makeUser(s.admin, 'TOWNSHIP_OFFICER', PILOT.township);
    u.cadre = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.village);
    u.agency = await makeUser(s.admin, 'AGENCY', null);
    u.otherCadre = await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.elsewhere.village);
    u.otherHrss = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.elsewhere.county);
  });

  test("the county's HRSS creates township officers and cadres of its county", async () => {
    const officer = await makeUser(u.hrss.client, 'TOWNSHIP_OFFICER', PILOT.sameCounty.township);
    const cadre = await makeUser(u.hrss.client, 'VILLAGE_CADRE', PILOT.neighbour);
    expect((await cadre.client.ok(`{ me { role areaCode } }`)).me).toEqual({ role: 'VILLAGE_CADRE', areaCode: PILOT.neighbour });
    expect((await officer.client.ok(`{ me { role } }`)).me.role).toBe('TOWNSHIP_OFFICER');
  });

  const creations: [string, keyof typeof u, Role, string | null][] = [
    ['HRSS creating a county agriculture user', 'hrss', 'COUNTY_AGRICULTURE', PILOT.county],
    ['HRSS creating another HRSS user', 'hrss', 'COUNTY_HRSS', PILOT.county],
    ['HRSS creating an agency user', 'hrss', 'AGENCY', PILOT.county],
    ['HRSS creating a region administrator', 'hrss', 'REGION_ADMIN', null],
    ['HRSS creating a cadre of another county', 'hrss', 'VILLAGE_CADRE', PILOT.elsewhere.village],
    ['HRSS creating a township officer of another county', 'hrss', 'TOWNSHIP_OFFICER', PILOT.elsewhere.township],
    ['a county agriculture user creating a cadre', 'agriculture', 'VILLAGE_CADRE', PILOT.village],
    ['a township officer creating a cadre of its township', 'township', 'VILLAGE_CADRE', PILOT.village],
    ['a cadre creating a cadre of its own village', 'cadre', 'VILLAGE_CADRE', PILOT.village],
    ['the agency creating an agency user', 'agency', 'AGENCY', null],
  ];
  test.each(creations)('refuses %s', async (_label, who, role, area) => {
    await expectRefused(s.admin, watched, u[who].client, CREATE, { u: `refused-${who}-${role}`.toLowerCase(), r: role, a: area });
  });

  const management: [string, keyof typeof u, typeof DISABLE | typeof RESET, keyof typeof u | 'admin'][] = [
    ['HRSS disabling a cadre of another county', 'hrss', DISABLE, 'otherCadre'],
    ['HRSS disabling the county agriculture user', 'hrss', DISABLE, 'agriculture'],
    ['HRSS disabling the HRSS of another county', 'hrss', DISABLE, 'otherHrss'],
    ['a cadre disabling its township officer', 'cadre', DISABLE, 'township'],
    ['a township officer disabling a cadre of its township', 'township', DISABLE, 'cadre'],
    ["HRSS resetting the administrator's password", 'hrss', RESET, 'admin'],
    ['HRSS resetting the password of a cadre of another county', 'hrss', RESET, 'otherCadre'],
    ["a cadre resetting its township officer's password", 'cadre', RESET, 'township'],
    ["the agency resetting a cadre's password", 'agency', RESET, 'cadre'],
  ];
  test.each(management)('refuses %s; the target still logs in', async (_label, who, query, target) => {
    const id = target === 'admin' ? (await s.admin.ok(`{ me { id } }`)).me.id : u[target].id;
    await expectRefused(s.admin, watched, u[who].client, query, { id });
    if (target !== 'admin') expect((await s.anon.login(u[target].username, PASSWORD)).token).toBeTruthy();
  });

  const adminOnly: [string, string][] = [
    ['editing a policy year', POLICY],
    ['adding a village', ADD_VILLAGE],
    ['correcting a village code', CORRECT],
  ];
  const notAdmins: (keyof typeof u)[] = ['hrss', 'agriculture', 'township', 'cadre', 'agency'];
  describe.each(adminOnly)('only the region administrator may do %s', (_label, query) => {
    test.each(notAdmins)('%s is refused', async (who) => {
      await expectRefused(s.admin, watched, u[who].client, query);
    });
  });

  test('HRSS disables a cadre of its county, whose token then stops working', async () => {
    const { disableUser } = await u.hrss.client.ok(DISABLE, { id: u.cadre.id });
    expect(disableUser.disabled).toBe(true);
    const res = await u.cadre.client.request(`{ village(code: "${PILOT.village}") { code } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
