/** A filed scheme suspended by its cadre stops paying (SCHEME_NOT_ACTIVE) until it is resumed and filed again. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, villageTeam, type VillageTeam } from '../support/factories.js';
import { expectedSimulation, outcomesById } from '../support/expected.js';
import { ACKNOWLEDGE, CONFIRM, RESUME, SETTLEMENT, SUSPEND } from '../support/operations.js';
import { filedScheme, importRoster, schemeOf, settle, type Scheme } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const roster = [
  member({ contribution: 300 }),
  member({ contribution: 500, donation: 80 }),
  member({ contribution: 200, isCollectiveMember: false }),
];

describe('suspension and resumption', () => {
  const s = useServer();
  let team: VillageTeam;
  let scheme: Scheme;

  test('the cadre suspends a filed scheme at once, with reason and effective date', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    scheme = await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR));
    await importRoster(team.cadre.client, VILLAGE, YEAR, roster);
    const { suspendScheme } = await team.cadre.client.ok(SUSPEND, {
      schemeId: scheme.id,
      reason: '集体经济收益不足',
      effectiveDate: '2025-05-01',
    });
    expect(suspendScheme).toMatchObject({
      status: 'SUSPENDED',
      filedVersion: { version: 1 },
      suspension: { reason: '集体经济收益不足', effectiveDate: '2025-05-01' },
    });
  });

  test("the county's departments acknowledge receipt of the suspension, which stays in force", async () => {
    for (const officer of [team.hrss, team.agriculture]) {
      expect((await officer.client.ok(ACKNOWLEDGE, { schemeId: scheme.id })).acknowledgeFiling.status).toBe('SUSPENDED');
    }
  });

  test('a suspended scheme cannot be suspended again', async () => {
    const res = await team.cadre.client.request(SUSPEND, { schemeId: scheme.id, reason: '再次暂停', effectiveDate: '2025-05-02' });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  let unpaid: string;
  test('settling while SUSPENDED gives every member the gate SCHEME_NOT_ACTIVE, collective 0, subsidy and donations as usual', async () => {
    const draft = await settle(team.cadre.client, VILLAGE, YEAR);
    unpaid = draft.id;
    expect(draft.outcomes).toHaveLength(roster.length);
    for (const o of draft.outcomes) {
      expect(o.reasons).toContain('SCHEME_NOT_ACTIVE');
      expect(o).toMatchObject({ eligible: false, collective: 0 });
    }
    const expected = await expectedSimulation(flatRuleSet(VILLAGE, 30, YEAR), roster, { schemeActive: false });
    expect(outcomesById(draft.outcomes)).toEqual(outcomesById(expected.outcomes));
    expect(draft.totals.governmentSubsidy).toBe(50 + 70 + 40);
    expect(draft.totals.donation).toBe(80);
  });

  test('a settlement made while the scheme did not pay cannot be confirmed', async () => {
    const res = await team.cadre.client.request(CONFIRM, { id: unpaid });
    expect(res.errors?.[0]?.extensions?.code).toBe('SCHEME_NOT_ACTIVE');
    expect((await team.cadre.client.ok(SETTLEMENT, { id: unpaid })).settlement.status).toBe('DRAFT');
  });

  test('resuming sends the scheme to SUBMITTED; three receipts file it again and it pays again', async () => {
    const { resumeScheme } = await team.cadre.client.ok(RESUME, { schemeId: scheme.id });
    expect(resumeScheme).toMatchObject({ status: 'SUBMITTED', suspension: null });
    let last: Scheme | undefined;
    for (const officer of [team.township, team.hrss, team.agriculture])
      last = (await officer.client.ok(ACKNOWLEDGE, { schemeId: scheme.id })).acknowledgeFiling;
    expect(last).toMatchObject({ status: 'FILED', filedVersion: { version: 1 } });
    const draft = await settle(team.cadre.client, VILLAGE, YEAR);
    expect(draft.outcomes.map((o) => o.collective)).toEqual([30, 30, 0]);
    expect((await team.cadre.client.ok(CONFIRM, { id: draft.id })).confirmSettlement.status).toBe('CONFIRMED');
  });

  test('resuming a scheme that is not suspended is INVALID_TRANSITION', async () => {
    const res = await team.cadre.client.request(RESUME, { schemeId: scheme.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await schemeOf(team.cadre.client, VILLAGE, YEAR))!.status).toBe('FILED');
  });

  test('a village with no scheme settles with SCHEME_NOT_ACTIVE for everyone and cannot confirm', async () => {
    const other = PILOT.neighbour;
    const neighbours = await villageTeam(s.admin, other);
    const list = [member(), member({ contribution: 1000 })];
    await importRoster(neighbours.cadre.client, other, YEAR, list);
    const draft = await settle(neighbours.cadre.client, other, YEAR);
    expect(draft.version).toBeNull();
    expect(draft.outcomes.map((o) => [o.eligible, o.reasons, o.collective])).toEqual([
      [false, ['SCHEME_NOT_ACTIVE'], 0],
      [false, ['SCHEME_NOT_ACTIVE'], 0],
    ]);
    expect(draft.totals.governmentSubsidy).toBe(50 + 120);
    const res = await neighbours.cadre.client.request(CONFIRM, { id: draft.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('SCHEME_NOT_ACTIVE');
  });
});
