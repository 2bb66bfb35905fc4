import { afterAll, beforeAll, expect, test } from 'vitest';
import { Posting } from '../src/modules/lifecycle/settlementRecord/posting.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { POSTINGS, RECORD, REJECTED, settleYear } from './posting.fixtures.js';
import {
  CONFIRM,
  errorOf,
  fileScheme,
  idNumber,
  IMPORT,
  member,
  ruleSet,
  SETTLE,
  villageTeam,
  type VillageTeam,
} from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
let settlementId: string;
const [a, b, c, d] = [idNumber(1), idNumber(3), idNumber(5), idNumber(7)];
/** 100 + 30 + 100 + 0 (not a collective member): 230 yuan for 4 members, 3 eligible. */
const roster = [member(1), member(3, { contribution: 200 }), member(5), member(7, { isCollectiveMember: false })];

beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await fileScheme(h, team, ruleSet());
  settlementId = await settleYear(h, team, PILOT.village, roster, { until: 'CONFIRMED' });
});
afterAll(() => h.close());

const stored = () => h.em().count(Posting, {});
const post = (idNumber: string) => ({ idNumber, status: 'POSTED' });
const reject = (idNumber: string, reason: string | null = '账户信息不符') => ({ idNumber, status: 'REJECTED', reason });

test('postings are refused while the settlement is not yet accepted by the agency', async () => {
  const res = await h.gql(RECORD, { id: settlementId, p: [post(a)] }, team.agency);
  expect(errorOf(res)).toMatchInlineSnapshot(`
    {
      "code": "INVALID_TRANSITION",
      "message": "只有经办机构已受理的结算才能登记入账结果，请先受理该结算",
    }
  `);
  expect(await stored()).toBe(0);
});

test("only the agency of the region or of the village's county records postings", async () => {
  await h.ok(`mutation ($id: ID!) { acceptSettlement(settlementId: $id) { id } }`, { id: settlementId }, team.agency);
  const otherAgency = (await h.loginAs('AGENCY', PILOT.elsewhere.county)).token;
  for (const token of [team.cadre, team.hrss, team.township, otherAgency]) {
    expect(errorOf(await h.gql(RECORD, { id: settlementId, p: [post(a)] }, token))?.code).toBe('FORBIDDEN');
  }
  expect(errorOf(await h.gql(RECORD, { id: '999999', p: [post(a)] }, team.agency))?.code).toBe('NOT_FOUND');
  expect(await stored()).toBe(0);
});

test('a call with any bad row records nothing and names every bad row', async () => {
  const rows = [post(a), post(idNumber(9)), reject(b, '  '), { ...post(c), reason: '备注' }, post(a)];
  const res = await h.gql(RECORD, { id: settlementId, p: rows }, team.agency);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toBe('有4条入账结果有误，请按提示更正后重新提交；本次未登记任何结果');
  expect(
    (res.errors?.[0]?.extensions?.rows as { index: number; field: string; code: string }[]).map((r) => [r.index, r.field, r.code]),
  ).toEqual([
    [1, 'idNumber', 'NOT_IN_SETTLEMENT'],
    [2, 'reason', 'REASON_REQUIRED'],
    [3, 'reason', 'REASON_NOT_ALLOWED'],
    [4, 'idNumber', 'DUPLICATE_ID_NUMBER'],
  ]);
  expect(await stored()).toBe(0);
});

test('an empty call and one of more than 10,000 members are refused', async () => {
  expect(errorOf(await h.gql(RECORD, { id: settlementId, p: [] }, team.agency))?.code).toBe('BAD_USER_INPUT');
  const many = Array.from({ length: 10_001 }, () => post(a));
  expect(errorOf(await h.gql(RECORD, { id: settlementId, p: many }, team.agency))).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "每次最多提交10000名成员，本次10001名，请分批提交",
    }
  `);
  expect(await stored()).toBe(0);
});

test('posted and rejected members add up to the confirmed settlement once every member is answered', async () => {
  const first = (await h.ok(RECORD, { id: settlementId, p: [post(a), post(b.toLowerCase())] }, team.agency)).recordPostings;
  expect(first.recorded).toBe(2);
  expect(first.settlement.posting).toEqual({
    members: 4,
    posted: 2,
    rejected: 0,
    pending: 2,
    collective: 230,
    postedCollective: 130,
    rejectedCollective: 0,
    pendingCollective: 100,
    reconciled: false,
  });
  const second = (await h.ok(RECORD, { id: settlementId, p: [reject(c), post(d)] }, team.agency)).recordPostings;
  expect(second.settlement.posting).toEqual({
    members: 4,
    posted: 3,
    rejected: 1,
    pending: 0,
    collective: 230,
    postedCollective: 130,
    rejectedCollective: 100,
    pendingCollective: 0,
    reconciled: true,
  });
});

test('sending the same results again changes nothing, and a recorded result cannot be changed', async () => {
  const again = (await h.ok(RECORD, { id: settlementId, p: [post(a), reject(c)] }, team.agency)).recordPostings;
  expect([again.recorded, again.unchanged]).toEqual([0, 2]);
  const changed = await h.gql(RECORD, { id: settlementId, p: [reject(a)] }, team.agency);
  expect(changed.errors?.[0]?.extensions?.rows).toMatchInlineSnapshot(`
    [
      {
        "code": "POSTING_FINAL",
        "field": "status",
        "idNumber": "640121197001010015",
        "index": 0,
        "message": "此人已登记为“已入账”，入账结果登记后不能更改；退回的成员由村里更正后补充结算",
      },
    ]
  `);
  expect(await stored()).toBe(4);
});

test('the settlement lists its postings, ID numbers masked to the county', async () => {
  const { settlement } = await h.ok(POSTINGS, { id: settlementId, s: 'REJECTED' }, team.hrss);
  expect(settlement.postings).toEqual([
    {
      idNumber: `${c.slice(0, 6)}********${c.slice(-4)}`,
      status: 'REJECTED',
      reason: '账户信息不符',
      collective: 100,
      recordedBy: expect.any(String),
    },
  ]);
  const all = (await h.ok(POSTINGS, { id: settlementId }, team.agency)).settlement.postings;
  expect(all.map((p: { idNumber: string }) => p.idNumber)).toEqual([a, b, c, d]);
});

test('each recording call writes one audit entry with what it recorded', async () => {
  const q = `query ($v: String!) { auditLog(villageCode: $v, year: 2025) { action after } }`;
  const entries = (await h.ok(q, { v: PILOT.village }, team.cadre)).auditLog.filter(
    (e: { action: string }) => e.action === 'RECORD_POSTINGS',
  );
  expect(entries).toHaveLength(2);
  expect(entries[0].after).toMatchObject({ posted: [d], rejected: [{ idNumber: c, reason: '账户信息不符' }], reconciled: true });
  expect(entries[1].after).toMatchObject({ posted: [a, b], rejected: [], pending: 2 });
});

test('the village sees its rejected members with the reason, still to be settled again', async () => {
  const rows = (await h.ok(REJECTED, { v: PILOT.village, y: 2025 }, team.cadre)).village.rejectedPostings;
  expect(rows).toEqual([
    {
      settlementId,
      idNumber: c,
      name: '成员5',
      status: 'REJECTED',
      reason: '账户信息不符',
      collective: 100,
      recordedBy: expect.any(String),
      resettlement: null,
    },
  ]);
  const masked = (await h.ok(REJECTED, { v: PILOT.village, y: 2025 }, team.township)).village.rejectedPostings;
  expect(masked[0].idNumber).toBe(`${c.slice(0, 6)}********${c.slice(-4)}`);
  const stranger = (await h.loginAs('VILLAGE_CADRE', PILOT.neighbour)).token;
  expect(errorOf(await h.gql(REJECTED, { v: PILOT.village, y: 2025 }, stranger))?.code).toBe('FORBIDDEN');
});

test('after a rejection a full settlement is still CONFLICT; a supplementary one settles the rejected member again and no one else', async () => {
  expect(errorOf(await h.gql(SETTLE, { v: PILOT.village, y: 2025, s: false }, team.cadre))?.code).toBe('CONFLICT');
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(5, { name: '成员五' })] }, team.cadre);
  const again = (await h.ok(SETTLE, { v: PILOT.village, y: 2025, s: true }, team.cadre)).settle;
  expect(again.supplementary).toBe(true);
  expect(again.outcomes.map((o: { idNumber: string; name: string; collective: number }) => [o.idNumber, o.name, o.collective])).toEqual([
    [c, '成员五', 100],
  ]);
  let rows = (await h.ok(REJECTED, { v: PILOT.village, y: 2025 }, team.cadre)).village.rejectedPostings;
  expect(rows[0].resettlement).toEqual({ settlementId: again.id, status: 'DRAFT' });
  await h.ok(CONFIRM, { id: again.id }, team.cadre);
  rows = (await h.ok(REJECTED, { v: PILOT.village, y: 2025 }, team.cadre)).village.rejectedPostings;
  expect(rows[0].resettlement).toEqual({ settlementId: again.id, status: 'CONFIRMED' });
  expect(errorOf(await h.gql(SETTLE, { v: PILOT.village, y: 2025, s: true }, team.cadre))?.code).toBe('BAD_USER_INPUT');
});
