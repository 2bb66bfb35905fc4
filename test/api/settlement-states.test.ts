/** A settlement's states: DRAFT (replaced by the next settle) → CONFIRMED (by the cadre) → ACCEPTED (by the agency); no other move. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, makeUser, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { ACCEPT, CONFIRM, SETTLEMENT } from '../support/operations.js';
import { settlementsOnDisk } from '../support/inspect.js';
import { filedScheme, importRoster, settle, type Settlement } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;

describe('settlement states', () => {
  const s = useServer();
  let team: VillageTeam;
  let first: Settlement;
  let second: Settlement;

  test('a new settle replaces the previous draft, which then reads as null', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR));
    await importRoster(team.cadre.client, VILLAGE, YEAR, members(3));
    first = await settle(team.cadre.client, VILLAGE, YEAR);
    second = await settle(team.cadre.client, VILLAGE, YEAR);
    expect(second.id).not.toBe(first.id);
    expect(await team.cadre.client.request(SETTLEMENT, { id: first.id })).toMatchObject({ status: 200, data: { settlement: null } });
    expect((await team.cadre.client.request(SETTLEMENT, { id: first.id })).errors).toBeUndefined();
  });

  test('settles of one village sent at once run one after the other: each answers, one whole draft remains, the last one', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => settle(team.cadre.client, VILLAGE, YEAR)));
    expect(answers.map((a) => a.totals.members)).toEqual([3, 3, 3]);
    expect(await settlementsOnDisk(s.server.database)).toEqual({ partial: [], orphans: 0, settlements: 1, outcomes: 3 });
    const last = answers.map((a) => a.id).sort((a, b) => Number(b) - Number(a))[0]!;
    expect((await team.cadre.client.ok(SETTLEMENT, { id: last })).settlement).toMatchObject({ status: 'DRAFT', totals: { members: 3 } });
    second = answers.find((a) => a.id === last)!;
  });

  test('a draft cannot be accepted: INVALID_TRANSITION', async () => {
    const res = await team.agency.client.request(ACCEPT, { id: second.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await team.cadre.client.ok(SETTLEMENT, { id: second.id })).settlement.status).toBe('DRAFT');
  });

  test('a confirmed settlement cannot be confirmed again: INVALID_TRANSITION', async () => {
    await team.cadre.client.ok(CONFIRM, { id: second.id });
    expect((await team.cadre.client.request(CONFIRM, { id: second.id })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  test('the region-wide agency accepts once; a second acceptance is INVALID_TRANSITION', async () => {
    const agency = await makeUser(s.admin, 'AGENCY', null);
    expect((await agency.client.ok(ACCEPT, { id: second.id })).acceptSettlement.status).toBe('ACCEPTED');
    expect((await agency.client.request(ACCEPT, { id: second.id })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
