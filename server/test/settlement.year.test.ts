import { afterAll, beforeAll, expect, test } from 'vitest';
import { Settlement } from '../src/modules/lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../src/modules/lifecycle/settlementRecord/settlementOutcome.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  ACCEPT,
  CONFIRM,
  errorOf,
  fileScheme,
  idNumber,
  IMPORT,
  member,
  ruleSet,
  SAVE,
  SCHEME,
  SETTLE,
  STEP,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let schemeId: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const roster = [
  member(1, { contribution: 500, donation: 50 }),
  member(3, { contribution: 200 }),
  member(5, { isCollectiveMember: false, contribution: 500 }),
  member(7, { paymentType: 'BACK_PAY', contribution: 1000 }),
  member(9, { contribution: null }),
];

test("a village's whole year: file the standard, import, settle, confirm, accept, disclose the results", async () => {
  schemeId = await fileScheme(h, team, ruleSet());
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: roster }, team.cadre);

  const draft = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle;
  expect(draft).toMatchObject({
    status: 'DRAFT',
    version: 1,
    villageCode: PILOT.village,
    year: 2025,
    supplementary: false,
    schemeActive: true,
    budgetExceeded: false,
  });
  expect(draft.totals).toEqual({
    members: 5,
    eligible: 2,
    contribution: 2200,
    governmentSubsidy: 180,
    collective: 130,
    donation: 50,
    donationExcess: 0,
    accountCredit: 2560,
  });
  expect(
    draft.outcomes.map((o: { idNumber: string; reasons: string[]; collective: number }) => [o.idNumber, o.reasons, o.collective]),
  ).toEqual([
    [idNumber(1), [], 100],
    [idNumber(3), [], 30],
    [idNumber(5), ['NOT_COLLECTIVE_MEMBER'], 0],
    [idNumber(7), ['NOT_CURRENT_YEAR_PAYMENT'], 0],
    [idNumber(9), ['NO_PERSONAL_CONTRIBUTION'], 0],
  ]);
  expect(draft.outcomes[0].sections).toEqual([{ key: 'tier', amount: 100, ruleIds: ['t500'] }]);

  const again = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.hrss)).settle;
  expect(again.id).not.toBe(draft.id);
  expect(await h.em().count(Settlement, { village: { code: PILOT.village }, year: 2025 })).toBe(1);
  expect(await h.em().count(SettlementOutcome, { settlement: Number(draft.id) })).toBe(0);

  const early = await h.gql(STEP, { id: schemeId, step: 'RESULT_DISCLOSED', date: '2025-12-20' }, team.cadre);
  expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ code: 'NOT_SETTLED_YET' }] });

  const confirmed = (await h.ok(CONFIRM, { id: again.id }, team.cadre)).confirmSettlement;
  expect(confirmed).toMatchObject({ status: 'CONFIRMED', confirmedBy: expect.any(String) });
  const accepted = (await h.ok(ACCEPT, { id: again.id }, team.agency)).acceptSettlement;
  expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedBy: expect.any(String), totals: again.totals });

  const disclosed = (await h.ok(STEP, { id: schemeId, step: 'RESULT_DISCLOSED', date: '2025-12-20' }, team.cadre)).recordDecisionStep;
  expect(disclosed.decisionSteps.at(-1)).toEqual({ step: 'RESULT_DISCLOSED', date: '2025-12-20' });
});

test('after a confirmed settlement, settle is CONFLICT unless supplementary', async () => {
  const result = await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
  expect(errorOf(result)).toMatchInlineSnapshot(`
    {
      "code": "CONFLICT",
      "message": "通桥村2025年度的结算已确认，不能重新结算；如有补缴的成员，请进行补充结算（supplementary）",
    }
  `);
});

test('a confirmed settlement never changes: confirming or accepting again is INVALID_TRANSITION', async () => {
  const [s] = await h.em().find(Settlement, { village: { code: PILOT.village }, year: 2025 });
  expect(errorOf(await h.gql(CONFIRM, { id: String(s!.id) }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "INVALID_TRANSITION",
      "message": "结算当前为“经办机构已受理”，只有“草稿”的结算才能确认",
    }
  `);
  expect(errorOf(await h.gql(ACCEPT, { id: String(s!.id) }, team.agency))?.code).toBe('INVALID_TRANSITION');
});

test('a supplementary settlement settles only the members not in a confirmed settlement yet', async () => {
  // A late payer is added; member 1, already settled, cannot be changed by an import any more (roster.member.test.ts).
  const refused = await h.gql(IMPORT, { v: PILOT.village, y: 2025, m: [member(1, { contribution: 3000 })] }, team.cadre);
  expect(refused.errors?.[0]?.extensions?.rows).toEqual([expect.objectContaining({ code: 'MEMBER_SETTLED' })]);
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(11, { contribution: 1000 })] }, team.cadre);
  const supplementary = (await h.ok(SETTLE, { v: PILOT.village, y: 2025, s: true }, team.cadre)).settle;
  expect(supplementary).toMatchObject({ status: 'DRAFT', supplementary: true, totals: { members: 1, eligible: 1, collective: 100 } });
  expect(supplementary.outcomes.map((o: { idNumber: string }) => o.idNumber)).toEqual([idNumber(11)]);
  await h.ok(CONFIRM, { id: supplementary.id }, team.cadre);
  const nothingLeft = await h.gql(SETTLE, { v: PILOT.village, y: 2025, s: true }, team.cadre);
  expect(errorOf(nothingLeft)).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "没有尚未结算的成员，无需补充结算",
    }
  `);
});

test('during an amendment the filed version keeps paying', async () => {
  const village = '640121102202';
  const t = { ...team, cadre: (await h.loginAs('VILLAGE_CADRE', village)).token };
  await fileScheme(h, t, ruleSet({ village }));
  await h.ok(SAVE, { v: village, y: 2025, r: ruleSet({ village, personCap: 50 }) }, t.cadre);
  expect((await h.ok(SCHEME, { v: village, y: 2025 }, t.cadre)).village.scheme.status).toBe('DRAFT');
  await h.ok(IMPORT, { v: village, y: 2025, m: [member(31)] }, t.cadre);
  const settled = (await h.ok(SETTLE, { v: village, y: 2025 }, t.cadre)).settle;
  expect(settled).toMatchObject({ version: 1, schemeActive: true, totals: { collective: 100 } });
});

test('a standard covering several years pays each of them and is found under each year', async () => {
  const village = '640121102001';
  const t = { ...team, cadre: (await h.loginAs('VILLAGE_CADRE', village)).token };
  await fileScheme(h, t, ruleSet({ village, lastYear: 2026 }));
  expect((await h.ok(SCHEME, { v: village, y: 2026 }, t.cadre)).village.scheme).toMatchObject({
    year: 2025,
    lastYear: 2026,
    status: 'FILED',
  });
  await h.ok(IMPORT, { v: village, y: 2026, m: [member(41)] }, t.cadre);
  const settled = (await h.ok(SETTLE, { v: village, y: 2026 }, t.cadre)).settle;
  expect(settled).toMatchObject({ year: 2026, version: 1, schemeActive: true, totals: { collective: 100 } });
});
