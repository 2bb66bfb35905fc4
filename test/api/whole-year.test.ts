/** A village's whole year over HTTP: standard, 四议两公开, filing with three receipts, roster, settlement, confirmation, acceptance. */
import { describe, expect, test } from 'vitest';
import { PILOT, member, ruleSet, villageTeam, type VillageTeam } from '../support/factories.js';
import { expectedSimulation, outcomesById } from '../support/expected.js';
import { ACCEPT, ACKNOWLEDGE, AUDIT_LOG, CONFIRM, ROSTER, SETTLE, SETTLEMENT, SUBMIT } from '../support/operations.js';
import {
  DECISION_STEPS,
  decide,
  importRoster,
  recordStep,
  save,
  schemeOf,
  settle,
  type Scheme,
  type Settlement,
} from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const doc = ruleSet(VILLAGE, YEAR);
const roster = [
  member({ contribution: 200 }),
  member({ contribution: 300 }),
  member({ contribution: 500, donation: 50 }),
  member({ contribution: 1000 }),
  member({ contribution: 2000 }),
  member({ contribution: 3000, donation: 3000 }),
  member({ contribution: 100, proxyPaid: true, hardship: ['POVERTY_MONITORING'] }),
  member({ contribution: 300, isCollectiveMember: false }),
  member({ contribution: 300, paymentType: 'BACK_PAY' }),
  member({ contribution: null }),
];

describe('a village year from the standard to the accepted settlement', () => {
  const s = useServer();
  let team: VillageTeam;
  let scheme: Scheme;
  let settlement: Settlement;

  test('saving a standard creates a DRAFT scheme with version 1 by the cadre', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    expect(await save(team.cadre.client, doc)).toBe(1);
    scheme = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!;
    expect(scheme).toMatchObject({
      year: YEAR,
      lastYear: YEAR,
      status: 'DRAFT',
      village: { code: VILLAGE },
      filedVersion: null,
      currentVersion: { version: 1 },
      versions: [{ version: 1 }],
      decisionSteps: [],
    });
  });

  test('the five decision steps are recorded in order with their dates and notes', async () => {
    const after = await decide(team.cadre.client, scheme.id, '2025-01-06');
    expect(after.status).toBe('DRAFT');
    expect(after.decisionSteps.map((d) => [d.step, d.date])).toEqual(
      DECISION_STEPS.map((step, i) => [step, `2025-01-${String(6 + i).padStart(2, '0')}`]),
    );
  });

  test('RESULT_DISCLOSED is refused before the first settlement', async () => {
    const res = await team.cadre.client.request(
      `mutation ($id: ID!) { recordDecisionStep(schemeId: $id, step: RESULT_DISCLOSED, date: "2025-02-01") { id } }`,
      { id: scheme.id },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('submitting moves the scheme to SUBMITTED', async () => {
    const { submitFiling } = await team.cadre.client.ok(SUBMIT, { schemeId: scheme.id });
    expect(submitFiling.status).toBe('SUBMITTED');
    expect(submitFiling.filedVersion).toBeNull();
  });

  test('the scheme is FILED only once the township, county HRSS and county agriculture have all acknowledged', async () => {
    const statuses: string[] = [];
    for (const officer of [team.township, team.hrss, team.agriculture]) {
      const { acknowledgeFiling } = await officer.client.ok(ACKNOWLEDGE, { schemeId: scheme.id });
      statuses.push(acknowledgeFiling.status);
      scheme = acknowledgeFiling;
    }
    expect(statuses).toEqual(['SUBMITTED', 'SUBMITTED', 'FILED']);
    expect(scheme.filedVersion).toEqual({ version: 1 });
    expect(scheme.filingReceipts.map((r) => [r.department, r.user]).sort()).toEqual([
      ['COUNTY_AGRICULTURE', team.agriculture.username],
      ['COUNTY_HRSS', team.hrss.username],
      ['TOWNSHIP', team.township.username],
    ]);
  });

  test('importing the roster stores every member for the year', async () => {
    expect(await importRoster(team.cadre.client, VILLAGE, YEAR, roster)).toEqual({ imported: roster.length, updated: 0, removed: 0 });
    const { village } = await team.cadre.client.ok(ROSTER, { village: VILLAGE, year: YEAR });
    expect(village.roster.map((m: { idNumber: string }) => m.idNumber).sort()).toEqual(roster.map((m) => m.idNumber).sort());
  });

  test('settling stores a DRAFT of the filed version whose outcomes are the in-process evaluation of the roster', async () => {
    settlement = await settle(team.cadre.client, VILLAGE, YEAR);
    const expected = await expectedSimulation(doc, roster);
    expect(settlement).toMatchObject({ status: 'DRAFT', version: 1, budgetExceeded: false });
    expect(outcomesById(settlement.outcomes)).toEqual(outcomesById(expected.outcomes));
    expect(settlement.totals).toEqual(expected.totals);
    expect(settlement.totals.collective).toBeGreaterThan(0);
  });

  test('the cadre confirms the settlement', async () => {
    const { confirmSettlement } = await team.cadre.client.ok(CONFIRM, { id: settlement.id });
    expect(confirmSettlement.status).toBe('CONFIRMED');
    expect(confirmSettlement.totals).toEqual(settlement.totals);
  });

  test('the agency accepts the confirmed settlement', async () => {
    const { acceptSettlement } = await team.agency.client.ok(ACCEPT, { id: settlement.id });
    expect(acceptSettlement.status).toBe('ACCEPTED');
    const { settlement: read } = await team.agency.client.ok(SETTLEMENT, { id: settlement.id });
    expect(read.status).toBe('ACCEPTED');
    expect(outcomesById(read.outcomes)).toEqual(outcomesById(settlement.outcomes));
  });

  test('settling again after confirmation is CONFLICT and the accepted settlement stays as it was', async () => {
    const res = await team.cadre.client.request(SETTLE, { village: VILLAGE, year: YEAR });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { settlement: read } = await team.cadre.client.ok(SETTLEMENT, { id: settlement.id });
    expect(read).toMatchObject({ status: 'ACCEPTED', totals: settlement.totals });
  });

  test('the result is disclosed (RESULT_DISCLOSED) after the settlement', async () => {
    const after = await recordStep(team.cadre.client, scheme.id, 'RESULT_DISCLOSED', '2025-03-01');
    expect(after.decisionSteps.at(-1)).toMatchObject({ step: 'RESULT_DISCLOSED', date: '2025-03-01' });
    expect(after.status).toBe('FILED');
  });

  test('the audit log names every change of the year with the user who made it', async () => {
    const { auditLog } = await s.admin.ok(AUDIT_LOG, { village: VILLAGE, year: YEAR });
    const actions = auditLog.map((e: { action: string; user: string }) => `${e.user} ${e.action}`);
    const cadre = team.cadre.username;
    expect(actions.filter((a: string) => a.startsWith(`${cadre} `)).length).toBeGreaterThanOrEqual(1 + 6 + 1 + 1 + 1 + 1); // save, steps, submit, import, settle, confirm
    for (const who of [team.township, team.hrss, team.agriculture, team.agency]) {
      expect(actions.some((a: string) => a.startsWith(`${who.username} `))).toBe(true);
    }
    for (const entry of auditLog) expect(Date.parse(entry.at)).not.toBeNaN();
  });
});
