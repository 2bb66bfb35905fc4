/**
 * A roster file (.xlsx or .csv) as rows of plain cell values, with the sheet's own row numbers, read within the
 * bounds of FILE_LIMITS (excel.fileLimits.ts): a file past one is refused as soon as that is known.
 */
import { BadUserInput } from '../../../errors.js';
import type { CellValue } from './excel.cells.js';
import { parseCsv } from './excel.csv.js';
import { FILE_LIMITS, fileTooLarge, megabytes } from './excel.fileLimits.js';
import { readXlsx } from './excel.xlsxRead.js';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  cells: CellValue[];
}

/** Every non-empty row of the first sheet (or of the CSV text), in order. */
export async function readSheet(file: Buffer, fileName: string): Promise<SheetRow[]> {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') {
    if (file.length > FILE_LIMITS.csvBytes)
      throw fileTooLarge(`“${fileName}”有${megabytes(file.length)}，超过 .csv 文件${megabytes(FILE_LIMITS.csvBytes)}的上限`);
    return parseCsv(file.toString('utf8'));
  }
  if (ext !== 'xlsx')
    throw new BadUserInput(`只能导入 .xlsx 或 .csv 文件，现为“${fileName}”；.xls 请在 Excel 中另存为 .xlsx`, { field: 'fileName' });
  return readXlsx(file, fileName);
}
