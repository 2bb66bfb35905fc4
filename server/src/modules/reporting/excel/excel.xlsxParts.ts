/**
 * Where a workbook keeps what a roster import reads: the first sheet (the first `<sheet>` of xl/workbook.xml,
 * found through its relationship), the shared strings and the styles, and whether its dates count from 1904.
 * Null when the archive has no workbook.
 */
import type { ZipEntry } from '../../lifecycle/document/document.zip.js';
import { FILE_LIMITS } from './excel.fileLimits.js';
import { parseXml } from './excel.xml.js';

export interface XlsxParts {
  sheet: ZipEntry;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

/** Reads a part as it is inflated, refusing it past `limit` bytes (excel.xlsxRead.ts). */
export type PartReader = (entry: ZipEntry, limit: number, label: string) => AsyncIterable<Buffer>;

export async function findParts(entries: readonly ZipEntry[], read: PartReader): Promise<XlsxParts | null> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !relsEntry) return null;
  let firstSheet: string | undefined;
  let date1904 = false;
  await parseXml(read(workbook, FILE_LIMITS.manifestBytes, '工作簿目录'), {
    open(name, a) {
      if (name === 'sheet' && firstSheet === undefined) firstSheet = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const rels = new Map<string, Relationship>();
  await parseXml(read(relsEntry, FILE_LIMITS.manifestBytes, '工作簿关系表'), {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, { type: a.Type ?? '', target: partName(a.Target) });
    },
  });
  const sheet = firstSheet === undefined ? undefined : byName.get(rels.get(firstSheet)?.target ?? '');
  if (!sheet) return null;
  const ofType = (type: string, fallback: string) =>
    byName.get([...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback);
  return { sheet, sharedStrings: ofType('sharedStrings', 'xl/sharedStrings.xml'), styles: ofType('styles', 'xl/styles.xml'), date1904 };
}

/** A relationship's target as an entry name: relative to xl/, or absolute from the archive's root. */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}
