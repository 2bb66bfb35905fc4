import { afterAll, beforeAll, expect, test } from 'vitest';
import { AuditEntry } from '../src/modules/audit/auditEntry.entity.js';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { Settlement } from '../src/modules/lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from '../src/modules/lifecycle/settlementRecord/settlementOutcome.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { errorOf, fileScheme, idNumber, IMPORT, member, ruleSet, SETTLE, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  await fileScheme(h, team, ruleSet());
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: [member(1), member(3), member(5)] }, team.cadre);
});
afterAll(() => h.close());

test('a settlement failing midway on a bad stored row leaves the previous draft and nothing else behind', async () => {
  const draft = (await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)).settle;
  const auditsBefore = await h.em().count(AuditEntry, {});
  // A row stored with a contribution that is not a tier (e.g. written before the policy year was corrected).
  await h.em().nativeUpdate(Member, { idNumber: idNumber(3) }, { contributionFen: 25_000 });

  const result = await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
  expect(result.errors?.[0]).toMatchInlineSnapshot(`
    {
      "extensions": {
        "code": "BAD_USER_INPUT",
        "rows": [
          {
            "code": "NOT_A_TIER",
            "field": "contribution",
            "idNumber": "640121197001010031",
            "index": 1,
            "message": "第2行“缴费档次”（contribution）：250元不是2025年的缴费档次，当年缴费应为 100、200、300、500、1000、2000、3000 元之一",
          },
        ],
      },
      "locations": [
        {
          "column": 49,
          "line": 1,
        },
      ],
      "message": "花名册中有1处成员信息有误，请重新导入更正后再结算",
      "path": [
        "settle",
      ],
    }
  `);

  const settlements = await h.em().find(Settlement, { village: { code: PILOT.village }, year: 2025 });
  expect(settlements.map((s) => String(s.id))).toEqual([draft.id]);
  expect(await h.em().count(SettlementOutcome, { settlement: Number(draft.id) })).toBe(3);
  expect(await h.em().count(AuditEntry, {})).toBe(auditsBefore);
});

test('a settlement whose outcome rows fail to be written leaves the previous draft and nothing else behind', async () => {
  await h.em().nativeUpdate(Member, { idNumber: idNumber(3) }, { contributionFen: 50_000 });
  const [draft] = await h.em().find(Settlement, { village: { code: PILOT.village }, year: 2025 });
  const auditsBefore = await h.em().count(AuditEntry, {});
  const connection = h.em().getConnection();
  // The database refuses the outcome row of one member, after the draft was removed and the new settlement written.
  await connection.execute(`create trigger refuse_outcome before insert on settlement_outcome when new.id_number = '${idNumber(5)}'
    begin select raise(abort, 'disk I/O error'); end`);
  try {
    const result = await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
    expect(result.errors?.[0]).toMatchInlineSnapshot(`
      {
        "extensions": {
          "code": "INTERNAL_SERVER_ERROR",
        },
        "message": "服务器内部错误",
        "path": [
          "settle",
        ],
      }
    `);
  } finally {
    await connection.execute('drop trigger refuse_outcome');
  }
  const settlements = await h.em().find(Settlement, { village: { code: PILOT.village }, year: 2025 });
  expect(settlements.map((s) => s.id)).toEqual([draft!.id]);
  expect(await h.em().count(SettlementOutcome, {})).toBe(3);
  expect(await h.em().count(AuditEntry, {})).toBe(auditsBefore);
  expect(errorOf(await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre))).toBeUndefined();
});

test('two concurrent settlements of a village leave one draft', async () => {
  const results = await Promise.all([1, 2].map(() => h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre)));
  expect(results.map((r) => errorOf(r))).toEqual([undefined, undefined]);
  const drafts = await h.em().find(Settlement, { village: { code: PILOT.village }, year: 2025 });
  expect(drafts).toHaveLength(1);
  expect(await h.em().count(SettlementOutcome, {})).toBe(3);
});

test('a settlement writes only the settlement: the scheme, its versions and the user are not rewritten', async () => {
  const rows = () =>
    h
      .em()
      .getConnection()
      .execute('select s.revision, s.updated_at, v.created_at from scheme s join rule_set_version v on v.scheme_id = s.id order by v.id');
  const users = () => h.em().getConnection().execute('select id, created_at from app_user order by id');
  const [schemeBefore, usersBefore] = [await rows(), await users()];
  await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
  await h.ok(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre);
  expect(await rows()).toEqual(schemeBefore);
  expect(await users()).toEqual(usersBefore);
});
