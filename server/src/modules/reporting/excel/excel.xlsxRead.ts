/**
 * An .xlsx roster read without trusting it: its ZIP directory is checked first (entries, declared sizes, ratio,
 * total: excel.xlsxDirectory.ts), then only the parts a roster needs are inflated, each as it is parsed and never
 * past the size its directory declared, and the sheet's rows are read with the bounds of FILE_LIMITS.
 */
import { BadUserInput } from '../../../errors.js';
import { readZipDirectory } from '../../lifecycle/document/document.zip.js';
import { entryChunks, ZipEntryTooLarge, ZipEntryUnreadable } from '../../lifecycle/document/document.zipEntry.js';
import { FILE_LIMITS, fileTooLarge, megabytes } from './excel.fileLimits.js';
import type { SheetRow } from './excel.read.js';
import { checkXlsxDirectory } from './excel.xlsxDirectory.js';
import { findParts, type PartReader } from './excel.xlsxParts.js';
import { readSheetRows } from './excel.xlsxSheet.js';
import { readSharedStrings } from './excel.xlsxStrings.js';
import { readDateStyles } from './excel.xlsxStyles.js';
import { XmlUnreadable } from './excel.xml.js';

export async function readXlsx(file: Buffer, fileName: string): Promise<SheetRow[]> {
  const entries = readZipDirectory(file);
  if (!entries) throw unreadable(fileName);
  checkXlsxDirectory(entries, fileName);
  const read: PartReader = (entry, limit, label) => {
    if (entry.size > limit)
      throw fileTooLarge(`“${fileName}”的${label}（${entry.name}）解压后为${megabytes(entry.size)}，超过${megabytes(limit)}的上限`);
    return entryChunks(file, entry, entry.size);
  };
  try {
    const parts = await findParts(entries, read);
    if (!parts) throw unreadable(fileName);
    const { sharedStrings, styles } = parts;
    const strings = sharedStrings ? await readSharedStrings(read(sharedStrings, FILE_LIMITS.sharedStringsBytes, '共享文本')) : [];
    const dateStyles = styles ? await readDateStyles(read(styles, FILE_LIMITS.stylesBytes, '样式表')) : new Set<number>();
    return await readSheetRows(read(parts.sheet, FILE_LIMITS.sheetBytes, '工作表'), { strings, dateStyles, date1904: parts.date1904 });
  } catch (error) {
    if (error instanceof ZipEntryTooLarge) {
      throw fileTooLarge(
        `“${fileName}”中的${error.entry}解压后超过文件目录所记的${megabytes(error.limit)}，文件已损坏或被篡改（疑似压缩炸弹）`,
      );
    }
    if (error instanceof ZipEntryUnreadable || error instanceof XmlUnreadable) throw unreadable(fileName);
    throw error;
  }
}

function unreadable(fileName: string): BadUserInput {
  return new BadUserInput(`“${fileName}”不是可读取的 .xlsx 文件，请用 Excel 打开后重新保存`, { field: 'fileBase64' });
}
