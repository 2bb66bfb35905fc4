/** A department returns a submitted filing with its reason; the cadre resubmits and the filing is received anew. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, villageTeam, type VillageTeam } from '../support/factories.js';
import { ACKNOWLEDGE, RETURN, SAVE_RULE_SET, SUBMIT } from '../support/operations.js';
import { decide, save, schemeOf, type Scheme } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;

describe('returned filings', () => {
  const s = useServer();
  let team: VillageTeam;
  let scheme: Scheme;

  test('a return by the township sends the submitted scheme back to DRAFT with its reason', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await save(team.cadre.client, flatRuleSet(VILLAGE, 30, YEAR));
    scheme = (await schemeOf(team.cadre.client, VILLAGE, YEAR))!;
    await decide(team.cadre.client, scheme.id);
    await team.cadre.client.ok(SUBMIT, { schemeId: scheme.id });
    const { returnFiling } = await team.township.client.ok(
      `mutation ($id: ID!, $r: String!) { returnFiling(schemeId: $id, reason: $r) { status returnReason filedVersion { version } } }`,
      { id: scheme.id, r: '补助资金来源未写明' },
    );
    expect(returnFiling).toEqual({ status: 'DRAFT', returnReason: '补助资金来源未写明', filedVersion: null });
  });

  test('a returned scheme cannot be acknowledged until it is submitted again', async () => {
    const res = await team.hrss.client.request(ACKNOWLEDGE, { schemeId: scheme.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  test('resubmitting the same version needs three fresh receipts, from every department again', async () => {
    expect((await team.cadre.client.ok(SUBMIT, { schemeId: scheme.id })).submitFiling.status).toBe('SUBMITTED');
    const statuses = [];
    for (const officer of [team.township, team.hrss, team.agriculture])
      statuses.push((await officer.client.ok(ACKNOWLEDGE, { schemeId: scheme.id })).acknowledgeFiling.status);
    expect(statuses).toEqual(['SUBMITTED', 'SUBMITTED', 'FILED']);
    expect((await schemeOf(team.cadre.client, VILLAGE, YEAR))!.filedVersion).toEqual({ version: 1 });
  });

  test('a second acknowledgement by the same department is CONFLICT', async () => {
    const other = PILOT.neighbour;
    const neighbours = await villageTeam(s.admin, other);
    await save(neighbours.cadre.client, flatRuleSet(other, 20, YEAR));
    const id = (await schemeOf(neighbours.cadre.client, other, YEAR))!.id;
    await decide(neighbours.cadre.client, id);
    await neighbours.cadre.client.ok(SUBMIT, { schemeId: id });
    await neighbours.hrss.client.ok(ACKNOWLEDGE, { schemeId: id });
    const res = await neighbours.hrss.client.request(ACKNOWLEDGE, { schemeId: id });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await schemeOf(neighbours.cadre.client, other, YEAR))!).toMatchObject({
      status: 'SUBMITTED',
      filingReceipts: [{ department: 'COUNTY_HRSS' }],
    });
  });

  test('a filed scheme cannot be returned', async () => {
    const res = await team.agriculture.client.request(RETURN, { schemeId: scheme.id, reason: '迟到的退回' });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await schemeOf(team.cadre.client, VILLAGE, YEAR))!.status).toBe('FILED');
  });

  describe('returned, then corrected with a new version', () => {
    const village = PILOT.sameCounty.village;
    let yuhai: VillageTeam;
    let id: string;

    test('after a return by the county agriculture department, saving a correction clears the decision steps', async () => {
      yuhai = await villageTeam(s.admin, village);
      await save(yuhai.cadre.client, flatRuleSet(village, 30, YEAR));
      id = (await schemeOf(yuhai.cadre.client, village, YEAR))!.id;
      await decide(yuhai.cadre.client, id);
      await yuhai.cadre.client.ok(SUBMIT, { schemeId: id });
      await yuhai.township.client.ok(ACKNOWLEDGE, { schemeId: id });
      expect((await yuhai.agriculture.client.ok(RETURN, { schemeId: id, reason: '补助标准偏高' })).returnFiling.status).toBe('DRAFT');
      const { saveRuleSet } = await yuhai.cadre.client.ok(SAVE_RULE_SET, {
        village,
        year: YEAR,
        ruleSet: flatRuleSet(village, 20, YEAR),
        expectedVersion: 1,
      });
      expect(saveRuleSet.version).toBe(2);
      const after = (await schemeOf(yuhai.cadre.client, village, YEAR))!;
      expect(after).toMatchObject({ status: 'DRAFT', currentVersion: { version: 2 }, filedVersion: null, decisionSteps: [] });
    });

    test('submitting the correction without a new decision is DECISION_INCOMPLETE', async () => {
      const res = await yuhai.cadre.client.request(SUBMIT, { schemeId: id });
      expect(res.errors?.[0]?.extensions?.code).toBe('DECISION_INCOMPLETE');
      expect((await schemeOf(yuhai.cadre.client, village, YEAR))!.status).toBe('DRAFT');
    });

    test('after a new decision the correction is submitted and filed as version 2', async () => {
      await decide(yuhai.cadre.client, id, '2025-02-03');
      await yuhai.cadre.client.ok(SUBMIT, { schemeId: id });
      let last: Scheme | undefined;
      for (const officer of [yuhai.township, yuhai.hrss, yuhai.agriculture])
        last = (await officer.client.ok(ACKNOWLEDGE, { schemeId: id })).acknowledgeFiling;
      expect(last).toMatchObject({ status: 'FILED', filedVersion: { version: 2 }, currentVersion: { version: 2 } });
    });
  });

  test('the return reason is kept in the audit log', async () => {
    const { auditLog } = await s.admin.ok(`query ($v: String!) { auditLog(villageCode: $v, year: ${YEAR}) { user action after } }`, {
      v: VILLAGE,
    });
    const byTownship = auditLog.filter((e: { user: string }) => e.user === team.township.username);
    expect(JSON.stringify(byTownship)).toContain('补助资金来源未写明');
  });
});
