/**
 * The central directory of a ZIP file (as unzip reads it): each entry's name, method, declared sizes and where its
 * data starts, or null when the file is not a well-formed ZIP. Nothing is unpacked: enough to tell a .docx from an
 * .xlsx, and to refuse an archive by its declared sizes before inflating anything (excel/excel.xlsxLimits.ts).
 * ZIP64 archives are not read: their sizes stay at 0xFFFFFFFF, beyond every limit.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 20_000;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares (which the data may contradict: zipEntry.ts checks it). */
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export function readZipDirectory(file: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(file);
  if (eocd < 0) return null;
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || at >= file.length) return null;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = file.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (next > file.length) return null;
    entries.push({
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      localOffset: file.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

export function zipEntryNames(file: Buffer): string[] | null {
  return readZipDirectory(file)?.map((e) => e.name) ?? null;
}

/** The offset of the end-of-central-directory record (at most 64 KB of comment after it), or -1. */
function findEndOfCentralDirectory(file: Buffer): number {
  const last = file.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (file.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}
