/**
 * The bounds of a roster file, each far above what a 10,000-member roster needs (such a file's sheet is about
 * 3 MB, its shared strings under 1 MB, its parts compressed about tenfold): what passes them is read in well under
 * a second and a few dozen MB; what does not is refused before, or as soon as, it is read that far.
 */
import { MAX_MEMBERS } from '../../../limits/limits.js';
import { BadUserInput } from '../../../errors.js';

const MB = 1024 * 1024;

export const FILE_LIMITS = {
  /** Entries in the .xlsx archive. */
  zipEntries: 1000,
  /** All entries together, as declared by the archive's directory. */
  zipTotalBytes: 100 * MB,
  /** Uncompressed over compressed size, for an entry above `ratioFrom` bytes. */
  ratio: 100,
  ratioFrom: 1 * MB,
  /** The parts read, each: the first sheet, the shared strings, the styles, the workbook and its relationships. */
  sheetBytes: 50 * MB,
  sharedStringsBytes: 20 * MB,
  stylesBytes: 5 * MB,
  manifestBytes: 1 * MB,
  /** Rows with a value (title and header rows included), and row elements of any kind (styled empty rows too). */
  rows: MAX_MEMBERS + 100,
  sheetRows: 100_000,
  /** Columns a value may stand in (A to GR), and merged ranges. */
  columns: 200,
  merges: 10_000,
  /** Cells that merged ranges fill with their first cell's value, in all. */
  mergedCells: 200_000,
  /** A .csv file. */
  csvBytes: 5 * MB,
} as const;

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < MB ? 2 : 0)} MB`;

/** Refused: the file is bigger than a limit (BAD_USER_INPUT, field fileBase64, reason FILE_TOO_LARGE). */
export function fileTooLarge(message: string): BadUserInput {
  return new BadUserInput(`${message}；未导入任何成员`, { field: 'fileBase64', reason: 'FILE_TOO_LARGE' });
}

/** Refused when the rows with a value pass FILE_LIMITS.rows, read so far up to sheet row `row`. */
export function tooManyRows(row: number): BadUserInput {
  return fileTooLarge(
    `文件有内容的行超过${FILE_LIMITS.rows}行（读到第${row}行时已超过），每次最多导入${MAX_MEMBERS}名成员，请分成几个文件导入`,
  );
}
