/** 四议两公开: steps in order, dates that never go back, the meetings' quorum and majority; else BAD_USER_INPUT. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, villageTeam, type VillageTeam } from '../support/factories.js';
import { errorShape } from '../support/gql.js';
import { RECORD_STEP, SUBMIT } from '../support/operations.js';
import { MEETING, recordStep, save, schemeOf } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;

describe('decision steps', () => {
  const s = useServer();
  let team: VillageTeam;
  let id: string;
  const attempt = (step: string, date: string, extra: Record<string, unknown> = {}) =>
    team.cadre.client.request(RECORD_STEP, { schemeId: id, step, date, ...extra });
  const steps = async () => (await schemeOf(team.cadre.client, VILLAGE, YEAR))!.decisionSteps.map((d) => d.step);

  test('a step out of order is BAD_USER_INPUT and is not recorded', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30, YEAR));
    id = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!.id;
    const res = await attempt('COMMITTEES_DELIBERATION', '2025-01-06');
    expect(errorShape(res)).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "path": [
          "recordDecisionStep",
        ],
      }
    `);
    expect(await steps()).toEqual([]);
  });

  test('the deliberation may share the date of the proposal', async () => {
    await recordStep(team.cadre.client, id, 'PARTY_BRANCH_PROPOSAL', '2025-01-06');
    await recordStep(team.cadre.client, id, 'COMMITTEES_DELIBERATION', '2025-01-06');
    expect(await steps()).toEqual(['PARTY_BRANCH_PROPOSAL', 'COMMITTEES_DELIBERATION']);
  });

  test('a date before the previous step is BAD_USER_INPUT', async () => {
    expect((await attempt('PARTY_MEMBERS_REVIEW', '2025-01-05', MEETING)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a date that is not an ISO date is BAD_USER_INPUT', async () => {
    expect((await attempt('PARTY_MEMBERS_REVIEW', '2025/01/08', MEETING)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a meeting without attendance and votes is BAD_USER_INPUT', async () => {
    expect((await attempt('PARTY_MEMBERS_REVIEW', '2025-01-08')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('the party members’ review needs at least two thirds present', async () => {
    const short = { attendance: { expected: 30, present: 19 }, votes: { for: 19, against: 0, abstain: 0 } };
    expect((await attempt('PARTY_MEMBERS_REVIEW', '2025-01-08', short)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const exact = { attendance: { expected: 30, present: 20 }, votes: { for: 11, against: 9, abstain: 0 } };
    expect((await attempt('PARTY_MEMBERS_REVIEW', '2025-01-08', exact)).errors).toBeUndefined();
  });

  test('the villagers’ resolution needs more than half of those present in favour', async () => {
    const half = { attendance: { expected: 100, present: 80 }, votes: { for: 40, against: 30, abstain: 10 } };
    expect((await attempt('VILLAGERS_RESOLUTION', '2025-01-09', half)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const more = { attendance: { expected: 100, present: 80 }, votes: { for: 41, against: 30, abstain: 9 } };
    expect((await attempt('VILLAGERS_RESOLUTION', '2025-01-09', more)).errors).toBeUndefined();
  });

  test('votes adding up to more than those present are BAD_USER_INPUT', async () => {
    const other = PILOT.neighbour;
    const t = await villageTeam(s.admin, other);
    await save(t.cadre.client, flatRuleSet(other, 30, YEAR));
    const sid = (await schemeOf(t.cadre.client, other, YEAR))!.id;
    await recordStep(t.cadre.client, sid, 'PARTY_BRANCH_PROPOSAL', '2025-01-06');
    await recordStep(t.cadre.client, sid, 'COMMITTEES_DELIBERATION', '2025-01-07');
    const res = await t.cadre.client.request(RECORD_STEP, {
      schemeId: sid,
      step: 'PARTY_MEMBERS_REVIEW',
      date: '2025-01-08',
      attendance: { expected: 30, present: 24 },
      votes: { for: 20, against: 5, abstain: 5 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('submitting with four of the five steps is DECISION_INCOMPLETE', async () => {
    const res = await team.cadre.client.request(SUBMIT, { schemeId: id });
    expect(res.errors?.[0]?.extensions?.code).toBe('DECISION_INCOMPLETE');
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('with the resolution disclosed the filing is submitted', async () => {
    await recordStep(team.cadre.client, id, 'RESOLUTION_DISCLOSED', '2025-01-10');
    expect((await team.cadre.client.ok(SUBMIT, { schemeId: id })).submitFiling.status).toBe('SUBMITTED');
  });
});
