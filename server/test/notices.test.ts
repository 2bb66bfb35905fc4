/** 决议公开 and 实施结果公开: the notices' data, who may read them, and the link of the result disclosure. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ATTACH, b64, PDF } from './document.fixtures.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  CONFIRM,
  errorOf,
  fileScheme,
  idNumber,
  IMPORT,
  member,
  ruleSet,
  save,
  SETTLE,
  STEP,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

const RESOLUTION = `query ($id: ID!, $version: Int) { resolutionNotice(schemeId: $id, version: $version) {
  schemeId version valid filed villageName townshipName countyName year title years eligibility limits notes resolved
  sections { key label how lines } decisionSteps { step date attendance { expected present } votes { for against abstain } } } }`;
const RESULT = `query ($id: ID!) { resultNotice(settlementId: $id) {
  settlementId status villageName year version title confirmedAt disclosedOn membersSettled
  rows { name idNumber contribution collective donation total notes } totals { people contribution collective donation total } } }`;
const RESULT_STEP = `mutation ($id: ID!, $date: String!, $s: ID) {
  recordDecisionStep(schemeId: $id, step: RESULT_DISCLOSED, date: $date, settlementId: $s) { decisionSteps { step settlementId } } }`;

let h: Harness;
let team: VillageTeam;
let schemeId: string;
let settlementId: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  schemeId = await fileScheme(h, team, ruleSet({ personCap: 90, budget: 1000, overBudget: 'PRORATE' }));
  const roster = [
    member(1, { contribution: 300 }),
    member(3, { contribution: 1000, donation: 50 }),
    member(5, { isCollectiveMember: false, contribution: 200 }),
    member(7, { contribution: null }),
  ];
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: roster }, team.cadre);
  settlementId = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle.id;
});
afterAll(() => h.close());

describe('决议公开', () => {
  test('describes the filed version in plain Chinese with the village, the decision dates and the votes', async () => {
    const n = (await h.ok(RESOLUTION, { id: schemeId }, team.cadre)).resolutionNotice;
    expect(n).toMatchObject({
      version: 1,
      valid: true,
      filed: true,
      resolved: true,
      villageName: '通桥村',
      townshipName: '望远镇',
      countyName: '永宁县',
      title: '通桥村2025年城乡居保集体补助标准',
    });
    expect(n.sections).toEqual([
      {
        key: 'tier',
        label: '档次补助',
        how: '',
        lines: ['个人缴费100元、200元、300元的，补助30元。', '个人缴费500元、1000元、2000元、3000元的，补助100元。'],
      },
    ]);
    expect(n.limits).toEqual([
      '每人每年集体补助各项合计最多90元。',
      '每人每年集体补助与社会资助合计不超过自治区当年最高缴费档次3000元，当年已在别处享受的合并计算，超出部分不予补助。',
      '本年度集体补助资金预算1000元。',
      '符合条件人员的补助合计超过预算时，每人按同一比例减发，合计不超过预算。',
    ]);
    expect(n.decisionSteps.map((s: { step: string; date: string }) => `${s.step} ${s.date}`)).toEqual([
      'PARTY_BRANCH_PROPOSAL 2025-03-01',
      'COMMITTEES_DELIBERATION 2025-03-01',
      'PARTY_MEMBERS_REVIEW 2025-03-05',
      'VILLAGERS_RESOLUTION 2025-03-10',
      'RESOLUTION_DISCLOSED 2025-03-11',
    ]);
    expect(n.decisionSteps[3]).toMatchObject({ attendance: { expected: 30, present: 25 }, votes: { for: 20, against: 3, abstain: 2 } });
  });

  test('a version still to be resolved is marked so, and an older version keeps its own steps', async () => {
    const other = PILOT.neighbour;
    const cadre = (await h.loginAs('VILLAGE_CADRE', other)).token;
    const id = await save(h, cadre, ruleSet({ village: other }), other);
    await h.ok(STEP, { id, step: 'PARTY_BRANCH_PROPOSAL', date: '2025-04-01' }, cadre);
    await save(h, cadre, ruleSet({ village: other, personCap: 50 }), other);
    const latest = (await h.ok(RESOLUTION, { id }, cadre)).resolutionNotice;
    expect(latest).toMatchObject({ version: 2, resolved: false, filed: false, decisionSteps: [] });
    expect(latest.limits[0]).toBe('每人每年集体补助各项合计最多50元。');
    const first = (await h.ok(RESOLUTION, { id, version: 1 }, cadre)).resolutionNotice;
    expect(first.decisionSteps.map((s: { step: string }) => s.step)).toEqual(['PARTY_BRANCH_PROPOSAL']);
    expect(errorOf(await h.gql(RESOLUTION, { id, version: 7 }, cadre))).toEqual({ code: 'NOT_FOUND', message: '方案没有第7版' });
  });

  test('readers of the village read it; another county may not', async () => {
    for (const token of [team.township, team.hrss, team.agriculture, team.agency])
      expect((await h.ok(RESOLUTION, { id: schemeId }, token)).resolutionNotice.version).toBe(1);
    const stranger = (await h.loginAs('TOWNSHIP_OFFICER', PILOT.elsewhere.township)).token;
    expect(errorOf(await h.gql(RESOLUTION, { id: schemeId }, stranger))?.code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(RESOLUTION, { id: schemeId }))?.code).toBe('UNAUTHENTICATED');
  });
});

describe('实施结果公开', () => {
  test('is refused for a draft settlement', async () => {
    expect(errorOf(await h.gql(RESULT, { id: settlementId }, team.cadre))).toEqual({
      code: 'SETTLEMENT_NOT_CONFIRMED',
      message: '这次结算还是草稿，不能公开实施结果；请村干部确认结算后再打印公示名单',
    });
  });

  test('recording the disclosure before any confirmed settlement is refused', async () => {
    const res = await h.gql(RESULT_STEP, { id: schemeId, date: '2025-06-01' }, team.cadre);
    expect(errorOf(res)?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(res)?.message).toContain('“实施结果公开”须在本村首次结算确认之后记录');
    const named = await h.gql(RESULT_STEP, { id: schemeId, date: '2025-06-01', s: settlementId }, team.cadre);
    expect(errorOf(named)?.message).toBe(`结算${settlementId}尚未确认（草稿），只能公开已确认结算的实施结果`);
  });

  test('lists those who got money, ID numbers masked even for the cadre, with totals matching the settlement', async () => {
    const confirmed = (await h.ok(CONFIRM, { id: settlementId }, team.cadre)).confirmSettlement;
    const n = (await h.ok(RESULT, { id: settlementId }, team.cadre)).resultNotice;
    const mask = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
    expect(n).toMatchObject({
      status: 'CONFIRMED',
      disclosedOn: null,
      villageName: '通桥村',
      year: 2025,
      version: 1,
      membersSettled: 4,
      title: '通桥村2025年度城乡居民基本养老保险集体补助实施结果公示',
    });
    expect(n.rows).toEqual([
      { name: '成员1', idNumber: mask(idNumber(1)), contribution: 300, collective: 30, donation: 0, total: 30, notes: [] },
      {
        name: '成员3',
        idNumber: mask(idNumber(3)),
        contribution: 1000,
        collective: 90,
        donation: 50,
        total: 140,
        notes: ['超过本村每人上限，按上限发放'],
      },
    ]);
    expect(n.totals).toEqual({ people: 2, contribution: 1300, collective: 120, donation: 50, total: 170 });
    expect(n.totals.collective).toBe(confirmed.totals.collective);
    expect(n.totals.donation).toBe(confirmed.totals.donation);
  });

  test('the disclosure links the latest confirmed settlement, whose list then carries its date; its documents may be added after the filing', async () => {
    expect(
      errorOf(
        await h.gql(
          `mutation ($id: ID!, $s: ID) { recordDecisionStep(schemeId: $id, step: RESOLUTION_DISCLOSED, date: "2025-06-01", settlementId: $s) { id } }`,
          { id: schemeId, s: settlementId },
          team.cadre,
        ),
      )?.message,
    ).toBe('只有“实施结果公开”需要指明所公开的结算（settlementId），其他步骤请不要填写');
    const steps = (await h.ok(RESULT_STEP, { id: schemeId, date: '2025-06-01' }, team.cadre)).recordDecisionStep.decisionSteps;
    expect(steps.at(-1)).toEqual({ step: 'RESULT_DISCLOSED', settlementId });
    expect((await h.ok(RESULT, { id: settlementId }, team.township)).resultNotice.disclosedOn).toBe('2025-06-01');
    const doc = (await h.ok(ATTACH, { id: schemeId, step: 'RESULT_DISCLOSED', name: '公示照片.pdf', content: b64(PDF) }, team.cadre))
      .attachDocument;
    expect(doc).toMatchObject({ step: 'RESULT_DISCLOSED', version: 1 });
  });

  test('a settlement of another village cannot be the one disclosed', async () => {
    const other = PILOT.elsewhere;
    const t = await villageTeam(h, other.village, other.township, other.county);
    const id = await fileScheme(h, t, ruleSet({ village: other.village, title: '上桥村' }));
    await h.ok(IMPORT, { v: other.village, y: 2025, m: [member(11, { idNumber: idNumber(11, '19700101', '640181') })] }, t.cadre);
    const own = (await h.ok(SETTLE, { v: other.village, y: 2025 }, t.cadre)).settle.id;
    await h.ok(CONFIRM, { id: own }, t.cadre);
    const res = await h.gql(RESULT_STEP, { id, date: '2025-06-01', s: settlementId }, t.cadre);
    expect(errorOf(res)?.message).toBe(`结算${settlementId}是通桥村的，不是上桥村的，请选择本村的结算`);
    expect(
      (await h.ok(RESULT_STEP, { id, date: '2025-06-01', s: own }, t.cadre)).recordDecisionStep.decisionSteps.at(-1).settlementId,
    ).toBe(own);
  });

  test('an accepted settlement is still listed; readers of another county may not read it', async () => {
    await h.ok(`mutation ($id: ID!) { acceptSettlement(settlementId: $id) { id } }`, { id: settlementId }, team.agency);
    expect((await h.ok(RESULT, { id: settlementId }, team.township)).resultNotice.status).toBe('ACCEPTED');
    const stranger = (await h.loginAs('AGENCY', PILOT.elsewhere.county)).token;
    expect(errorOf(await h.gql(RESULT, { id: settlementId }, stranger))?.code).toBe('FORBIDDEN');
  });
});
