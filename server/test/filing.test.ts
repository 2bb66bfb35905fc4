import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { FilingReceipt } from '../src/modules/lifecycle/filing/filingReceipt.entity.js';
import { Scheme } from '../src/modules/lifecycle/scheme/scheme.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  ACK,
  acknowledgeAll,
  errorOf,
  fileScheme,
  invalidRuleSet,
  recordFiveSteps,
  RETURN,
  ruleSet,
  SAVE,
  save,
  SCHEME,
  SUBMIT,
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

describe('submitting', () => {
  test('needs the first five decision steps: DECISION_INCOMPLETE names the missing ones', async () => {
    const id = await save(h, team.cadre, ruleSet({ year: 2024 }), PILOT.village, 2024);
    const result = await h.gql(SUBMIT, { id }, team.cadre);
    expect(result.errors?.[0]?.extensions?.missing).toHaveLength(5);
    expect(errorOf(result)).toMatchInlineSnapshot(`
      {
        "code": "DECISION_INCOMPLETE",
        "message": "报送备案前须完成四议两公开的前五步，尚缺：“村党组织提议”、“村“两委”会议商议”、“党员大会审议”、“村民会议或者村民代表会议决议”、“决议公开”",
      }
    `);
  });

  test('needs a valid version: INVALID_RULESET with the issues', async () => {
    const village = PILOT.neighbour;
    const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
    const id = await save(h, cadre, { ...invalidRuleSet(), village }, village);
    await recordFiveSteps(h, cadre, id);
    const result = await h.gql(SUBMIT, { id }, cadre);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_RULESET',
      issues: [{ code: 'EMPTY_SECTION', path: '/sections/0/rules' }],
    });
    expect((await h.em().findOneOrFail(Scheme, Number(id))).status).toBe('DRAFT');
  });
});

describe('filing with the three departments', () => {
  test("is FILED once the township and the county's two departments have acknowledged", async () => {
    const id = await save(h, team.cadre, ruleSet());
    await recordFiveSteps(h, team.cadre, id);
    const submitted = (await h.ok(SUBMIT, { id }, team.cadre)).submitFiling;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', filingReceipts: [] });
    const afterTownship = (await h.ok(ACK, { id }, team.township)).acknowledgeFiling;
    expect(afterTownship.status).toBe('SUBMITTED');
    await h.ok(ACK, { id }, team.hrss);
    const filed = (await h.ok(ACK, { id }, team.agriculture)).acknowledgeFiling;
    expect(filed).toMatchObject({ status: 'FILED', filedVersion: { version: 1 }, currentVersion: { version: 1 } });
    expect(filed.filingReceipts.map((r: { department: string }) => r.department)).toEqual([
      'TOWNSHIP',
      'COUNTY_HRSS',
      'COUNTY_AGRICULTURE',
    ]);
  });

  test('each department acknowledges once: a second is CONFLICT', async () => {
    const id = (await h.ok(SCHEME, { v: PILOT.village, y: 2025 }, team.cadre)).village.scheme.id;
    const result = await h.gql(ACK, { id }, team.hrss);
    expect(errorOf(result)?.code).toBe('INVALID_TRANSITION');
    const village = '640121102001';
    const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
    const other = await save(h, cadre, ruleSet({ village }), village);
    await recordFiveSteps(h, cadre, other);
    await h.ok(SUBMIT, { id: other }, cadre);
    await h.ok(ACK, { id: other }, team.township);
    const again = await h.gql(ACK, { id: other }, team.township);
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect(errorOf(again)?.message).toMatch(/^乡镇已于\d{4}-\d{2}-\d{2}签收，不能重复办理$/);
    expect(await h.em().count(FilingReceipt, { scheme: Number(other) })).toBe(1);
  });

  test('departments of another township or county, the cadre and the agency may not acknowledge', async () => {
    const village = '640121104201';
    const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
    const id = await save(h, cadre, ruleSet({ village }), village);
    await recordFiveSteps(h, cadre, id);
    await h.ok(SUBMIT, { id }, cadre);
    const strangers = [
      team.township,
      (await h.loginAs('TOWNSHIP_OFFICER', PILOT.elsewhere.township)).token,
      (await h.loginAs('COUNTY_HRSS', PILOT.elsewhere.county)).token,
      cadre,
      team.agency,
      await h.adminToken(),
    ];
    for (const token of strangers) expect(errorOf(await h.gql(ACK, { id }, token))?.code).toBe('FORBIDDEN');
    expect(await h.em().count(FilingReceipt, { scheme: Number(id) })).toBe(0);
  });
});

describe('returning a filing', () => {
  test('any receiving department returns it to DRAFT with its reason; filing again needs three new receipts', async () => {
    const village = '640181105201';
    const t = await villageTeam(h, village, PILOT.elsewhere.township, PILOT.elsewhere.county);
    const id = await save(h, t.cadre, ruleSet({ village }), village);
    await recordFiveSteps(h, t.cadre, id);
    await h.ok(SUBMIT, { id }, t.cadre);
    await h.ok(ACK, { id }, t.township);
    const returned = (await h.ok(RETURN, { id, reason: '预算来源未写明' }, t.agriculture)).returnFiling;
    expect(returned).toMatchObject({ status: 'DRAFT', returnReason: '预算来源未写明' });
    expect(returned.filingReceipts.map((r: { outcome: string }) => r.outcome)).toEqual(['ACKNOWLEDGED', 'RETURNED']);

    await h.ok(SAVE, { v: village, y: 2025, r: ruleSet({ village, fundSource: 'COLLECTIVE_INCOME' }) }, t.cadre);
    await recordFiveSteps(h, t.cadre, id, '05');
    const resubmitted = (await h.ok(SUBMIT, { id }, t.cadre)).submitFiling;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', returnReason: null, filingReceipts: [] });
    const filed = await acknowledgeAll(h, t, id);
    expect(filed).toMatchObject({ status: 'FILED', filedVersion: { version: 2 } });
  });

  test('needs a reason and a SUBMITTED scheme', async () => {
    const id = (await h.ok(SCHEME, { v: PILOT.village, y: 2025 }, team.cadre)).village.scheme.id;
    expect(errorOf(await h.gql(RETURN, { id, reason: '  ' }, team.hrss))).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "请填写退回理由（reason），说明需要村里修改什么",
      }
    `);
    expect(errorOf(await h.gql(RETURN, { id, reason: '不同意' }, team.hrss))).toMatchInlineSnapshot(`
      {
        "code": "INVALID_TRANSITION",
        "message": "方案当前状态为“已备案”，不能退回",
      }
    `);
  });
});

describe('amending a filed standard', () => {
  test('saving while FILED starts a DRAFT amendment; the filed version stays filed until the amendment is', async () => {
    const village = '640181105202';
    const t = await villageTeam(h, village, PILOT.elsewhere.township, PILOT.elsewhere.county);
    const id = await fileScheme(h, t, ruleSet({ village }));
    await h.ok(SAVE, { v: village, y: 2025, r: ruleSet({ village, personCap: 80 }) }, t.cadre);
    const amending = (await h.ok(SCHEME, { v: village, y: 2025 }, t.cadre)).village.scheme;
    expect(amending).toMatchObject({ status: 'DRAFT', filedVersion: { version: 1 }, currentVersion: { version: 2 }, decisionSteps: [] });
    await recordFiveSteps(h, t.cadre, id, '06');
    await h.ok(SUBMIT, { id }, t.cadre);
    const filed = await acknowledgeAll(h, t, id);
    expect(filed).toMatchObject({ status: 'FILED', filedVersion: { version: 2 } });
  });
});

test('every move of the filing is audited with the department', async () => {
  const entries = await h.em().find(AuditEntry, { villageCode: PILOT.village, year: 2025, entity: 'Scheme' }, { orderBy: { id: 'asc' } });
  expect(entries.map((e) => e.action)).toEqual([
    'CREATE_SCHEME',
    'SUBMIT_FILING',
    'ACKNOWLEDGE_FILING',
    'ACKNOWLEDGE_FILING',
    'ACKNOWLEDGE_FILING',
  ]);
  expect(entries.at(-1)?.after).toMatchObject({ status: 'FILED', filedVersion: 1, department: 'COUNTY_AGRICULTURE' });
});
