/** A settlement sheet as CSV (UTF-8 with a BOM so Excel reads the Chinese); a draft says so on its first and last line. */
import { DRAFT_MARK } from './excel.labels.js';
import { MONEY_COLUMNS, type Cell, type SettlementSheet } from './excel.settlementSheet.js';

export function writeCsv(s: SettlementSheet): Buffer {
  const mark = s.draft ? [[DRAFT_MARK]] : [];
  const lines: Cell[][] = [...mark, [s.title], ...s.meta, [], s.header, ...s.rows.map(money), money(s.totals), [], ...s.signatures.map((l) => [l]), ...mark];
  return Buffer.from('\uFEFF' + lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** Money cells with two decimals, as the agency's systems read them. */
function money(row: Cell[]): Cell[] {
  return row.map((c, i) => (MONEY_COLUMNS.includes(i) && typeof c === 'number' ? c.toFixed(2) : c));
}

function field(c: Cell): string {
  const text = String(c);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
