/** A settlement sheet as .xlsx: title, facts, the table (header repeated on each printed page), totals, signature lines. */
import ExcelJS from 'exceljs';
import { DRAFT_MARK } from './excel.labels.js';
import { MONEY_COLUMNS, type SettlementSheet } from './excel.settlementSheet.js';

export async function writeXlsx(s: SettlementSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = s.header.length;
  sheet.columns = [6, 10, 22, 12, 14, 12, 12, 14, 36].map((w) => ({ width: w }));
  const title = sheet.addRow([s.title]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, width);
  if (s.draft) sheet.addRow([DRAFT_MARK]).font = { bold: true, color: { argb: 'FFC00000' } };
  for (const [label, value] of s.meta) sheet.addRow([label, value]);
  sheet.addRow([]);
  const header = sheet.addRow(s.header);
  header.font = { bold: true };
  for (const r of s.rows) sheet.addRow(r);
  const totals = sheet.addRow(s.totals);
  totals.font = { bold: true };
  for (let r = header.number + 1; r <= totals.number; r++) for (const c of MONEY_COLUMNS) sheet.getRow(r).getCell(c + 1).numFmt = '0.00';
  sheet.addRow([]);
  for (const line of s.signatures) sheet.addRow([line]);
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  const mark = s.draft ? DRAFT_MARK : '';
  sheet.headerFooter = {
    oddHeader: `&L${s.title}&R${mark}`,
    oddFooter: `&L${mark}&R第 &P 页，共 &N 页`,
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
