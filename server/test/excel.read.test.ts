/**
 * The streaming .xlsx reader against exceljs's own reading of the same workbooks: every kind of cell a roster may
 * hold comes out as the import used to see it, and the first sheet is the first one of the workbook.
 */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { deflated, zip } from '../../test/security/zipBombs.js';
import { readSheet } from '../src/modules/reporting/excel/excel.read.js';

/** What the import saw before issue 11: exceljs loads the workbook, the first sheet's cells as plain values. */
async function exceljsRows(file: Buffer): Promise<{ row: number; cells: unknown[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const rows: { row: number; cells: unknown[] }[] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    while (cells.length && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
    rows.push({ row: rowNumber, cells: cells.map((c) => (c === '' ? null : c)) });
  });
  return rows.filter((r) => r.cells.length);
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

const written = async (build: (workbook: ExcelJS.Workbook) => void) => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe('reading an .xlsx roster', () => {
  test('reads text, numbers, booleans, dates, rich text, formulas and errors as exceljs does', async () => {
    const file = await written((workbook) => {
      const sheet = workbook.addWorksheet('花名册');
      sheet.addRow(['姓名', '身份证号', '缴费档次', '是否政府代缴', '日期', '备注']);
      sheet.addRow([
        '张三 & <李四>',
        '64012119600101123X',
        500,
        true,
        new Date(Date.UTC(2025, 2, 1)),
        { richText: [{ text: '低保' }, { text: '对象', font: { bold: true } }] },
      ]);
      sheet.addRow(['王五', '', 200.5, false, null, { formula: 'A1&"x"', result: '姓名x' }]);
      sheet.addRow([]);
      sheet.addRow(['', '', { formula: '1+1', result: 2 }, null, null, { error: '#N/A' }]);
      sheet.getCell('Z9').value = '远处';
    });
    const rows = await readSheet(file, 'r.xlsx');
    expect(rows).toEqual(await exceljsRows(file));
    expect(rows[1]).toEqual({ row: 2, cells: ['张三 & <李四>', '64012119600101123X', 500, true, '2025-03-01', '低保对象'] });
  });

  test("gives each cell of a merged range its first cell's value, as exceljs does", async () => {
    const file = await written((workbook) => {
      const sheet = workbook.addWorksheet('花名册');
      sheet.addRow(['姓名', '家庭60周岁以上人数']);
      for (const name of ['甲', '乙', '丙', '丁']) sheet.addRow([name, name === '甲' ? 2 : null]);
      sheet.mergeCells('B2:B4');
    });
    expect(await readSheet(file, 'r.xlsx')).toEqual(await exceljsRows(file));
    expect((await readSheet(file, 'r.xlsx')).map((r) => r.cells[1] ?? null)).toEqual(['家庭60周岁以上人数', 2, 2, 2, null]);
  });

  test('reads the first sheet the workbook lists, whatever its part is called', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const sheet = (text: string) =>
      `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    const rel = (id: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`;
    const file = zip([
      deflated(
        'xl/workbook.xml',
        `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      deflated(
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheets/sheet1.xml')}${rel('rId2', '/xl/worksheets/roster.xml')}</Relationships>`,
      ),
      deflated('xl/worksheets/sheet1.xml', sheet('请按模板填写')),
      deflated('xl/worksheets/roster.xml', sheet('姓名')),
    ]);
    expect(await readSheet(file, 'r.xlsx')).toEqual([{ row: 1, cells: ['姓名'] }]);
  });
});
