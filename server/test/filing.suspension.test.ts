import { afterAll, beforeAll, expect, test } from 'vitest';
import { Scheme } from '../src/modules/lifecycle/scheme/scheme.entity.js';
import { Suspension } from '../src/modules/lifecycle/suspension/suspension.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import {
  ACK,
  acknowledgeAll,
  errorOf,
  fileScheme,
  RESUME,
  ruleSet,
  save,
  SUSPEND,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let id: string;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  id = await fileScheme(h, team, ruleSet());
});
afterAll(() => h.close());

test("only the village's cadres suspend: others get FORBIDDEN and the scheme stays FILED", async () => {
  for (const token of [team.township, team.hrss, team.agency]) {
    expect(errorOf(await h.gql(SUSPEND, { id, reason: '集体收入不足', date: '2025-09-01' }, token))?.code).toBe('FORBIDDEN');
  }
  expect((await h.em().findOneOrFail(Scheme, Number(id))).status).toBe('FILED');
  expect(await h.em().count(Suspension, {})).toBe(0);
});

test('a suspension needs a reason and an ISO effective date', async () => {
  expect(errorOf(await h.gql(SUSPEND, { id, reason: '', date: '2025-09-01' }, team.cadre))?.code).toBe('BAD_USER_INPUT');
  expect(errorOf(await h.gql(SUSPEND, { id, reason: '集体收入不足', date: '2025/09/01' }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "生效日期（effectiveDate）应为YYYY-MM-DD格式的日期，现为“2025/09/01”",
    }
  `);
});

test("the cadre suspends a FILED scheme at once; the county's two departments acknowledge receipt", async () => {
  const suspended = (await h.ok(SUSPEND, { id, reason: '集体收入不足', date: '2025-09-01' }, team.cadre)).suspendScheme;
  expect(suspended).toMatchObject({
    status: 'SUSPENDED',
    suspension: { reason: '集体收入不足', effectiveDate: '2025-09-01' },
    filingReceipts: [],
  });
  expect(errorOf(await h.gql(ACK, { id }, team.township))?.code).toBe('FORBIDDEN');
  await h.ok(ACK, { id }, team.hrss);
  const acknowledged = (await h.ok(ACK, { id }, team.agriculture)).acknowledgeFiling;
  expect(acknowledged.status).toBe('SUSPENDED');
  expect(acknowledged.filingReceipts).toEqual([
    { department: 'COUNTY_HRSS', kind: 'SUSPENSION', outcome: 'ACKNOWLEDGED' },
    { department: 'COUNTY_AGRICULTURE', kind: 'SUSPENSION', outcome: 'ACKNOWLEDGED' },
  ]);
  expect(errorOf(await h.gql(ACK, { id }, team.hrss))?.code).toBe('CONFLICT');
});

test('suspending twice is INVALID_TRANSITION', async () => {
  expect(errorOf(await h.gql(SUSPEND, { id, reason: '再次暂停', date: '2025-09-02' }, team.cadre))).toMatchInlineSnapshot(`
    {
      "code": "INVALID_TRANSITION",
      "message": "方案当前状态为“已暂停”，不能暂停实施",
    }
  `);
});

test('resuming goes to SUBMITTED and needs the three receipts again to be FILED', async () => {
  const resumed = (await h.ok(RESUME, { id }, team.cadre)).resumeScheme;
  expect(resumed).toMatchObject({ status: 'SUBMITTED', suspension: null, filingReceipts: [], filedVersion: { version: 1 } });
  const filed = await acknowledgeAll(h, team, id);
  expect(filed.status).toBe('FILED');
  expect(filed.filingReceipts.map((r: { kind: string }) => r.kind)).toEqual(['FILING', 'FILING', 'FILING']);
  expect((await h.em().findOneOrFail(Suspension, { scheme: Number(id) })).resumedAt).toBeInstanceOf(Date);
});

test('a scheme never filed cannot be suspended, nor a FILED one resumed', async () => {
  const village = PILOT.neighbour;
  const cadre = (await h.loginAs('VILLAGE_CADRE', village)).token;
  const draft = await save(h, cadre, ruleSet({ village }), village);
  expect(errorOf(await h.gql(SUSPEND, { id: draft, reason: '暂停', date: '2025-09-01' }, cadre))?.code).toBe('INVALID_TRANSITION');
  expect(errorOf(await h.gql(RESUME, { id }, team.cadre))?.code).toBe('INVALID_TRANSITION');
});
