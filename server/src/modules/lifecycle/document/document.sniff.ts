/**
 * What kind of file an upload is, judged by its content (magic bytes, and for Office files the container's own
 * directory), never by its name: PDF, JPEG, PNG, Word (.docx, .doc) and Excel (.xlsx, .xls). Anything else: null.
 */
import { oleStreamNames } from './document.ole.js';
import { zipEntryNames } from './document.zip.js';

export interface FileKind {
  mimeType: string;
  /** The extensions a name may carry for this kind, the first one the usual. */
  extensions: readonly string[];
  label: string;
}

export const FILE_KINDS = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'], label: 'PDF文件' },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG图片' },
  png: { mimeType: 'image/png', extensions: ['png'], label: 'PNG图片' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word文档（.docx）',
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel表格（.xlsx）',
  },
  doc: { mimeType: 'application/msword', extensions: ['doc'], label: 'Word文档（.doc）' },
  xls: { mimeType: 'application/vnd.ms-excel', extensions: ['xls'], label: 'Excel表格（.xls）' },
} as const satisfies Record<string, FileKind>;

/** "PDF、JPG、PNG、DOCX…": the allowed extensions, for messages. */
export const ALLOWED_EXTENSIONS = Object.values(FILE_KINDS).flatMap((k) => k.extensions);

const starts = (file: Buffer, bytes: readonly number[]) => file.length >= bytes.length && bytes.every((b, i) => file[i] === b);

export function sniff(file: Buffer): FileKind | null {
  if (starts(file, [0x25, 0x50, 0x44, 0x46, 0x2d])) return FILE_KINDS.pdf; // %PDF-
  if (starts(file, [0xff, 0xd8, 0xff])) return FILE_KINDS.jpeg;
  if (starts(file, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_KINDS.png;
  if (starts(file, [0x50, 0x4b, 0x03, 0x04])) return officeZip(zipEntryNames(file));
  const streams = oleStreamNames(file);
  if (streams?.includes('WordDocument')) return FILE_KINDS.doc;
  if (streams?.includes('Workbook') || streams?.includes('Book')) return FILE_KINDS.xls;
  return null;
}

function officeZip(names: string[] | null): FileKind | null {
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return FILE_KINDS.docx;
  if (names.includes('xl/workbook.xml')) return FILE_KINDS.xlsx;
  return null;
}
