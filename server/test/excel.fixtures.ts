/** Building roster files for the Excel tests, and reading generated ones back. */
import ExcelJS from 'exceljs';

export const HEADERS = ['姓名', '身份证号', '是否集体经济组织成员', '缴费档次', '缴费类型', '困难类别', '是否政府代缴', '已缴费年限'];

/** An .xlsx whose first sheet holds `rows` from A1 (the ID column stored as text), as base64. */
export async function xlsxBase64(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export function csvBase64(text: string): string {
  return Buffer.from('\uFEFF' + text, 'utf8').toString('base64');
}

export async function readXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook;
}

export const IMPORT_FILE = `mutation ($v: String!, $y: Int!, $f: String!, $n: String!, $replace: Boolean) {
  importRosterFile(villageCode: $v, year: $y, fileBase64: $f, fileName: $n, replace: $replace) { imported updated removed }
}`;
