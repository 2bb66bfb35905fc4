import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { findRows, IMPORT_PRACTICE, SUMMARY } from './roster.fixtures.js';
import { errorOf, idNumber, member, SETTLE, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const sample = (...seqs: number[]) => seqs.map((n) => member(n, { name: `样例${n}` }));
const stored = async () =>
  (await h.em().find(Member, { village: { code: PILOT.village }, year: 2025 }, { orderBy: { id: 'asc' } })).map((m) => [
    m.idNumber,
    m.practice,
  ]);
const importRows = (m: Record<string, unknown>[], practice: boolean) =>
  h.gql(IMPORT_PRACTICE, { v: PILOT.village, y: 2025, m, p: practice }, team.cadre);

describe('practice rows (the generated sample) never mix with real ones', () => {
  test('the sample goes into an empty roster marked as practice, and a second sample replaces the first', async () => {
    expect((await importRows(sample(1, 3, 5), true)).data?.importMembers).toEqual({
      imported: 3,
      updated: 0,
      removed: 0,
      practiceRemoved: 0,
    });
    expect((await importRows(sample(3, 7), true)).data?.importMembers).toEqual({ imported: 1, updated: 1, removed: 2, practiceRemoved: 0 });
    expect(await stored()).toEqual([
      [idNumber(3), true],
      [idNumber(7), true],
    ]);
    const page = await findRows(h, team.cadre, PILOT.village);
    expect(page.nodes.map((r) => r.practice)).toEqual([true, true]);
    expect((await h.ok(SUMMARY, { v: PILOT.village, y: 2025 }, team.cadre)).village.rosterSummary).toEqual({
      total: 2,
      practice: 2,
      settled: 0,
    });
  });

  test('a roster holding practice rows is not settled (ROSTER_IS_PRACTICE)', async () => {
    expect(errorOf(await h.gql(SETTLE, { v: PILOT.village, y: 2025 }, team.cadre))).toMatchInlineSnapshot(`
      {
        "code": "ROSTER_IS_PRACTICE",
        "message": "通桥村2025年度花名册是演示用的样例（2人，均为虚构），不能结算；请在“花名册”页导入本村真实花名册，导入时样例会被自动替换",
      }
    `);
  });

  test('the first real import replaces every practice row, even one with the same ID number', async () => {
    const result = await importRows([member(7), member(9)], false);
    expect(result.data?.importMembers).toEqual({ imported: 2, updated: 0, removed: 2, practiceRemoved: 2 });
    expect(await stored()).toEqual([
      [idNumber(7), false],
      [idNumber(9), false],
    ]);
  });

  test('the sample is refused once the roster has real members (ROSTER_NOT_EMPTY), and nothing changes', async () => {
    expect(errorOf(await importRows(sample(11), true))).toMatchInlineSnapshot(`
      {
        "code": "ROSTER_NOT_EMPTY",
        "message": "通桥村2025年度花名册已有2名真实成员，演示用的样例花名册只能导入到空的花名册，以免与真实成员混在一起；如需练习，请换一个年度或先移除全部成员",
      }
    `);
    expect(await stored()).toEqual([
      [idNumber(7), false],
      [idNumber(9), false],
    ]);
  });
});
