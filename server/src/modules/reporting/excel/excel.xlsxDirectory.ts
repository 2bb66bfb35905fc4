/**
 * Refusals of an .xlsx by its ZIP directory alone, before anything is inflated: too many entries, more than
 * FILE_LIMITS.zipTotalBytes declared in all, or an entry compressed beyond FILE_LIMITS.ratio (a zip bomb).
 */
import type { ZipEntry } from '../../lifecycle/document/document.zip.js';
import { FILE_LIMITS, fileTooLarge, megabytes } from './excel.fileLimits.js';

export function checkXlsxDirectory(entries: readonly ZipEntry[], fileName: string): void {
  if (entries.length > FILE_LIMITS.zipEntries) {
    throw fileTooLarge(
      `“${fileName}”内含${entries.length}个部件，超过${FILE_LIMITS.zipEntries}个的上限；请在 Excel 中另存为新的 .xlsx 后导入`,
    );
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > FILE_LIMITS.zipTotalBytes) {
    throw fileTooLarge(`“${fileName}”解压后共${megabytes(total)}，超过${megabytes(FILE_LIMITS.zipTotalBytes)}的上限`);
  }
  const bomb = entries.find((e) => e.size > FILE_LIMITS.ratioFrom && e.size > FILE_LIMITS.ratio * Math.max(e.compressedSize, 1));
  if (bomb) {
    const ratio = Math.round(bomb.size / Math.max(bomb.compressedSize, 1));
    throw fileTooLarge(`“${fileName}”中的${bomb.name}压缩了${ratio}倍，超过${FILE_LIMITS.ratio}倍的上限（疑似压缩炸弹）`);
  }
}
