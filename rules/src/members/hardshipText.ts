import { HARDSHIP_LABELS } from '../facts.js';
import { HARDSHIP_CATEGORIES, type Hardship } from '../types.js';

/** Separators a person may put between categories in one cell: 、 ， , ； ; and spaces. */
const SEPARATORS = /^[、,，;；\s]+/;
/** Every way a category may be written: its label as the template shows it, and its code. */
const SPELLINGS: readonly (readonly [string, Hardship])[] = HARDSHIP_CATEGORIES.flatMap((code) => [
  [HARDSHIP_LABELS[code]!, code] as const,
  [code, code] as const,
]).sort((a, b) => b[0].length - a[0].length);

export interface HardshipText {
  categories: Hardship[];
  /** The parts that are no category, as written. */
  unknown: string[];
}

/**
 * Reads the hardship categories of a text such as a spreadsheet cell: labels (a label may itself contain 、, as
 * “三、四级智力、精神、视力残疾人” does) or codes, separated by 、，,；; or spaces; “无” is none. The longest
 * label that starts the remaining text wins, so a label is never cut at its own 、.
 */
export function readHardshipText(text: string): HardshipText {
  const categories: Hardship[] = [];
  const unknown: string[] = [];
  let rest = text.replace(SEPARATORS, '');
  while (rest) {
    const match = SPELLINGS.find(
      ([spelling]) => rest.startsWith(spelling) && (rest.length === spelling.length || SEPARATORS.test(rest.slice(spelling.length))),
    );
    const part = match ? match[0] : rest.split(/[、,，;；\s]/)[0]!;
    if (match) categories.push(match[1]);
    else if (part !== '无') unknown.push(part);
    rest = rest.slice(part.length).replace(SEPARATORS, '');
  }
  return { categories: [...new Set(categories)], unknown };
}

/** The categories as a template or an export writes them: labels joined by “；” (a label may contain 、). */
export const hardshipText = (categories: readonly string[]): string => categories.map((c) => HARDSHIP_LABELS[c] ?? c).join('；');
