/**
 * Merged ranges applied to rows read from a sheet: every cell of a range takes the value of its first (top-left)
 * cell, as exceljs's cells of a merge read, so that a household's count merged down its members' rows reaches
 * each member. Ranges are clipped to the rows read and FILE_LIMITS.columns; the cells filled are bounded in all.
 */
import type { CellValue } from './excel.cells.js';
import { FILE_LIMITS, fileTooLarge } from './excel.fileLimits.js';
import type { SheetRow } from './excel.read.js';

export function applyMerges(rows: SheetRow[], merges: readonly string[]): SheetRow[] {
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const last = rows.reduce((max, r) => Math.max(max, r.row), 0);
  let filled = 0;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const value = byNumber.get(range.top)?.cells[range.left - 1] ?? null;
    if (value === null) continue;
    for (let r = range.top; r <= Math.min(range.bottom, last); r++) {
      for (let c = range.left; c <= Math.min(range.right, FILE_LIMITS.columns); c++) {
        if (r === range.top && c === range.left) continue;
        if (++filled > FILE_LIMITS.mergedCells)
          throw fileTooLarge(`工作表的合并单元格共超过${FILE_LIMITS.mergedCells}格，请取消合并后重新保存`);
        setCell(byNumber, r, c, value);
      }
    }
  }
  return [...byNumber.values()].sort((a, b) => a.row - b.row);
}

function setCell(rows: Map<number, SheetRow>, row: number, column: number, value: CellValue): void {
  let target = rows.get(row);
  if (!target) rows.set(row, (target = { row, cells: [] }));
  while (target.cells.length < column - 1) target.cells.push(null);
  target.cells[column - 1] = value;
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const [left, top, right, bottom] = [columnOf(m[1]!), Number(m[2]), columnOf(m[3]!), Number(m[4])];
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** "AB12" → 28 (0 when the reference starts with no column letter). */
export function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}
