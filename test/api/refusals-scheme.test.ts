/**
 * API.md's role table for a scheme's year: at each stage every role outside its role or area is refused
 * (FORBIDDEN) and nothing changes; then the role that may do it does it.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, members, villageTeam, type TestUser, type VillageTeam } from '../support/factories.js';
import type { Client } from '../support/gql.js';
import {
  ACCEPT,
  ACKNOWLEDGE,
  CONFIRM,
  IMPORT,
  RECORD_STEP,
  RESUME,
  RETURN,
  SAVE_RULE_SET,
  SETTLE,
  SUBMIT,
  SUSPEND,
} from '../support/operations.js';
import { expectRefused, type Watched } from '../support/refusal.js';
import { decide, importRoster, save, schemeOf, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const roster = members(3);

type Actor =
  | 'cadre'
  | 'township'
  | 'hrss'
  | 'agriculture'
  | 'agency'
  | 'neighbourCadre'
  | 'otherTownship'
  | 'otherHrss'
  | 'otherAgriculture'
  | 'otherAgency';

describe('refusals along a scheme year', () => {
  const s = useServer();
  const actors = {} as Record<Actor, TestUser>;
  const watched: Watched = { village: VILLAGE, year: YEAR, settlementIds: [] };
  let team: VillageTeam;
  let schemeId: string;
  let settlementId: string;
  const as = (a: Actor): Client => actors[a].client;
  const refused = (a: Actor, query: string, variables: Record<string, unknown>) => expectRefused(s.admin, watched, as(a), query, variables);

  test('setup: a village with its team and outsiders of the same township, county and another county', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    Object.assign(actors, {
      cadre: team.cadre,
      township: team.township,
      hrss: team.hrss,
      agriculture: team.agriculture,
      agency: team.agency,
      neighbourCadre: await makeUser(s.admin, 'VILLAGE_CADRE', PILOT.neighbour),
      otherTownship: await makeUser(s.admin, 'TOWNSHIP_OFFICER', PILOT.sameCounty.township),
      otherHrss: await makeUser(s.admin, 'COUNTY_HRSS', PILOT.elsewhere.county),
      otherAgriculture: await makeUser(s.admin, 'COUNTY_AGRICULTURE', PILOT.elsewhere.county),
      otherAgency: await makeUser(s.admin, 'AGENCY', PILOT.elsewhere.county),
    });
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30, YEAR));
    schemeId = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!.id;
  });

  const editors: Actor[] = ['township', 'hrss', 'agriculture', 'agency', 'neighbourCadre', 'otherHrss'];
  test.each(editors)('%s may not save the standard', async (a) => {
    await refused(a, SAVE_RULE_SET, { village: VILLAGE, year: YEAR, ruleSet: flatRuleSet(VILLAGE, 99, YEAR) });
  });
  test.each(editors)('%s may not record a decision step', async (a) => {
    await refused(a, RECORD_STEP, { schemeId, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-01-06' });
  });
  test('the cadre records the five decision steps', async () => {
    expect((await decide(team.cadre.client, schemeId)).decisionSteps).toHaveLength(5);
  });
  test.each(editors)('%s may not submit the filing', async (a) => {
    await refused(a, SUBMIT, { schemeId });
  });
  test('the cadre submits', async () => {
    expect((await team.cadre.client.ok(SUBMIT, { schemeId })).submitFiling.status).toBe('SUBMITTED');
  });

  const nonReceivers: Actor[] = ['cadre', 'agency', 'neighbourCadre', 'otherTownship', 'otherHrss', 'otherAgriculture'];
  test.each(nonReceivers)('%s may not acknowledge the filing', async (a) => {
    await refused(a, ACKNOWLEDGE, { schemeId });
  });
  test.each(nonReceivers)('%s may not return the filing', async (a) => {
    await refused(a, RETURN, { schemeId, reason: '不予备案' });
  });

  test('the township, county HRSS and county agriculture file it', async () => {
    for (const o of [team.township, team.hrss, team.agriculture]) await o.client.ok(ACKNOWLEDGE, { schemeId });
    expect((await schemeOf(s.admin, VILLAGE, YEAR))!.status).toBe('FILED');
  });

  const notCadre: Actor[] = ['township', 'hrss', 'agriculture', 'agency', 'neighbourCadre', 'otherHrss'];
  test.each(notCadre)('%s may not import the roster', async (a) => {
    await refused(a, IMPORT, { village: VILLAGE, year: YEAR, members: roster });
  });
  test.each(notCadre)('%s may not suspend the scheme', async (a) => {
    await refused(a, SUSPEND, { schemeId, reason: '暂停', effectiveDate: '2025-06-01' });
  });

  const notSettlers: Actor[] = ['township', 'agriculture', 'agency', 'neighbourCadre', 'otherHrss'];
  test('the cadre imports the roster', async () => {
    expect(await importRoster(team.cadre.client, VILLAGE, YEAR, roster)).toEqual({ imported: 3, updated: 0, removed: 0 });
  });
  test.each(notSettlers)('%s may not settle', async (a) => {
    await refused(a, SETTLE, { village: VILLAGE, year: YEAR });
  });

  test("the county's HRSS may settle", async () => {
    const draft = await settle(team.hrss.client, VILLAGE, YEAR);
    expect(draft).toMatchObject({ status: 'DRAFT', totals: { members: 3, collective: 90 } });
    settlementId = draft.id;
    watched.settlementIds.push(draft.id);
  });

  const notConfirmers: Actor[] = ['hrss', 'township', 'agriculture', 'agency', 'neighbourCadre'];
  test.each(notConfirmers)('%s may not confirm the settlement', async (a) => {
    await refused(a, CONFIRM, { id: settlementId });
  });

  const notAcceptors: Actor[] = ['cadre', 'hrss', 'township', 'otherAgency'];
  test('the cadre confirms', async () => {
    expect((await team.cadre.client.ok(CONFIRM, { id: settlementId })).confirmSettlement.status).toBe('CONFIRMED');
  });
  test.each(notAcceptors)('%s may not accept the settlement', async (a) => {
    await refused(a, ACCEPT, { id: settlementId });
  });

  test("the county's agency accepts", async () => {
    expect((await team.agency.client.ok(ACCEPT, { id: settlementId })).acceptSettlement.status).toBe('ACCEPTED');
  });

  test('the cadre suspends', async () => {
    expect((await team.cadre.client.ok(SUSPEND, { schemeId, reason: '收益不足', effectiveDate: '2025-06-01' })).suspendScheme.status).toBe(
      'SUSPENDED',
    );
  });
  test.each(notCadre)('%s may not resume the scheme', async (a) => {
    await refused(a, RESUME, { schemeId });
  });

  const outsiders: Actor[] = ['neighbourCadre', 'otherTownship', 'otherHrss', 'otherAgriculture', 'otherAgency'];
  test.each(outsiders)('%s may not read the village, its audit log or its settlement', async (a) => {
    await refused(a, `query ($v: String!) { village(code: $v) { code roster(year: ${YEAR}) { idNumber } } }`, { v: VILLAGE });
    await refused(a, `query ($v: String!) { auditLog(villageCode: $v) { action } }`, { v: VILLAGE });
    await refused(a, `query ($id: ID!) { settlement(id: $id) { id } }`, { id: settlementId });
  });

  test('without a login nothing stored is read or changed: UNAUTHENTICATED', async () => {
    await expectRefused(s.admin, watched, s.anon, `query ($v: String!) { village(code: $v) { code } }`, { v: VILLAGE }, 'UNAUTHENTICATED');
    await expectRefused(s.admin, watched, s.anon, RESUME, { schemeId }, 'UNAUTHENTICATED');
    await expectRefused(s.admin, watched, s.anon, SETTLE, { village: VILLAGE, year: YEAR }, 'UNAUTHENTICATED');
  });
});
