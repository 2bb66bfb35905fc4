import { ageOnDay } from '../age.js';
import type { PaymentType } from '../types.js';
import type { RowIssues } from './rowIssue.js';

/** From this age (on 31 December) one draws the basic pension monthly and no longer contributes (城乡居保: 年满60周岁). */
export const PENSION_AGE = 60;

/**
 * A warning, not an error (issue 14 item 11): a member paying the year's contribution though 60 all year is outside
 * the scheme's rules unless the years are being made up, so the cadre is told to check the birth date and payment.
 */
export function warnContributionAge(
  birthDate: string,
  year: number,
  contributionFen: number | null,
  paymentType: PaymentType,
  issues: RowIssues,
): void {
  if (contributionFen === null || paymentType !== 'CURRENT') return;
  // 60 already on 1 January: the whole year past the age (one who turns 60 during the year may still have paid).
  if (ageOnDay(birthDate, year, 'YEAR_START') < PENSION_AGE) return;
  const age = ageOnDay(birthDate, year, 'YEAR_END');
  issues.warn(
    'idNumber',
    'OVER_CONTRIBUTION_AGE',
    `到${year}年12月31日已${age}周岁：年满${PENSION_AGE}周岁应按月领取养老金，一般不再按年缴费，请核对出生日期和缴费档次（补缴请把缴费类型改为补缴）`,
  );
}
