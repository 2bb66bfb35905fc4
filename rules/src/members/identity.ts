import { ageOnDay } from '../age.js';
import { parseIdNumber } from '../idNumber.js';
import { shown, type RowIssues } from './rowIssue.js';

export interface Identity {
  idNumber: string;
  birthDate: string;
  gender: 'M' | 'F';
}

/** The youngest age, on 31 December of the scheme year, at which one may join (城乡居保: 年满16周岁). */
export const MIN_AGE = 16;

/** Reads `idNumber`: 18 characters, a real birth date, the right check character, 16 or older on 12-31. */
export function readIdentity(row: Record<string, unknown>, year: number, issues: RowIssues): Identity | undefined {
  const raw = row.idNumber;
  if (typeof raw === 'string') issues.idNumber = raw;
  if (raw === null || raw === undefined || raw === '') {
    issues.error('idNumber', 'MISSING_FIELD', '必须填写，请填18位身份证号');
    return undefined;
  }
  if (typeof raw !== 'string') {
    issues.error('idNumber', 'BAD_FIELD', `应为文字（18位身份证号），现为${shown(raw)}`);
    return undefined;
  }
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    issues.error('idNumber', 'BAD_ID_NUMBER', `${parsed.message}，请核对后重填`);
    return undefined;
  }
  issues.idNumber = parsed.idNumber;
  const age = ageOnDay(parsed.birthDate, year, 'YEAR_END');
  if (age < MIN_AGE) {
    issues.error(
      'idNumber',
      'UNDER_AGE',
      `出生于${parsed.birthDate}，到${year}年12月31日${age < 0 ? '尚未出生' : `只有${age}周岁`}，未满${MIN_AGE}周岁不能参保，请从名册中删除或核对身份证号`,
    );
    return undefined;
  }
  return { idNumber: parsed.idNumber, birthDate: parsed.birthDate, gender: parsed.gender };
}
