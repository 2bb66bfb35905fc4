/**
 * The rows of a worksheet's XML read as it is inflated, each cell as exceljs would give it (shared and inline
 * strings, numbers, booleans, errors, dates by their style; a formula by its cached result), stopping as soon as a
 * bound of FILE_LIMITS is passed: rows with a value, row elements, a value beyond the last column, merged ranges.
 * Merged ranges are applied at the end, each cell of a range taking its first cell's value (as exceljs reads them).
 */
import type { CellValue } from './excel.cells.js';
import { FILE_LIMITS, fileTooLarge, tooManyRows } from './excel.fileLimits.js';
import { applyMerges, columnOf } from './excel.xlsxMerges.js';
import type { SheetRow } from './excel.read.js';
import { parseXml } from './excel.xml.js';

export interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  text: string[];
}

export async function readSheetRows(chunks: AsyncIterable<Buffer>, ctx: SheetContext): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  const merges: string[] = [];
  let rowNumber = 0;
  let rowElements = 0;
  let column = 0;
  let cells: CellValue[] = [];
  let cell: OpenCell | null = null;
  let collecting = false;
  await parseXml(chunks, {
    open(name, a) {
      if (name === 'row') {
        if (++rowElements > FILE_LIMITS.sheetRows)
          throw fileTooLarge(`工作表超过${FILE_LIMITS.sheetRows}行（含空行），请删除表格下方的空行后重新保存`);
        rowNumber = Number(a.r) || rowNumber + 1;
        cells = [];
        column = 0;
      } else if (name === 'c') {
        column = (a.r && columnOf(a.r)) || column + 1;
        cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), text: [] };
      } else if (cell && (name === 'v' || (name === 't' && cell.type === 'inlineStr'))) collecting = true;
      else if (name === 'rPh') collecting = false;
      else if (name === 'mergeCell' && a.ref) {
        if (merges.push(a.ref) > FILE_LIMITS.merges)
          throw fileTooLarge(`工作表的合并单元格超过${FILE_LIMITS.merges}处，请取消合并后重新保存`);
      }
    },
    text(text) {
      if (collecting) cell?.text.push(text);
    },
    close(name) {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'c' && cell) {
        const value = cellValue(cell, ctx);
        if (value !== null && value !== '') {
          if (cell.column > FILE_LIMITS.columns)
            throw fileTooLarge(`第${rowNumber}行第${cell.column}列有内容，超出了${FILE_LIMITS.columns}列的范围；请删除表格右侧多余的内容`);
          while (cells.length < cell.column - 1) cells.push(null);
          cells[cell.column - 1] = value;
        }
        cell = null;
      } else if (name === 'row' && cells.length > 0) {
        rows.push({ row: rowNumber, cells });
        if (rows.length > FILE_LIMITS.rows) throw tooManyRows(rowNumber);
      }
    },
  });
  return merges.length ? applyMerges(rows, merges) : rows;
}

function cellValue(cell: OpenCell, ctx: SheetContext): CellValue {
  const raw = cell.text.join('');
  switch (cell.type) {
    case 's':
      return raw === '' ? null : (ctx.strings[Number(raw)] ?? null);
    case 'inlineStr':
    case 'str':
    case 'e':
      return raw;
    case 'b':
      return raw === '' ? null : raw !== '0' && raw !== 'false';
    case 'd':
      return raw.slice(0, 10);
    default: {
      if (raw === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      return ctx.dateStyles.has(cell.style) ? excelDate(n, ctx.date1904) : n;
    }
  }
}

/** An Excel serial date as YYYY-MM-DD (exceljs's conversion). */
function excelDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}
