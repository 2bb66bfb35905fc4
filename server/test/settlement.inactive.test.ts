import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  CONFIRM,
  errorOf,
  fileScheme,
  IMPORT,
  member,
  ruleSet,
  SETTLE,
  SUSPEND,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

test('without a scheme, settle returns outcomes failing SCHEME_NOT_ACTIVE, and the settlement cannot be confirmed', async () => {
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1, { donation: 20 }), member(3, { contribution: 200 })] }, team.cadre);
  const settled = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle;
  expect(settled).toMatchObject({ version: null, schemeActive: false });
  expect(settled.totals).toEqual({
    members: 2,
    eligible: 0,
    contribution: 700,
    governmentSubsidy: 110,
    collective: 0,
    donation: 20,
    donationExcess: 0,
    accountCredit: 830,
  });
  expect(settled.outcomes.map((o: { reasons: string[] }) => o.reasons)).toEqual([['SCHEME_NOT_ACTIVE'], ['SCHEME_NOT_ACTIVE']]);
  expect(errorOf(await h.gql(CONFIRM, { id: settled.id }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "SCHEME_NOT_ACTIVE",
      "message": "通桥村2025年度没有已备案且在实施中的补助标准，此结算不能确认",
    }
  `);
});

test('a suspended scheme does not pay', async () => {
  const id = await fileScheme(h, team, ruleSet());
  const paying = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle;
  expect(paying).toMatchObject({ schemeActive: true, totals: { collective: 130 } });
  await h.ok(SUSPEND, { id, reason: '集体收入不足', date: '2025-09-01' }, team.cadre);
  const suspended = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle;
  expect(suspended).toMatchObject({ schemeActive: false, totals: { collective: 0 } });
  expect(errorOf(await h.gql(CONFIRM, { id: suspended.id }, team.cadre))?.code).toBe('SCHEME_NOT_ACTIVE');
});

test('a draft settled before the scheme was suspended cannot be confirmed after it', async () => {
  const village = PILOT.neighbour;
  const t = { ...team, cadre: (await h.loginAs('VILLAGE_CADRE', village)).token };
  const id = await fileScheme(h, t, ruleSet({ village }));
  await h.ok(IMPORT, { v: village, y: 2025, m: [member(1)] }, t.cadre);
  const draft = (await h.ok(SETTLE, { v: village, y: 2025 }, t.cadre)).settle;
  await h.ok(SUSPEND, { id, reason: '集体收入不足', date: '2025-09-01' }, t.cadre);
  expect(errorOf(await h.gql(CONFIRM, { id: draft.id }, t.cadre))?.code).toBe('SCHEME_NOT_ACTIVE');
});

test('a settlement over budget under REJECT cannot be confirmed: BUDGET_EXCEEDED', async () => {
  const village = '640121102001';
  const t = { ...team, cadre: (await h.loginAs('VILLAGE_CADRE', village)).token };
  await fileScheme(h, t, ruleSet({ village, budget: 150, overBudget: 'REJECT' }));
  await h.ok(IMPORT, { v: village, y: 2025, m: [member(1), member(3)] }, t.cadre);
  const settled = (await h.ok(SETTLE, { v: village, y: 2025 }, t.cadre)).settle;
  expect(settled).toMatchObject({ budgetExceeded: true, totals: { collective: 200 } });
  expect(errorOf(await h.gql(CONFIRM, { id: settled.id }, t.cadre))).toMatchInlineSnapshot(`
    {
      "code": "BUDGET_EXCEEDED",
      "message": "符合条件成员的集体补助合计超出预算（超预算时拒绝），请调整补助标准或预算后重新结算",
    }
  `);
});

test('under PRORATE the amounts are cut to the budget and the settlement can be confirmed', async () => {
  const village = '640121104201';
  const t = {
    ...team,
    cadre: (await h.loginAs('VILLAGE_CADRE', village)).token,
    township: (await h.loginAs('TOWNSHIP_OFFICER', '640121104')).token,
  };
  await fileScheme(h, t, ruleSet({ village, budget: 150, overBudget: 'PRORATE' }));
  await h.ok(IMPORT, { v: village, y: 2025, m: [member(1), member(3)] }, t.cadre);
  const settled = (await h.ok(SETTLE, { v: village, y: 2025 }, t.cadre)).settle;
  expect(settled).toMatchObject({ budgetExceeded: false, prorateFactor: 0.75, totals: { collective: 150 } });
  expect((await h.ok(CONFIRM, { id: settled.id }, t.cadre)).confirmSettlement.status).toBe('CONFIRMED');
});
