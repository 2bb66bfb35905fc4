import { fenToYuan, yuanToFen } from '@cunce/rules';
import type { ProjectionData, ProjectionPath } from '../graphql/projection';
import { yuan } from './traceWords';

/**
 * How the projection's summary reads (issue 14 item 11): for a member still to turn 60, the account in the year
 * they do; for one already past 60, what they have now, never an account "at 60" made up from nothing. Every zero
 * it shows carries its reason, and a member short of the 15 years a monthly pension needs is told so.
 */

/** 城乡居保: the monthly pension from 60 needs this many years of contributions in all. */
export const YEARS_FOR_PENSION = 15;

/** Already 60 in an earlier year: the projection credits nothing and reads the pension off the balance now. */
export function pastPensionAge(p: ProjectionData): boolean {
  return p.lastYear < p.year;
}

/** What the balance figure is: "2035年（60周岁）个人账户", or "已满60周岁（2018年），现有个人账户". */
export function accountHeading(p: ProjectionData): string {
  return pastPensionAge(p) ? `已满60周岁（${p.lastYear}年），现有个人账户` : `${p.lastYear}年（60周岁）个人账户`;
}

/** What the monthly figure is: the pension from 60, or, past it, the pension at the age reached this year. */
export function pensionHeading(p: ProjectionData): string {
  return pastPensionAge(p) ? `现在（${p.pensionAge}周岁）每月养老金` : '每月养老金';
}

/** Why the account is 0 yuan; '' when it is not. */
export function balanceZeroReason(p: ProjectionData, path: ProjectionPath): string {
  if (path.balance !== 0) return '';
  if (pastPensionAge(p)) return '按年初账户余额 0 元计：余额未填写，请查社保卡或对账单后填入';
  return '年初账户余额为 0 元，本年和以后各年也没有缴费记入';
}

/** The monthly pension the collective subsidy adds, in yuan. */
export function monthlyGain(p: ProjectionData): number {
  return fenToYuan((yuanToFen(p.withCollective.monthlyPension) ?? 0) - (yuanToFen(p.withoutCollective.monthlyPension) ?? 0));
}

/** Why the collective subsidy adds nothing a month; '' when it adds something. */
export function gainZeroReason(p: ProjectionData): string {
  if (monthlyGain(p) !== 0) return '';
  if (pastPensionAge(p)) return '已满60周岁，不再按年缴费：集体补助只补当年缴费的成员，不补补缴';
  const collective = p.withCollective.years.reduce((sum, y, i) => sum + y.credit - p.withoutCollective.years[i]!.credit, 0);
  if (collective <= 0) return '本年和以后各年的集体补助都是 0 元';
  return `集体补助合计 ${yuan(collective)} 元，除以139后每月不足 0.01 元`;
}

/** What the villager must know beside the figures: the age reached, and years short of the 15 a pension needs. */
export function projectionNotes(p: ProjectionData): string[] {
  const notes: string[] = [];
  const past = pastPensionAge(p);
  if (past)
    notes.push(
      `${p.lastYear}年已满60周岁：城乡居民养老保险年满60周岁按月领取养老金，不再按年缴费，` +
        `${p.year}年的个人缴费、政府补贴和集体补助都不记入个人账户，下表不再逐年测算。`,
    );
  if (p.contributionYears < YEARS_FOR_PENSION)
    notes.push(
      `${past ? '已' : '到60周岁'}累计缴费 ${p.contributionYears} 年，不满${YEARS_FOR_PENSION}年：按月领取养老金须累计缴费满${YEARS_FOR_PENSION}年，` +
        '不足的年限可以补缴（补缴不享受集体补助），以社会保险经办机构核定为准。',
    );
  return notes;
}
