/**
 * The agency's side over HTTP: after accepting a settlement it posts or rejects each member; rejected members
 * are settled again by the village's supplementary settlement, and the settlement and dashboard figures add up.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, countyOf, flatRuleSet, makeUser, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { ACCEPT, CONFIRM, SETTLE } from '../support/operations.js';
import { expectRefused } from '../support/refusal.js';
import { filedScheme, importRoster, settle, type Settlement } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const roster = members(4); // the 300 tier: 30 yuan each under the flat rule set, 120 in all
const SUMMARY = 'members posted rejected pending collective postedCollective rejectedCollective pendingCollective reconciled';
const RECORD = `mutation Record($id: ID!, $postings: [PostingInput!]!) {
  recordPostings(settlementId: $id, postings: $postings) { recorded unchanged settlement { id posting { ${SUMMARY} } } }
}`;
const POSTING = `query Posting($id: ID!) { settlement(id: $id) { posting { ${SUMMARY} } postings { idNumber status reason } } }`;
const REJECTED = `query Rejected($village: String!, $year: Int!) {
  village(code: $village) { rejectedPostings(year: $year) { idNumber reason collective resettlement { settlementId status } } }
}`;
const DASHBOARD = `query Dashboard($year: Int!, $county: String) {
  dashboard(year: $year, countyCode: $county) {
    level totals { settledMembers coveredMembers collectivePaid averagePerCovered posted { members collective } rejected { members collective } budget budgetUse }
    rows { code schemeStatus figures { coveredMembers collectivePaid budgetUse } }
  }
}`;

const posted = (idNumber: string) => ({ idNumber, status: 'POSTED' });

describe('postings', () => {
  const s = useServer();
  let team: VillageTeam;
  let first: Settlement;

  test('the agency posts three members of an accepted settlement and rejects one with a reason: the figures reconcile', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR, { budget: 200 }));
    await importRoster(team.cadre.client, VILLAGE, YEAR, roster);
    first = await settle(team.cadre.client, VILLAGE, YEAR);
    await team.cadre.client.ok(CONFIRM, { id: first.id });
    await team.agency.client.ok(ACCEPT, { id: first.id });
    const postings = [
      posted(roster[0]!.idNumber),
      { idNumber: roster[1]!.idNumber, status: 'REJECTED', reason: '户名与身份证不符' },
      posted(roster[2]!.idNumber),
      posted(roster[3]!.idNumber),
    ];
    const result = (await team.agency.client.ok(RECORD, { id: first.id, postings })).recordPostings;
    expect(result.recorded).toBe(4);
    expect(result.settlement.posting).toEqual({
      members: 4,
      posted: 3,
      rejected: 1,
      pending: 0,
      collective: 120,
      postedCollective: 90,
      rejectedCollective: 30,
      pendingCollective: 0,
      reconciled: true,
    });
  });

  test("refusals change nothing: another role, another county's agency, bad rows, a change to a recorded result", async () => {
    const watched = { village: VILLAGE, year: YEAR, settlementIds: [first.id] };
    await expectRefused(s.admin, watched, team.cadre.client, RECORD, { id: first.id, postings: [posted(roster[0]!.idNumber)] });
    const otherAgency = await makeUser(s.admin, 'AGENCY', PILOT.elsewhere.county);
    await expectRefused(s.admin, watched, otherAgency.client, RECORD, { id: first.id, postings: [posted(roster[0]!.idNumber)] });
    const bad = await expectRefused(
      s.admin,
      watched,
      team.agency.client,
      RECORD,
      { id: first.id, postings: [{ idNumber: members(1)[0]!.idNumber, status: 'POSTED' }] },
      'BAD_USER_INPUT',
    );
    expect(bad.errors?.[0]?.extensions?.rows).toMatchObject([{ index: 0, field: 'idNumber', code: 'NOT_IN_SETTLEMENT' }]);
    const final = await expectRefused(
      s.admin,
      watched,
      team.agency.client,
      RECORD,
      { id: first.id, postings: [posted(roster[1]!.idNumber)] },
      'BAD_USER_INPUT',
    );
    expect(final.errors?.[0]?.extensions?.rows).toMatchObject([{ index: 0, field: 'status', code: 'POSTING_FINAL' }]);
    const { posting } = (await team.agency.client.ok(POSTING, { id: first.id })).settlement;
    expect([posting.posted, posting.rejected]).toEqual([3, 1]);
  });

  test('the cadre sees the rejected member with the reason and settles only that member again, posted once accepted', async () => {
    const { rejectedPostings } = (await team.cadre.client.ok(REJECTED, { village: VILLAGE, year: YEAR })).village;
    expect(rejectedPostings).toEqual([{ idNumber: roster[1]!.idNumber, reason: '户名与身份证不符', collective: 30, resettlement: null }]);
    expect(await team.cadre.client.code(SETTLE, { village: VILLAGE, year: YEAR })).toBe('CONFLICT');
    await importRoster(team.cadre.client, VILLAGE, YEAR, [{ ...roster[1]!, name: '更正后的姓名' }]);
    const again = await settle(team.cadre.client, VILLAGE, YEAR, true);
    expect(again.outcomes.map((o) => [o.idNumber, o.collective])).toEqual([[roster[1]!.idNumber, 30]]);
    await team.cadre.client.ok(CONFIRM, { id: again.id });
    expect(await team.agency.client.code(RECORD, { id: again.id, postings: [posted(roster[1]!.idNumber)] })).toBe('INVALID_TRANSITION');
    await team.agency.client.ok(ACCEPT, { id: again.id });
    const second = (await team.agency.client.ok(RECORD, { id: again.id, postings: [posted(roster[1]!.idNumber)] })).recordPostings;
    expect(second.settlement.posting).toMatchObject({ members: 1, posted: 1, rejected: 0, reconciled: true });
    const after = (await team.cadre.client.ok(REJECTED, { village: VILLAGE, year: YEAR })).village.rejectedPostings;
    expect(after[0].resettlement).toEqual({ settlementId: again.id, status: 'ACCEPTED' });
  });

  test('the county dashboard counts the rejected member once, in the settlement that paid', async () => {
    const hrss = await makeUser(s.admin, 'COUNTY_HRSS', countyOf(VILLAGE));
    const d = (await hrss.client.ok(DASHBOARD, { year: YEAR })).dashboard;
    expect(d.level).toBe('COUNTY');
    expect(d.totals).toEqual({
      settledMembers: 4,
      coveredMembers: 4,
      collectivePaid: 120,
      averagePerCovered: 30,
      posted: { members: 4, collective: 120 },
      rejected: { members: 1, collective: 30 },
      budget: 200,
      budgetUse: 0.6,
    });
    expect(d.rows.find((r: { code: string }) => r.code === VILLAGE)).toEqual({
      code: VILLAGE,
      schemeStatus: 'FILED',
      figures: { coveredMembers: 4, collectivePaid: 120, budgetUse: 0.6 },
    });
    expect((await s.admin.ok(DASHBOARD, { year: YEAR })).dashboard.totals.collectivePaid).toBe(120);
    expect(await team.cadre.client.code(DASHBOARD, { year: YEAR })).toBe('FORBIDDEN');
  });
});
