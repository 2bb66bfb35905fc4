import type { FactInfo } from '../facts.js';
import type { Amount } from '../types.js';
import { factNoun } from './conditionWords.js';
import { docYuanText, percentText } from './money.js';

/**
 * What a rule pays, in words: "补助30元", "按个人缴费额的8%补助，不低于20元". A rate of a village fact the member
 * has no value for pays nothing (RULESET.md), whatever its floor: said when there is a floor.
 */
export function amountWords(amount: Amount | undefined, facts: ReadonlyMap<string, FactInfo>): string {
  if (!amount || typeof amount !== 'object') return '补助金额未填写';
  if ('fixed' in amount) return `补助${docYuanText(amount.fixed)}元`;
  const absent =
    amount.min !== undefined && facts.get(amount.of)?.builtIn === false ? `；未登记${baseNoun(amount.of, facts)}的，不补助` : '';
  return `按${baseNoun(amount.of, facts)}的${percentText(amount.rate)}补助${boundsWords(amount)}${absent}`;
}

/** A rate amount's reckoning, for a figure already worked out: "按缴费额的8%计算，不低于20元". */
export function rateNote(amount: Amount, facts: ReadonlyMap<string, FactInfo>): string {
  if ('fixed' in amount) return '';
  return `按${baseNoun(amount.of, facts)}的${percentText(amount.rate)}计算${boundsWords(amount)}`;
}

function baseNoun(of: string, facts: ReadonlyMap<string, FactInfo>): string {
  return of === 'contribution' ? '个人缴费额' : factNoun(of, facts);
}

function boundsWords(amount: { min?: number; max?: number }): string {
  const { min, max } = amount;
  if (min !== undefined && max !== undefined) return `，最低${docYuanText(min)}元、最高${docYuanText(max)}元`;
  if (min !== undefined) return `，不低于${docYuanText(min)}元`;
  if (max !== undefined) return `，不超过${docYuanText(max)}元`;
  return '';
}
