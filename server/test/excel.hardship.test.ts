import { afterAll, beforeAll, expect, test } from 'vitest';
import { HARDSHIP_CATEGORIES } from '@cunce/rules';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { createHarness, PILOT, type Harness } from './harness.js';
import { IMPORT_FILE, readXlsx, xlsxBase64 } from './excel.fixtures.js';
import { idNumber, villageTeam, type VillageTeam } from './scheme.fixtures.js';

let h: Harness;
let team: VillageTeam;
beforeAll(async () => {
  h = await createHarness();
  team = await villageTeam(h);
});
afterAll(() => h.close());

const TEMPLATE = 'query ($v: String!, $y: Int!) { rosterTemplate(villageCode: $v, year: $y) { base64 } }';

test('every hardship category the template’s 填写说明 lists, as written there or as its code, imports as that category', async () => {
  const template = await readXlsx((await h.ok(TEMPLATE, { v: PILOT.village, y: 2025 }, team.cadre)).rosterTemplate.base64);
  const headers = (template.getWorksheet('花名册')!.getRow(1).values as string[]).slice(1);
  const help = template.getWorksheet('填写说明')!;
  const listed = help.getColumn(1).values.indexOf('困难类别');
  const labels = String(help.getRow(listed).getCell(2).value).split('；');
  expect(labels).toHaveLength(HARDSHIP_CATEGORIES.length);
  expect(labels).toContain('三、四级智力、精神、视力残疾人');

  // One person per category as the template writes it, one per code, one with the whole list pasted in one cell.
  const cells = [...labels, ...HARDSHIP_CATEGORIES, help.getRow(listed).getCell(2).value, labels.join('、')];
  const row = (i: number, hardship: unknown) =>
    headers.map(
      (h) =>
        ({
          姓名: `成员${i}`,
          身份证号: idNumber(i + 1),
          是否集体经济组织成员: '是',
          缴费档次: 500,
          缴费类型: '当年缴费',
          困难类别: hardship,
        })[h as '姓名'] ?? '',
    );
  const file = await xlsxBase64([headers, ...cells.map((c, i) => row(i, c))]);
  const result = await h.gql(IMPORT_FILE, { v: PILOT.village, y: 2025, f: file, n: '花名册.xlsx', replace: true }, team.cadre);
  expect(result.errors).toBeUndefined();

  const stored = await h.em().find(Member, { village: { code: PILOT.village }, year: 2025 }, { orderBy: { idNumber: 'asc' } });
  const byName = Object.fromEntries(stored.map((m) => [m.name, m.hardship]));
  const expected = [
    ...HARDSHIP_CATEGORIES.map((c) => [c]),
    ...HARDSHIP_CATEGORIES.map((c) => [c]),
    HARDSHIP_CATEGORIES,
    HARDSHIP_CATEGORIES,
  ];
  expect(cells.map((_, i) => byName[`成员${i}`])).toEqual(expected);
});
