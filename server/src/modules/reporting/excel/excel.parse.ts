/** Sheet rows → MemberInput rows, every unreadable cell reported with the sheet's row number and its column header. */
import { MEMBER_CAPS } from '../../lifecycle/roster/member.caps.js';
import { readCell } from './excel.cells.js';
import type { RosterColumn } from './excel.columns.js';
import type { SheetRow } from './excel.read.js';

/** One problem of the file, where a cadre finds it: the sheet's row, the column header. */
export interface FileRowIssue {
  row: number;
  column: string;
  field: string;
  idNumber: string;
  code: string;
  message: string;
}

export interface ParsedFile {
  /** The member rows in order, each with its sheet row number. */
  rows: { row: number; input: Record<string, unknown> }[];
  issues: FileRowIssue[];
}

/** Where a problem is, as a cadre reads it in the sheet. */
export function cellMessage(row: number, column: string, reason: string): string {
  return column ? `第${row}行“${column}”：${reason}` : `第${row}行：${reason}`;
}

/** The header row is the first row with a “身份证号” cell; rows above it (a title) are skipped. */
export function parseRows(sheet: readonly SheetRow[], columns: readonly RosterColumn[]): ParsedFile {
  const headerAt = sheet.findIndex((r) => r.cells.some((c) => String(c ?? '').trim() === '身份证号'));
  if (headerAt < 0) {
    return {
      rows: [],
      issues: [
        {
          row: sheet[0]?.row ?? 1,
          column: '身份证号',
          field: 'idNumber',
          idNumber: '',
          code: 'NO_HEADER',
          message: '找不到表头：应有一行列名，其中含“身份证号”，请使用下载的模板',
        },
      ],
    };
  }
  const header = sheet[headerAt]!;
  const byHeader = new Map(columns.map((c) => [c.header, c]));
  const issues: FileRowIssue[] = [];
  const at = header.cells.map((h) => {
    const text = String(h ?? '').trim();
    const col = byHeader.get(text);
    if (!col && text)
      issues.push({
        row: header.row,
        column: text,
        field: '',
        idNumber: '',
        code: 'UNKNOWN_COLUMN',
        message: `第${header.row}行：不认识的列“${text}”，请删除该列或改用模板中的列名`,
      });
    return col;
  });
  const rows = sheet.slice(headerAt + 1).map(({ row, cells }) => {
    const input: Record<string, unknown> = {};
    const custom: Record<string, unknown> = {};
    const idCell = cells[at.findIndex((c) => c?.field === 'idNumber')];
    const idNumber = typeof idCell === 'string' ? idCell.trim() : '';
    at.forEach((col, i) => {
      if (!col) return;
      const read = readCell(col.kind, cells[i] ?? null);
      if ('code' in read)
        issues.push({
          row,
          column: col.header,
          field: col.field,
          idNumber,
          code: read.code,
          message: cellMessage(row, col.header, read.reason),
        });
      else if (read.value === undefined) return;
      else if (col.field.startsWith('custom.')) custom[col.field.slice(7)] = read.value;
      else input[col.field] = read.value;
    });
    if (Object.keys(custom).length) input.custom = custom;
    const customBytes = Buffer.byteLength(JSON.stringify(custom), 'utf8');
    if (customBytes > MEMBER_CAPS.customBytes) {
      const reason = `本村自定义各列合计至多${MEMBER_CAPS.customBytes / 1024} KB，现为${(customBytes / 1024).toFixed(1)} KB，请删减`;
      issues.push({ row, column: '', field: 'custom', idNumber, code: 'TOO_LONG', message: cellMessage(row, '', reason) });
    }
    return { row, input };
  });
  return { rows, issues };
}
