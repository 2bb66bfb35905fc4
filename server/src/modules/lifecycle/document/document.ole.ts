/**
 * The names of the streams of an OLE2 compound file (the container of .doc and .xls), read from its directory
 * by following the sector chain through the FAT, or null when the file is not a well-formed compound file.
 * Enough to tell a Word document (stream "WordDocument") from a workbook ("Workbook" or "Book").
 */
const MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 100_000;

export function isCompoundFile(file: Buffer): boolean {
  return file.length >= 512 && file.subarray(0, 8).equals(MAGIC);
}

export function oleStreamNames(file: Buffer): string[] | null {
  if (!isCompoundFile(file)) return null;
  const shift = file.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sector = (n: number) => (n + 1) * size;
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const fatSector = file.readUInt32LE(0x4c + i * 4);
    if (fatSector >= 0xfffffffa) break;
    if (sector(fatSector) + size > file.length) return null;
    for (let j = 0; j < size; j += 4) fat.push(file.readUInt32LE(sector(fatSector) + j));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let n = file.readUInt32LE(0x30); n !== END_OF_CHAIN; n = fat[n] ?? END_OF_CHAIN) {
    if (seen.has(n) || seen.size > MAX_SECTORS || sector(n) + size > file.length) return null;
    seen.add(n);
    for (let entry = sector(n); entry < sector(n) + size; entry += 128) {
      const length = file.readUInt16LE(entry + 64);
      if (file[entry + 66] === 2 && length >= 2 && length <= 64) names.push(file.toString('utf16le', entry, entry + length - 2));
    }
  }
  return names;
}
