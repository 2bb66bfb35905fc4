/** The printable notices' dates, when a step's documents may change (the server's rule), and file sizes in words. */
import { describe, expect, test } from 'vitest';
import { sizeWords } from '../src/model/files';
import { chineseDate, documentsOpen, resolutionNoticePath, resultNoticePath } from '../src/model/notices';

describe('notices', () => {
  test('dates read the Chinese way, without leading zeros; nothing for no date', () => {
    expect(chineseDate('2025-03-01')).toBe('2025年3月1日');
    expect(chineseDate('2025-12-31')).toBe('2025年12月31日');
    expect(chineseDate(null)).toBe('');
    expect(chineseDate('not a date')).toBe('');
  });

  test("the five steps' documents change only in a draft, the result disclosure's after the filing too", () => {
    expect(documentsOpen('VILLAGERS_RESOLUTION', 'DRAFT')).toBe(true);
    expect(documentsOpen('VILLAGERS_RESOLUTION', 'SUBMITTED')).toBe(false);
    expect(documentsOpen('RESOLUTION_DISCLOSED', 'FILED')).toBe(false);
    expect(documentsOpen('RESULT_DISCLOSED', 'FILED')).toBe(true);
  });

  test('the printable pages of a version and of a settlement', () => {
    expect(resolutionNoticePath('7')).toBe('/print/resolution/7');
    expect(resolutionNoticePath('7', 2)).toBe('/print/resolution/7?version=2');
    expect(resultNoticePath('12')).toBe('/print/result/12');
  });
});

test('file sizes in KB below a megabyte, else in MB with one decimal', () => {
  expect(sizeWords(70)).toBe('1 KB');
  expect(sizeWords(830 * 1024)).toBe('830 KB');
  expect(sizeWords(2.4 * 1024 * 1024)).toBe('2.4 MB');
});
