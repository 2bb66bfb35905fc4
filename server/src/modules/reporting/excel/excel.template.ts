/** The roster template: Chinese headers (with the village's own facts), notes on each header, a sheet of instructions. */
import ExcelJS from 'exceljs';
import { HARDSHIP_CATEGORIES, hardshipText, PAYMENT_TYPE_LABELS, type FactDeclaration, type PolicyYear } from '@cunce/rules';
import type { Village } from '../../reference/division/village.entity.js';
import { rosterColumns } from './excel.columns.js';

export async function rosterTemplate(
  village: Village,
  year: number,
  facts: readonly FactDeclaration[] | undefined,
  policy: PolicyYear | undefined,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  const columns = rosterColumns(facts);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width, style: c.kind === 'id' ? { numFmt: '@' } : {} }));
  columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.font = { bold: true };
    if (c.note) cell.note = c.note;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 24 }, { width: 80 }];
  help.addRows([
    ['村（社区）', `${village.name}（${village.code}）`],
    ['年度', year],
    ['缴费档次（元）', policy ? policy.tiers.map((t) => t.amount).join('、') : '本年度档次尚未设置'],
    ['缴费类型', Object.values(PAYMENT_TYPE_LABELS).join('、')],
    ['困难类别', hardshipText(HARDSHIP_CATEGORIES)],
    ['是/否列', '填“是”或“否”'],
    ['说明', '第一行为列名，请勿改动；每人一行；同一身份证号再次导入时更新该成员，不会重复。'],
    ...columns.filter((c) => c.note).map((c) => [c.header, c.note]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
