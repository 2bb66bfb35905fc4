/**
 * Which cell styles of a workbook (xl/styles.xml, `cellXfs`) show a date: a built-in date format, or a format code
 * with date or time letters outside quotes and brackets (as exceljs judges it), so that such a cell reads as a date.
 */
import { parseXml } from './excel.xml.js';

/** Excel's built-in date and time formats, the Chinese, Japanese and Korean ones (27–36, 50–58) included. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export async function readDateStyles(chunks: AsyncIterable<Buffer>): Promise<Set<number>> {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parseXml(chunks, {
    open(name, a) {
      if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return new Set(formats.flatMap((id, style) => (isDateFormat(id, codes.get(id)) ? [style] : [])));
}

function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
