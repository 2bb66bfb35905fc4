/** The roster per village and year (upsert, replace) and the budget of a standard at settlement (REJECT, PRORATE), multi-year standards. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { expectedSimulation, outcomesById } from '../support/expected.js';
import { CONFIRM, ROSTER, SCHEME } from '../support/operations.js';
import { filedScheme, importRoster, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const ids = (list: { idNumber: string }[]) => list.map((m) => m.idNumber).sort();

describe('roster and budget', () => {
  const s = useServer();
  let team: VillageTeam;
  const first = members(4);

  test('importing again updates members by ID number and adds the new ones', async () => {
    team = await villageTeam(s.admin, PILOT.village);
    expect(await importRoster(team.cadre.client, PILOT.village, YEAR, first)).toEqual({ imported: 4, updated: 0, removed: 0 });
    const again = [{ ...first[0]!, contribution: 500 }, member()];
    expect(await importRoster(team.cadre.client, PILOT.village, YEAR, again)).toEqual({ imported: 1, updated: 1, removed: 0 });
    const { village } = await team.cadre.client.ok(ROSTER, { village: PILOT.village, year: YEAR });
    expect(village.roster).toHaveLength(5);
    expect(village.roster.find((m: { idNumber: string }) => m.idNumber === first[0]!.idNumber).contribution).toBe(500);
  });

  test('replace: true removes the members not sent', async () => {
    const keep = [first[1]!, first[2]!];
    expect(await importRoster(team.cadre.client, PILOT.village, YEAR, keep, true)).toEqual({ imported: 0, updated: 2, removed: 3 });
    const { village } = await team.cadre.client.ok(ROSTER, { village: PILOT.village, year: YEAR });
    expect(ids(village.roster)).toEqual(ids(keep));
  });

  test("each year has its own roster: importing for 2026 leaves 2025's as it was", async () => {
    await importRoster(team.cadre.client, PILOT.village, 2026, [member()]);
    const { village } = await team.cadre.client.ok(ROSTER, { village: PILOT.village, year: YEAR });
    expect(village.roster).toHaveLength(2);
  });

  test('over budget under REJECT: the settlement says budgetExceeded and cannot be confirmed (BUDGET_EXCEEDED)', async () => {
    await filedScheme(team, flatRuleSet(PILOT.village, 30, YEAR, { budget: 50, overBudget: 'REJECT' }));
    const draft = await settle(team.cadre.client, PILOT.village, YEAR);
    expect(draft).toMatchObject({ budgetExceeded: true, totals: { collective: 60 } });
    const res = await team.cadre.client.request(CONFIRM, { id: draft.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('BUDGET_EXCEEDED');
  });

  test('over budget under PRORATE: amounts shrink so the total stays within the budget, as in-process', async () => {
    const village = PILOT.neighbour;
    const neighbours = await villageTeam(s.admin, village);
    const doc = flatRuleSet(village, 30, YEAR, { budget: 100, overBudget: 'PRORATE' });
    await filedScheme(neighbours, doc);
    const roster = members(7);
    await importRoster(neighbours.cadre.client, village, YEAR, roster);
    const draft = await settle(neighbours.cadre.client, village, YEAR);
    expect(draft.budgetExceeded).toBe(false);
    expect(draft.totals.collective).toBeLessThanOrEqual(100);
    expect(draft.outcomes.every((o) => o.reasons.includes('PRORATED'))).toBe(true);
    expect(outcomesById(draft.outcomes)).toEqual(outcomesById((await expectedSimulation(doc, roster)).outcomes));
    expect((await neighbours.cadre.client.ok(CONFIRM, { id: draft.id })).confirmSettlement.status).toBe('CONFIRMED');
  });

  test('a standard filed for 2024–2025 pays in 2025 with 2025 as the settled year', async () => {
    const village = PILOT.sameCounty.village;
    const yuhai = await villageTeam(s.admin, village);
    await filedScheme(yuhai, flatRuleSet(village, 25, 2024, { lastYear: 2025 }), '2024-01-08');
    const { village: read } = await yuhai.cadre.client.ok(SCHEME, { village, year: 2025 });
    expect(read.scheme).toMatchObject({ year: 2024, lastYear: 2025, status: 'FILED' });
    await importRoster(yuhai.cadre.client, village, 2025, members(2));
    const draft = await settle(yuhai.cadre.client, village, 2025);
    expect(draft).toMatchObject({ version: 1, totals: { members: 2, collective: 50 } });
  });
});
