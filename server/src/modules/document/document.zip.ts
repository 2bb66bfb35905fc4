/**
 * The names of the entries of a ZIP file, read from its central directory (as unzip does), or null when the file
 * is not a well-formed ZIP. Enough to tell a .docx from an .xlsx without unpacking anything.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 20_000;

export function zipEntryNames(file: Buffer): string[] | null {
  const eocd = findEndOfCentralDirectory(file);
  if (eocd < 0) return null;
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || at >= file.length) return null;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = file.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (next > file.length) return null;
    names.push(file.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return names;
}

/** The offset of the end-of-central-directory record (at most 64 KB of comment after it), or -1. */
function findEndOfCentralDirectory(file: Buffer): number {
  const last = file.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (file.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}
