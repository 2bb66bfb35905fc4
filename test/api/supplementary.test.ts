/** After a confirmed settlement only late payers are settled, with `supplementary: true`. */
import { describe, expect, test } from 'vitest';
import { PILOT, flatRuleSet, member, members, villageTeam, type VillageTeam } from '../support/factories.js';
import { CONFIRM, IMPORT, SETTLE, SETTLEMENT } from '../support/operations.js';
import { filedScheme, importRoster, settle, type Settlement } from '../support/scheme.js';
import { useServer } from '../support/useServer.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const onTime = members(3);
const late = [member({ contribution: 500 }), member({ contribution: 200 })];

describe('supplementary settlements', () => {
  const s = useServer();
  let team: VillageTeam;
  let first: Settlement;

  test('without supplementary, settling after a confirmation is CONFLICT', async () => {
    team = await villageTeam(s.admin, VILLAGE);
    await filedScheme(team, flatRuleSet(VILLAGE, 30, YEAR));
    await importRoster(team.cadre.client, VILLAGE, YEAR, onTime);
    first = (await team.cadre.client.ok(CONFIRM, { id: (await settle(team.cadre.client, VILLAGE, YEAR)).id })).confirmSettlement;
    await importRoster(team.cadre.client, VILLAGE, YEAR, late);
    const res = await team.cadre.client.request(SETTLE, { village: VILLAGE, year: YEAR });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  let extra: Settlement;
  test('a supplementary settlement holds only the members not yet in a confirmed settlement', async () => {
    // What the first settlement paid on cannot be changed by an import any more (MEMBER_SETTLED at the row).
    const changed = { ...onTime[0]!, contribution: 1000 };
    const refused = await team.cadre.client.request(IMPORT, { village: VILLAGE, year: YEAR, members: [changed] });
    expect(refused.errors?.[0]?.extensions?.rows).toEqual([expect.objectContaining({ index: 0, code: 'MEMBER_SETTLED' })]);
    extra = await settle(team.cadre.client, VILLAGE, YEAR, true);
    expect(extra.status).toBe('DRAFT');
    expect(extra.outcomes.map((o) => o.idNumber).sort()).toEqual(late.map((m) => m.idNumber).sort());
    expect(extra.totals).toMatchObject({ members: 2, eligible: 2, collective: 60, contribution: 700 });
  });

  test('the supplementary settlement is confirmed on its own and the first one never changes', async () => {
    expect((await team.cadre.client.ok(CONFIRM, { id: extra.id })).confirmSettlement.status).toBe('CONFIRMED');
    const { settlement } = await team.cadre.client.ok(SETTLEMENT, { id: first.id });
    expect(settlement).toEqual(first);
  });

  test('with everyone settled, a further supplementary settlement is BAD_USER_INPUT', async () => {
    const res = await team.cadre.client.request(SETTLE, { village: VILLAGE, year: YEAR, supplementary: true });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a person already in another village’s confirmed settlement for the year gets a warning', async () => {
    const other = PILOT.neighbour;
    const neighbours = await villageTeam(s.admin, other);
    await filedScheme(neighbours, flatRuleSet(other, 20, YEAR));
    const twice = onTime[1]!;
    await importRoster(neighbours.cadre.client, other, YEAR, [twice, member()]);
    const draft = await settle(neighbours.cadre.client, other, YEAR);
    expect(draft.warnings.map((w) => ({ idNumber: w.idNumber, index: w.index }))).toEqual([{ idNumber: twice.idNumber, index: 0 }]);
    expect(draft.warnings[0]!.code).toMatch(/^[A-Z_]+$/);
    expect(draft.warnings[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
