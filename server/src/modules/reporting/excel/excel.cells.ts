/** Reading one cell of a roster file into the value MemberInput takes, or the reason it cannot be read. */
import { HARDSHIP_CATEGORIES, hardshipText, PAYMENT_TYPE_LABELS, readHardshipText } from '@cunce/rules';
import { MEMBER_CAPS } from '../../lifecycle/roster/member.caps.js';
import type { CellKind } from './excel.columns.js';

export type CellValue = string | number | boolean | null;
export type CellResult = { value: unknown } | { code: string; reason: string };

const byLabel = (labels: Record<string, string>) =>
  new Map(
    Object.entries(labels).flatMap(([code, label]) => [
      [label, code],
      [code, code],
    ]),
  );
const PAYMENT = byLabel({ ...PAYMENT_TYPE_LABELS });
PAYMENT.set('当年', 'CURRENT').set('补缴', 'BACK_PAY');
const YES = new Set(['是', 'true', 'TRUE']);
const NO = new Set(['否', 'false', 'FALSE']);

/** The longest text a cell of each kind may hold, as for the same fields sent through GraphQL. */
export const CELL_TEXT_CAPS: Partial<Record<CellKind, number>> = {
  text: MEMBER_CAPS.name,
  id: MEMBER_CAPS.idNumber,
  factText: MEMBER_CAPS.factText,
};

const bad = (code: string, reason: string): CellResult => ({ code, reason });
const shown = (v: CellValue) => `“${String(v)}”`;

/** `undefined` value: the cell is empty and the field is left out (the row checks decide if that is allowed). */
export function readCell(kind: CellKind, raw: CellValue): CellResult {
  if (raw === null || raw === '') return { value: undefined };
  const text = typeof raw === 'string' ? raw.trim() : raw;
  const cap = CELL_TEXT_CAPS[kind];
  if (cap !== undefined && typeof text === 'string' && text.length > cap)
    return bad('TOO_LONG', `至多${cap}个字，现为${text.length}个，请删减`);
  switch (kind) {
    case 'text':
    case 'factText':
      return { value: String(text) };
    case 'id':
      if (typeof text === 'number')
        return bad('ID_AS_NUMBER', `身份证号被存成了数字（后几位可能已丢失），现为${shown(text)}，请把该列设为文本后重新填写`);
      return { value: String(text) };
    case 'yesNo':
      if (text === true || YES.has(String(text))) return { value: true };
      if (text === false || NO.has(String(text))) return { value: false };
      return bad('NOT_YES_NO', `应填“是”或“否”，现为${shown(text)}`);
    case 'money':
    case 'count':
    case 'factNumber': {
      const n = typeof text === 'number' ? text : /^-?\d+(\.\d+)?$/.test(String(text)) ? Number(text) : NaN;
      return Number.isFinite(n) ? { value: n } : bad('NOT_A_NUMBER', `应填数字，现为${shown(text)}`);
    }
    case 'paymentType': {
      const code = PAYMENT.get(String(text));
      return code
        ? { value: code }
        : bad('UNKNOWN_PAYMENT_TYPE', `${shown(text)}不是缴费类型，应为 当年缴费、以往年度补缴、一次性补缴 之一`);
    }
    case 'hardship': {
      const { categories, unknown } = readHardshipText(String(text));
      if (unknown.length)
        return bad(
          'UNKNOWN_HARDSHIP',
          `${unknown.map((u) => `“${u}”`).join('、')}不是困难类别，应为 ${hardshipText(HARDSHIP_CATEGORIES)} 之一`,
        );
      return { value: categories };
    }
  }
}
