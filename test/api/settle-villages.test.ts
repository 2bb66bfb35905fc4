/**
 * settleVillages over HTTP on both databases (issue 15 item 4): a county's villages settled at once store, village by
 * village, the same rows as each one's own settle (the rosters read as the database's JSON, the rows written from
 * a worker thread's JSON), and the county's 人社 may settle only their own county.
 */
import { describe, expect, test } from 'vitest';
import { flatRuleSet, makeUser, member, members, PILOT, ruleSet, villageTeam } from '../support/factories.js';
import { sql } from '../support/inspect.js';
import { filedScheme, importRoster, settle } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const COUNTY = PILOT.elsewhere.county;
const FLAT = PILOT.elsewhere.village;
const PILOT_STANDARD = PILOT.spare[0];
const NO_SCHEME = PILOT.spare[1];
const SETTLE_VILLAGES = `mutation ($y: Int!, $c: String) { settleVillages(year: $y, countyCode: $c) {
  villages settledCount totals { members collective } settled { villageCode settlementId } refused { villageCode code message } } }`;

const varied = () => [
  ...members(3),
  member({ contribution: 500, donation: 80 }),
  member({ contribution: 100, hardship: ['MINIMUM_LIVING'] }),
  member({ isCollectiveMember: false }),
  member({ paymentType: 'BACK_PAY', contribution: 1000 }),
  member({ contribution: null }),
];

/** A settlement's stored rows without ids and times: what its own settle and the county's call must both store. */
async function stored(db: Parameters<typeof sql>[0], id: string) {
  const [row] = await sql(db, `select * from settlement where id = ${Number(id)}`);
  const { id: _i, created_at: _c, ...settlement } = row!;
  const strip = ({ id: _id, settlement_id: _s, ...rest }: Record<string, unknown>) => rest;
  const outcomes = (await sql(db, `select * from settlement_outcome where settlement_id = ${Number(id)} order by id`)).map(strip);
  const allocation = (await sql(db, `select * from donation_allocation where settlement_id = ${Number(id)} order by id`)).map(strip);
  return { settlement, outcomes, allocation };
}

describe('a county settled at once over HTTP', () => {
  const s = useServer();

  test('each village’s draft is what its own settle stores', async () => {
    const hrss = await makeUser(s.admin, 'COUNTY_HRSS', COUNTY);
    for (const [village, doc] of [
      [FLAT, flatRuleSet(FLAT, 30, YEAR)],
      [PILOT_STANDARD, ruleSet(PILOT_STANDARD, YEAR)],
    ] as const) {
      const team = await villageTeam(s.admin, village);
      await filedScheme(team, doc);
    }
    for (const village of [FLAT, PILOT_STANDARD, NO_SCHEME]) await importRoster(s.admin, village, YEAR, varied());

    const area = (await hrss.client.ok(SETTLE_VILLAGES, { y: YEAR, c: COUNTY })).settleVillages;
    expect(area).toMatchObject({ settledCount: 3, refused: [] });
    expect(area.totals.members).toBe(24);
    for (const { villageCode, settlementId } of area.settled as { villageCode: string; settlementId: string }[]) {
      const batch = await stored(s.server.database, settlementId);
      const alone = await stored(s.server.database, (await settle(hrss.client, villageCode, YEAR)).id);
      expect(batch.outcomes, villageCode).toHaveLength(8);
      expect(batch, villageCode).toEqual(alone);
    }
  });

  test('a county’s 人社 may not settle another county', async () => {
    const other = await makeUser(s.admin, 'COUNTY_HRSS', PILOT.county);
    const res = await other.client.request(SETTLE_VILLAGES, { y: YEAR, c: COUNTY });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
