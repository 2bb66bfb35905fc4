/**
 * `pnpm --filter @cunce/server bench:read`: reading a roster file, in one run.
 *   (a) a normal 10,000-row .xlsx (exceljs-written): the previous reader (exceljs `load` of the whole workbook,
 *       kept here as the baseline) against readSheet, the same members checked (parseRows of both), medians of 5
 *       alternating rounds: `new/old: R×`;
 *   (b) each hostile file of test/security/zipBombs.ts, written to a temp file, read by readSheet in a child process
 *       of its own: how it is refused, the time, and the child's peak memory before and after reading
 *       (`--old` also runs the previous reader on them: minutes and GBs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { blankSheet, rowXml, sheetOf, xlsx } from '../../test/security/zipBombs.js';
import type { CellValue } from '../src/modules/reporting/excel/excel.cells.js';
import { rosterColumns } from '../src/modules/reporting/excel/excel.columns.js';
import { parseRows } from '../src/modules/reporting/excel/excel.parse.js';
import { readSheet, type SheetRow } from '../src/modules/reporting/excel/excel.read.js';

const HEADERS = ['姓名', '身份证号', '是否集体经济组织成员', '缴费档次', '缴费类型', '困难类别', '是否政府代缴', '已缴费年限'];
const id = (n: number) => `640121${String(19600101 + (n % 28)).padStart(8, '0')}${String(n % 1000).padStart(3, '0')}X`;

const BOMBS: Record<string, () => Buffer> = {
  'sheet expanding to 480 MB': () => xlsx(blankSheet(rowXml(1, HEADERS), 480)),
  'directory lying (declares 1 MB, inflates to 480 MB)': () => xlsx(blankSheet(rowXml(1, HEADERS), 480, 1024 * 1024)),
  '300,000 rows': () =>
    xlsx(sheetOf([rowXml(1, HEADERS), ...Array.from({ length: 300_000 }, (_, i) => rowXml(i + 2, [`村民${i}`, id(i)]))].join(''))),
};

async function normalFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(HEADERS);
  for (let i = 0; i < 10_000; i++) sheet.addRow([`村民${i}`, id(i), '是', 500, '当年缴费', i % 7 ? '' : '低保对象', '否', i % 15]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The reader before issue 11: the whole workbook loaded by exceljs, then the first sheet's rows. */
async function oldRead(file: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const rows: SheetRow[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows.filter((r) => r.cells.some((c) => c !== null && c !== ''));
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  return null;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const [t, c] = [performance.now(), process.cpuUsage()];
  const value = await run();
  const cpu = process.cpuUsage(c);
  return { ms: performance.now() - t, cpu: (cpu.user + cpu.system) / 1000, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function compareNormal(): Promise<void> {
  const file = await normalFile();
  const members = async (read: Promise<SheetRow[]>) => parseRows(await read, rosterColumns());
  const same = isDeepStrictEqual(await members(oldRead(file)), await members(readSheet(file, 'r.xlsx')));
  const old: number[][] = [];
  const now: number[][] = [];
  for (let round = 0; round < 5; round++) {
    const a = await timed(() => oldRead(file));
    const b = await timed(() => readSheet(file, 'r.xlsx'));
    old.push([a.ms, a.cpu]);
    now.push([b.ms, b.cpu]);
  }
  const [oldMs, oldCpu, newMs, newCpu] = [
    median(old.map((x) => x[0]!)),
    median(old.map((x) => x[1]!)),
    median(now.map((x) => x[0]!)),
    median(now.map((x) => x[1]!)),
  ];
  console.log(`10,000-row .xlsx (${(file.length / 1024).toFixed(0)} KB), same members read: ${same ? 'yes' : 'NO'}`);
  console.log(
    `  old exceljs load: ${oldMs.toFixed(0)} ms (cpu ${oldCpu.toFixed(0)} ms); new streaming read: ${newMs.toFixed(0)} ms (cpu ${newCpu.toFixed(0)} ms)`,
  );
  console.log(`  new/old: ${(newMs / oldMs).toFixed(2)}× (cpu ${(newCpu / oldCpu).toFixed(2)}×)`);
}

async function child(name: string, path: string, old: boolean): Promise<void> {
  const file = readFileSync(path);
  const before = process.resourceUsage().maxRSS / 1024;
  const result = await timed(() =>
    (old ? oldRead(file) : readSheet(file, 'r.xlsx')).then(
      (rows) => `read ${rows.length} rows`,
      (e: Error) => `refused: ${e.message}`,
    ),
  );
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `  ${name} (${(file.length / 1024).toFixed(0)} KB)${old ? ' [old reader]' : ''}: ${result.ms.toFixed(0)} ms, peak ${before.toFixed(0)} → ${peak.toFixed(0)} MB — ${result.value.slice(0, 140)}`,
  );
}

const bomb = process.argv.indexOf('--bomb');
if (bomb > 0) {
  await child(process.argv[bomb + 1]!, process.argv[bomb + 2]!, process.argv.includes('--old'));
} else {
  await compareNormal();
  console.log('hostile files, each read in a fresh process (peak memory before → after reading):');
  const dir = mkdtempSync(join(tmpdir(), 'cunce-bombs-'));
  try {
    for (const [name, build] of Object.entries(BOMBS)) {
      const path = join(dir, 'bomb.xlsx');
      writeFileSync(path, build());
      for (const old of process.argv.includes('--old') ? [false, true] : [false]) {
        spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--bomb', name, path, ...(old ? ['--old'] : [])], {
          stdio: 'inherit',
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
