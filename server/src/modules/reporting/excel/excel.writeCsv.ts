/**
 * A settlement sheet as CSV (UTF-8 with a BOM so Excel reads the Chinese); a draft says so on its first and last
 * line. Every cell is neutralised as OWASP's "CSV Injection" page asks: text starting with = + - @ TAB or CR gets a
 * leading single quote, so no spreadsheet runs it as a formula (a plain number such as -5.00 stays a number), and a
 * cell holding a quote, a separator (comma, semicolon, tab) or a line break is quoted with its quotes doubled, so
 * it cannot end its field early.
 */
import { DRAFT_MARK } from './excel.labels.js';
import { MONEY_COLUMNS, type Cell, type SettlementSheet } from './excel.settlementSheet.js';

export function writeCsv(s: SettlementSheet): Buffer {
  const mark = s.draft ? [[DRAFT_MARK]] : [];
  const lines: Cell[][] = [
    ...mark,
    [s.title],
    ...s.meta,
    [],
    s.header,
    ...s.rows.map(money),
    money(s.totals),
    [],
    ...s.signatures.map((l) => [l]),
    ...mark,
  ];
  return Buffer.from('\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** Money cells with two decimals, as the agency's systems read them. */
function money(row: Cell[]): Cell[] {
  return row.map((c, i) => (MONEY_COLUMNS.includes(i) && typeof c === 'number' ? c.toFixed(2) : c));
}

const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(c: Cell): string {
  const value = String(c);
  const text = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
