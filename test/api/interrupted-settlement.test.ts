/**
 * Nothing half-happens: a settle that fails or whose server dies while writing leaves no settlement and no
 * outcome rows behind, and the draft it would have replaced stays whole.
 */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { sql, watchWrites } from '../support/inspect.js';
import { SETTLE, SETTLEMENT } from '../support/operations.js';
import { filedScheme, importRoster, settle, type Settlement } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const YEAR = 2025;
const LARGE = 20_000;
const CHUNK = 10_000;

const count = async (db: Parameters<typeof sql>[0], table: string) => Number((await sql<{ n: number | string }>(db, `select count(*) as n from ${table}`))[0]!.n);

describe('a settlement interrupted midway', () => {
  const s = useServer();

  test('a settle refused because a policy edit made stored roster rows invalid leaves the earlier draft as it was', async () => {
    const village = PILOT.neighbour;
    const team = await villageTeam(s.admin, village);
    await filedScheme(team, flatRuleSet(village, 30, YEAR));
    const roster = [member({ contribution: 2000 }), member({ contribution: 300 }), member({ contribution: 2000 })];
    await importRoster(team.cadre.client, village, YEAR, roster);
    const draft = await settle(team.cadre.client, village, YEAR);

    const { policyYear } = await s.admin.ok(`{ policyYear(year: ${YEAR}) { tiers { amount governmentSubsidy hardshipOnly } hardshipTierCategories backPayEarnsSubsidy } }`);
    const edit = (tiers: unknown[]) =>
      s.admin.ok(`mutation ($input: PolicyYearInput!) { savePolicyYear(input: $input) { year } }`, { input: { year: YEAR, tiers, hardshipTierCategories: policyYear.hardshipTierCategories, backPayEarnsSubsidy: policyYear.backPayEarnsSubsidy } });
    await edit(policyYear.tiers.filter((t: { amount: number }) => t.amount !== 2000));
    try {
      const res = await team.cadre.client.request(SETTLE, { village, year: YEAR });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const rows = res.errors![0]!.extensions!.rows as { index: number; field: string }[];
      expect(rows.map((r) => [r.index, r.field])).toEqual([[0, 'contribution'], [2, 'contribution']]);
    } finally {
      await edit(policyYear.tiers);
    }
    const { settlement } = await team.cadre.client.ok(SETTLEMENT, { id: draft.id });
    expect(settlement).toEqual(draft);
    expect(await count(s.server.database, 'settlement')).toBe(1);
    expect(await count(s.server.database, 'settlement_outcome')).toBe(roster.length);
  });

  let team: VillageTeam;
  /** Starts a settle, kills the server as soon as the settle's transaction has written, restarts it. */
  async function crashWhileSettling(): Promise<{ sawWriting: boolean; requestFailed: boolean }> {
    const watch = await watchWrites(s.server.database);
    let done = false;
    let answer = 'none';
    const request = team.cadre.client.request(SETTLE, { village: PILOT.village, year: YEAR }).then(
      (r) => ((done = true), (answer = JSON.stringify(r.errors ?? r.data?.settle?.totals)), !!r.errors),
      (e: Error) => ((done = true), (answer = `${e.message} ${String(e.cause)}`), true),
    );
    let sawWriting = false;
    while (!done && !sawWriting) sawWriting = await watch.writing();
    await watch.close();
    await s.server.kill();
    const requestFailed = await request;
    await s.server.restart();
    if (!sawWriting) console.warn(`no write seen before the settle ended: ${answer}\n${s.server.output().slice(-3000)}`);
    return { sawWriting, requestFailed };
  }

  test(`killing the server while it writes a ${LARGE.toLocaleString('en-US')}-member settlement leaves no trace of it after restart`, async () => {
    team = await villageTeam(s.admin, PILOT.village);
    await filedScheme(team, flatRuleSet(PILOT.village, 30, YEAR));
    const roster = members(LARGE);
    for (let i = 0; i < roster.length; i += CHUNK) await importRoster(team.cadre.client, PILOT.village, YEAR, roster.slice(i, i + CHUNK));
    const settlementsBefore = await count(s.server.database, 'settlement');
    const outcomesBefore = await count(s.server.database, 'settlement_outcome');

    expect(await crashWhileSettling()).toEqual({ sawWriting: true, requestFailed: true });
    expect(await count(s.server.database, 'settlement')).toBe(settlementsBefore);
    expect(await count(s.server.database, 'settlement_outcome')).toBe(outcomesBefore);
  });

  let whole: Settlement;
  test('after the restart the same settle completes with every member', async () => {
    whole = await settle(team.cadre.client, PILOT.village, YEAR);
    expect(whole.totals).toMatchObject({ members: LARGE, collective: 30 * LARGE });
  });

  test('a crash while replacing that draft leaves the earlier draft whole', async () => {
    const outcomesBefore = await count(s.server.database, 'settlement_outcome');
    expect(await crashWhileSettling()).toEqual({ sawWriting: true, requestFailed: true });
    const { settlement } = await team.cadre.client.ok(SETTLEMENT, { id: whole.id });
    expect(settlement.totals).toEqual(whole.totals);
    expect(settlement.outcomes).toHaveLength(LARGE);
    expect(await count(s.server.database, 'settlement_outcome')).toBe(outcomesBefore);
  });
});
