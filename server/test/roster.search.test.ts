import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, PILOT, type Harness } from './harness.js';
import { findRows, PAGE } from './roster.fixtures.js';
import { errorOf, idNumber, IMPORT, member, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
const withX = [...Array(40).keys()].map((n) => 100 + n).find((n) => idNumber(n).endsWith('X'))!;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
  const members = [
    member(1, { name: '张建国' }),
    member(3, { name: '李建华' }),
    member(5, { name: '王芳' }),
    member(withX, { name: '赵敏' }),
  ];
  await h.ok(IMPORT, { v: PILOT.village, y: 2025, m: members }, team.cadre);
});
afterAll(() => h.close());

const names = async (search: string | null, token = team.cadre) => {
  const page = await findRows(h, token, PILOT.village, search);
  return [page.totalCount, page.nodes.map((r) => r.name)];
};

test('finds members by a fragment of the name, counting only those found', async () => {
  expect(await names('建')).toEqual([2, ['张建国', '李建华']]);
  expect(await names('  王芳 ')).toEqual([1, ['王芳']]);
  expect(await names('')).toEqual([4, ['张建国', '李建华', '王芳', '赵敏']]);
});

test('finds members by a fragment of the ID number, a lower-case x as upper-case', async () => {
  expect(await names(idNumber(3).slice(-6))).toEqual([1, ['李建华']]);
  expect(await names(idNumber(withX).slice(-4).toLowerCase())).toEqual([1, ['赵敏']]);
});

test("LIKE's wildcards typed in the box match nothing special", async () => {
  expect(await names('%')).toEqual([4, ['张建国', '李建华', '王芳', '赵敏']]);
  expect(await names('_国')).toEqual([1, ['张建国']]);
  expect(await names('建_')).toEqual([2, ['张建国', '李建华']]);
});

test('readers who see ID numbers masked search names only, so the hidden digits are never revealed', async () => {
  expect(await names('19700101', team.township)).toEqual([0, []]);
  expect(await names('19700101', team.cadre)).toEqual([4, ['张建国', '李建华', '王芳', '赵敏']]);
  expect(await names('芳', team.township)).toEqual([1, ['王芳']]);
});

test('a search over 30 characters is refused naming the argument', async () => {
  const result = await h.gql(PAGE, { v: PILOT.village, y: 2025, s: '建'.repeat(31) }, team.cadre);
  expect(errorOf(result)).toMatchInlineSnapshot(`
    {
      "code": "BAD_USER_INPUT",
      "message": "搜索（search）至多30个字，现为31个，请删减后再提交",
    }
  `);
});
