/**
 * Files of every kind the documents accept, built here byte by byte (a stored ZIP for .docx, an OLE2 compound file
 * for .doc and .xls) or by exceljs (.xlsx), plus the operations of the documents and notices tests.
 */
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
  Buffer.from([0xff, 0xd9]),
]);
/** A Windows program (MZ header): refused whatever it is called. */
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200, 1)]);

/** A ZIP whose entries are stored (not compressed), as the .docx and .xlsx containers are laid out. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const DOCX = storedZip({
  '[Content_Types].xml': CONTENT_TYPES,
  '_rels/.rels': '<Relationships/>',
  'word/document.xml': '<w:document/>',
});
/** A ZIP that is no Office document. */
export const PLAIN_ZIP = storedZip({ 'readme.txt': 'hello' });

export async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('会议签到').addRow(['姓名', '签到']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An OLE2 compound file (512-byte sectors: FAT in sector 0, directory in sector 1) with these streams. */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const directory = Buffer.alloc(512, 0);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, fat, directory]);
}

export const DOC = compoundFile(['WordDocument', '1Table']);
export const XLS = compoundFile(['Workbook']);

export const b64 = (b: Buffer) => b.toString('base64');

export const DOC_FIELDS = 'id step version fileName mimeType size sha256 uploadedBy uploadedAt url';
export const ATTACH = `mutation ($id: ID!, $step: DecisionStep!, $name: String!, $content: String!) {
  attachDocument(schemeId: $id, step: $step, fileName: $name, contentBase64: $content) { ${DOC_FIELDS} }
}`;
export const REMOVE = `mutation ($id: ID!) { removeDocument(documentId: $id) }`;
export const STEP_DOCUMENTS = `query ($v: String!, $y: Int!, $version: Int) { village(code: $v) { scheme(year: $y) {
  decisionSteps { id step settlementId documents { ${DOC_FIELDS} } } documents(version: $version) { ${DOC_FIELDS} } } } }`;
