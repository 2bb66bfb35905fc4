/**
 * CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; a UTF-8 BOM dropped) as sheet rows, refused as
 * soon as the rows with a value pass FILE_LIMITS.rows.
 */
import { FILE_LIMITS, tooManyRows } from './excel.fileLimits.js';
import type { SheetRow } from './excel.read.js';

export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  const src = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '') && rows.push({ row: line, cells }) > FILE_LIMITS.rows) throw tooManyRows(line);
    cells = [];
    cell = '';
    line++;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') endRow();
    else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}
