/** A roster file (.xlsx or .csv) as rows of plain cell values, with the sheet's own row numbers. */
import ExcelJS from 'exceljs';
import { BadUserInput } from '../../errors.js';
import type { CellValue } from './excel.cells.js';
import { parseCsv } from './excel.csv.js';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  cells: CellValue[];
}

/** Every non-empty row of the first sheet (or of the CSV text), in order. */
export async function readSheet(file: Buffer, fileName: string): Promise<SheetRow[]> {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return parseCsv(file.toString('utf8'));
  if (ext !== 'xlsx') throw new BadUserInput(`只能导入 .xlsx 或 .csv 文件，现为“${fileName}”；.xls 请在 Excel 中另存为 .xlsx`, { field: 'fileName' });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new BadUserInput(`“${fileName}”不是可读取的 .xlsx 文件，请用 Excel 打开后重新保存`, { field: 'fileBase64' });
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows.filter((r) => r.cells.some((c) => c !== null && c !== ''));
}

/** An exceljs cell value as text, number or boolean: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}
