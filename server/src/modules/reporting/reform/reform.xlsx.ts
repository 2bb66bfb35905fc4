/** The reform simulation's workbook (.xlsx), one worksheet a part of reform.sheet.ts. */
import ExcelJS from 'exceljs';
import type { SheetPart } from './reform.sheet.js';

export async function reformXlsx(parts: SheetPart[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const part of parts) {
    const sheet = workbook.addWorksheet(part.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([part.title]).font = { bold: true, size: 13 };
    sheet.addRow(part.header).font = { bold: true };
    for (const row of part.rows) {
      const added = sheet.addRow(row);
      for (const c of part.money) added.getCell(c + 1).numFmt = '0.00';
    }
    sheet.columns.forEach((column, i) => (column.width = i < 3 ? 16 : 12));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
