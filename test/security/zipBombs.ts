/**
 * Hostile roster files built in memory with node:zlib, in a few milliseconds and well under a megabyte each:
 * an .xlsx whose sheet inflates to hundreds of MB (deflate blocks of blank space repeated, never the blank space
 * itself), the same with a directory that lies about the size, a sheet of 300,000 rows, and ZIPs of any entries.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface Part {
  name: string;
  /** Deflated bytes (raw DEFLATE) and the size they inflate to. */
  deflated: Buffer;
  size: number;
  /** The size the directory declares (default: the true one). */
  declared?: number;
}

const MB = 1024 * 1024;

export const deflated = (name: string, text: string | Buffer): Part => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length };
};

/** A ZIP of deflated parts, local headers and directory saying `declared` (CRCs left 0: nothing here checks them). */
export function zip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const declared = p.declared ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/** An .xlsx (which Excel and exceljs open) of the given sheet part and the four parts around it. */
export function xlsx(sheet: Part): Buffer {
  return zip([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', RELS),
    deflated('xl/workbook.xml', WORKBOOK),
    deflated('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    sheet,
  ]);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One sheet row of inline strings. */
export const rowXml = (row: number, cells: readonly string[]) =>
  `<row r="${row}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${escape(c)}</t></is></c>`).join('')}</row>`;

/**
 * A sheet of `rows` followed by `blankMb` MB of blank space inside sheetData: each MB is the same deflate block
 * (flushed, so it stands alone), repeated; the whole inflates to about `blankMb` MB from about `blankMb` KB.
 */
export function blankSheet(rows: string, blankMb: number, declared?: number): Part {
  const head = deflateRawSync(Buffer.from(SHEET_HEAD + rows), { finishFlush: constants.Z_FULL_FLUSH });
  const blank = deflateRawSync(Buffer.alloc(MB, ' '), { finishFlush: constants.Z_FULL_FLUSH });
  const tail = deflateRawSync(Buffer.from(SHEET_TAIL));
  const size = Buffer.byteLength(SHEET_HEAD + rows) + blankMb * MB + SHEET_TAIL.length;
  return { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat([head, ...Array<Buffer>(blankMb).fill(blank), tail]), size, declared };
}

/** A sheet part of the given rows (XML). */
export const sheetOf = (rows: string): Part => deflated('xl/worksheets/sheet1.xml', SHEET_HEAD + rows + SHEET_TAIL);
