/**
 * ID numbers are whole for the village's cadres and the agency, masked (first 6 and last 4) for everyone else:
 * in the roster, settlements (outcomes and warnings) and the audit log.
 */
import { describe, expect, test } from 'vitest';
import { fictitiousIdNumber, maskIdNumber, parseIdNumber } from '@cunce/rules';
import { PILOT, flatRuleSet, makeUser, members, villageTeam, type TestUser, type VillageTeam } from '../support/factories.js';
import type { Client } from '../support/gql.js';
import { AUDIT_LOG, ROSTER, SAVE_RULE_SET, SETTLEMENT } from '../support/operations.js';
import { filedScheme, importRoster, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const roster = members(3);
const whole = roster.map((m) => m.idNumber).sort();
const masked = whole.map(maskIdNumber).sort();

describe('ID number masking', () => {
  const s = useServer();
  let team: VillageTeam;
  let regionAgency: TestUser;
  let settlementId: string;
  const readers = (): [string, Client, 'whole' | 'masked'][] => [
    ['the village cadre', team.cadre.client, 'whole'],
    ["the county's agency", team.agency.client, 'whole'],
    ['the region-wide agency', regionAgency.client, 'whole'],
    ['the township officer', team.township.client, 'masked'],
    ['the county HRSS', team.hrss.client, 'masked'],
    ['the county agriculture department', team.agriculture.client, 'masked'],
    ['the region administrator', s.admin, 'masked'],
  ];

  test('setup: a filed scheme, a roster and a settlement', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    regionAgency = await makeUser(s.admin, 'AGENCY', null);
    await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR));
    await importRoster(team.cadre.client, VILLAGE, YEAR, roster);
    settlementId = (await settle(team.cadre.client, VILLAGE, YEAR)).id;
    expect(masked[0]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  test('the roster shows whole numbers only to the cadre and the agency', async () => {
    for (const [who, c, view] of readers()) {
      const ids = (await c.ok(ROSTER, { village: VILLAGE, year: YEAR })).village.roster.map((m: { idNumber: string }) => m.idNumber).sort();
      expect(ids, who).toEqual(view === 'whole' ? whole : masked);
    }
  });

  test('settlement outcomes show whole numbers only to the cadre and the agency', async () => {
    for (const [who, c, view] of readers()) {
      const ids = (await c.ok(SETTLEMENT, { id: settlementId })).settlement.outcomes.map((o: { idNumber: string }) => o.idNumber).sort();
      expect(ids, who).toEqual(view === 'whole' ? whole : masked);
    }
  });

  test('settlement warnings are masked like the outcomes', async () => {
    const other = PILOT.neighbour;
    const neighbours = await villageTeam(s.admin, other);
    await filedScheme(neighbours, flatRuleSet(other, 20, YEAR));
    await team.cadre.client.ok(`mutation ($id: ID!) { confirmSettlement(settlementId: $id) { id } }`, { id: settlementId });
    await importRoster(neighbours.cadre.client, other, YEAR, [roster[0]!]);
    const draft = await settle(neighbours.cadre.client, other, YEAR);
    expect(draft.warnings.map((w) => w.idNumber)).toEqual([roster[0]!.idNumber]);
    const { settlement } = await neighbours.hrss.client.ok(SETTLEMENT, { id: draft.id });
    expect(settlement.warnings.map((w: { idNumber: string }) => w.idNumber)).toEqual([maskIdNumber(roster[0]!.idNumber)]);
  });

  test("the rule set's test cases show the real number only to the cadre; officers get a fictitious valid one of the same age and gender", async () => {
    const village = PILOT.sameCounty.village;
    const other = await villageTeam(s.admin, village);
    const id = roster[2]!.idNumber;
    const doc = flatRuleSet(village, 30, YEAR, {
      tests: [{ name: '每人30元', member: { idNumber: id, contribution: 300 }, expect: { collective: 30 } }],
    });
    await other.cadre.client.ok(SAVE_RULE_SET, { village, year: YEAR, ruleSet: doc });
    const read = async (c: Client) =>
      (await c.ok(`query ($v: String!) { village(code: $v) { scheme(year: ${YEAR}) { versions { ruleSet } } } }`, { v: village })).village
        .scheme.versions[0].ruleSet.tests[0].member.idNumber;
    expect(await read(other.cadre.client)).toBe(id);
    const stand = fictitiousIdNumber(id, YEAR);
    expect(stand).not.toBe(id);
    const real = parseIdNumber(id);
    expect(parseIdNumber(stand)).toMatchObject({ ok: true, gender: real.ok ? real.gender : null });
    for (const c of [other.township.client, other.hrss.client, other.agriculture.client]) expect(await read(c)).toBe(stand);
  });

  test('the audit log never shows a whole ID number to those who may not see it', async () => {
    for (const [who, c, view] of readers()) {
      const text = JSON.stringify((await c.ok(AUDIT_LOG, { village: VILLAGE, year: YEAR })).auditLog);
      if (view === 'masked')
        expect(
          whole.filter((id) => text.includes(id)),
          who,
        ).toEqual([]);
    }
    const hrss = (await makeUser(s.admin, 'COUNTY_HRSS', PILOT.county)).client;
    const text = JSON.stringify((await hrss.ok(AUDIT_LOG, { village: PILOT.sameCounty.village, year: YEAR })).auditLog);
    expect(text).toContain('ruleSet');
    expect(text).not.toContain(roster[2]!.idNumber);
  });
});
