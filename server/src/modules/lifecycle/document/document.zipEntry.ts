/**
 * The content of one ZIP entry, inflated piece by piece as it is read and never past a given number of bytes: the
 * bytes actually produced are counted, so an entry whose data inflates beyond what its directory declares (a zip
 * bomb that lies about its sizes) is stopped as soon as it passes the limit, whatever the directory says.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './document.zip.js';

const LOCAL = 0x04034b50;
const SLICE = 16 * 1024;

/** The entry inflates past `limit` bytes: it is refused, whatever its directory declares. */
export class ZipEntryTooLarge extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} inflates past ${limit} bytes`);
  }
}

/** The entry cannot be read: no local header where the directory says, data past the end, an unknown method. */
export class ZipEntryUnreadable extends Error {}

/** The entry's content in pieces, at most `limit` bytes in all. */
export async function* entryChunks(file: Buffer, entry: ZipEntry, limit: number): AsyncGenerator<Buffer> {
  const data = compressedData(file, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipEntryTooLarge(entry.name, limit);
    for (let at = 0; at < data.length; at += SLICE) yield data.subarray(at, at + SLICE);
    return;
  }
  if (entry.method !== 8) throw new ZipEntryUnreadable(`${entry.name}: compression method ${entry.method}`);
  const inflated = Readable.from(slices(data)).pipe(createInflateRaw({ chunkSize: 64 * 1024 }));
  let total = 0;
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new ZipEntryTooLarge(entry.name, limit);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipEntryTooLarge) throw error;
    throw new ZipEntryUnreadable(`${entry.name}: ${(error as Error).message}`);
  } finally {
    inflated.destroy();
  }
}

function compressedData(file: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) throw new ZipEntryUnreadable(`${entry.name}: no local header`);
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  if (start + entry.compressedSize > file.length) throw new ZipEntryUnreadable(`${entry.name}: data past the end`);
  return file.subarray(start, start + entry.compressedSize);
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += SLICE) yield data.subarray(at, at + SLICE);
}
