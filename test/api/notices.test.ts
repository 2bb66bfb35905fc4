/**
 * The two public notices over real HTTP, on SQLite and (CUNCE_E2E_DB=postgres) PostgreSQL: 决议公开 of the filed
 * version, and 实施结果公开 of the confirmed settlement, which recording the disclosure links and dates.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { CONFIRM } from '../support/operations.js';
import { filedScheme, importRoster, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const RESOLUTION = `query ($id: ID!) { resolutionNotice(schemeId: $id) {
  version filed resolved title sections { lines } limits decisionSteps { step date } } }`;
const RESULT = `query ($id: ID!) { resultNotice(settlementId: $id) {
  status disclosedOn membersSettled rows { name idNumber collective total } totals { people collective total } } }`;
const DISCLOSE = `mutation ($id: ID!, $s: ID) {
  recordDecisionStep(schemeId: $id, step: RESULT_DISCLOSED, date: "2025-06-10", settlementId: $s) { decisionSteps { step settlementId } } }`;

describe('notices over HTTP', () => {
  const s = useServer();
  let team: VillageTeam;
  let schemeId: string;
  let settlementId: string;
  const roster = [...members(3, { contribution: 500 }), ...members(1, { contribution: null })];

  beforeAll(async () => {
    team = await villageTeam(s.admin, PILOT.village);
    schemeId = (await filedScheme(team, flatRuleSet(PILOT.village, 30))).id;
    await importRoster(team.cadre.client, PILOT.village, 2025, roster);
    settlementId = (await settle(team.cadre.client, PILOT.village, 2025)).id;
  });

  test('决议公开 states the filed standard in plain Chinese with the steps that resolved it', async () => {
    const n = (await team.township.client.ok(RESOLUTION, { id: schemeId })).resolutionNotice;
    expect(n).toMatchObject({ version: 1, filed: true, resolved: true, sections: [{ lines: ['年满16周岁的，补助30元。'] }] });
    expect(n.decisionSteps.map((d: { step: string }) => d.step)).toEqual([
      'PARTY_BRANCH_PROPOSAL',
      'COMMITTEES_DELIBERATION',
      'PARTY_MEMBERS_REVIEW',
      'VILLAGERS_RESOLUTION',
      'RESOLUTION_DISCLOSED',
    ]);
  });

  test('a draft settlement is not disclosed; once confirmed its list masks ID numbers, even for the cadre', async () => {
    const draft = await team.cadre.client.request(RESULT, { id: settlementId });
    expect(draft.errors?.[0]?.extensions?.code).toBe('SETTLEMENT_NOT_CONFIRMED');
    await team.cadre.client.ok(CONFIRM, { id: settlementId });
    const n = (await team.cadre.client.ok(RESULT, { id: settlementId })).resultNotice;
    expect(n).toMatchObject({
      status: 'CONFIRMED',
      disclosedOn: null,
      membersSettled: 4,
      totals: { people: 3, collective: 90, total: 90 },
    });
    expect(n.rows.map((r: { idNumber: string }) => r.idNumber)).toEqual(
      roster.slice(0, 3).map((m) => `${m.idNumber.slice(0, 6)}********${m.idNumber.slice(-4)}`),
    );
  });

  test('recording 实施结果公开 links the settlement, whose list then carries the day; another county reads neither', async () => {
    const steps = (await team.cadre.client.ok(DISCLOSE, { id: schemeId, s: settlementId })).recordDecisionStep.decisionSteps;
    expect(steps.at(-1)).toEqual({ step: 'RESULT_DISCLOSED', settlementId });
    expect((await team.agriculture.client.ok(RESULT, { id: settlementId })).resultNotice.disclosedOn).toBe('2025-06-10');
    const stranger = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.elsewhere.county);
    expect((await stranger.client.request(RESULT, { id: settlementId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stranger.client.request(RESOLUTION, { id: schemeId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
