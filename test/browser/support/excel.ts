/**
 * Excel files as a cadre handles them in the browser: the downloaded template filled in under its own headers,
 * a download's name and bytes, and a workbook's cells read back as text.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/** One person of the roster, keyed by the template's Chinese headers. */
export type RosterRow = Record<string, string | number>;

export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The template with `rows` written below its header row, each value in the column its header names. */
export async function fillTemplate(template: Buffer, rows: readonly RosterRow[]): Promise<Buffer> {
  const workbook = await loadWorkbook(template);
  const sheet = workbook.worksheets[0]!;
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(String(cell.value), col));
  rows.forEach((person, i) => {
    const row = sheet.getRow(i + 2);
    for (const [header, value] of Object.entries(person)) {
      const col = columns.get(header);
      if (col === undefined) throw new Error(`the template has no column “${header}”`);
      row.getCell(col).value = value;
    }
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a sheet as arrays of cell text (index 0 is column A), empty rows kept as []. */
export function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).text));
  }
  return rows;
}

/** Clicks `trigger` and returns the file the page saves: its name and bytes. */
export async function downloadOf(page: Page, trigger: () => Promise<void>): Promise<{ name: string; content: Buffer }> {
  const download = page.waitForEvent('download');
  await trigger();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return { name: file.suggestedFilename(), content: Buffer.concat(chunks) };
}
