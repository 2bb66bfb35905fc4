/**
 * A rule set in plain Chinese, for the 决议公开 notice and the editor: who may get the collective subsidy, what each
 * part of the standard pays, the caps and the budget, and the rest a villager needs to know. Pure; never throws on a
 * stored document, valid or not.
 */
import { factsOf } from '../facts.js';
import { fromYuan } from '../money.js';
import { regionMaxFen } from '../policy.js';
import type { PolicyYear, RuleSet, Section } from '../types.js';
import type { NoticeCaps } from './clauses.js';
import { AGE_AS_OF_LABELS, FUND_SOURCE_LABELS } from './labels.js';
import { docYuanText, yuanText } from './money.js';
import { leavesOf } from './sectionShapes.js';
import { describeSection, type SectionDescription } from './sectionWords.js';

export interface RuleSetDescription {
  title: string;
  /** "2025年度" or "2024年至2026年各年度". */
  years: string;
  /** Who may get the subsidy at all (the region's gates). */
  eligibility: string[];
  /** What each part of the standard pays. */
  sections: SectionDescription[];
  /** The per-person caps, the budget and what happens above it. */
  limits: string[];
  /** The per-person caps `limits` states, structured. */
  caps: NoticeCaps;
  /** Age reckoning, fund source, how the money is credited. */
  notes: string[];
}

export interface DescribeOptions {
  /** The region figures of the rule set's first year: tiers are then spelt out and the region cap named. */
  policy?: PolicyYear | null;
  /** The village's name, for a title when the document has none. */
  villageName?: string | null;
}

const AGE_FACTS = new Set(['age', 'householdElderly', 'householdChildren']);

export function describeRuleSet(ruleSet: RuleSet, options: DescribeOptions = {}): RuleSetDescription {
  const policy = options.policy ?? null;
  const facts = factsOf(Array.isArray(ruleSet.facts) ? ruleSet.facts : []);
  const sections: Section[] = Array.isArray(ruleSet.sections) ? ruleSet.sections.filter((s) => s && typeof s === 'object') : [];
  const multi = typeof ruleSet.lastYear === 'number' && ruleSet.lastYear > ruleSet.year;
  const span = multi ? `${ruleSet.year}—${ruleSet.lastYear}年` : `${ruleSet.year}年`;
  const years = multi ? `${ruleSet.year}年至${ruleSet.lastYear}年各年度` : `${ruleSet.year}年度`;
  const caps: NoticeCaps = {
    personCapFen: typeof ruleSet.personCap === 'number' ? fromYuan(ruleSet.personCap) : null,
    regionMaxFen: policy ? regionMaxFen(policy) : null,
  };
  return {
    title:
      (typeof ruleSet.title === 'string' && ruleSet.title.trim()) || `${options.villageName ?? ruleSet.village}${span}城乡居保集体补助标准`,
    years,
    eligibility: [
      `本村集体经济组织成员，参加城乡居民基本养老保险并缴纳${years}个人缴费的，按本标准享受集体补助。`,
      '以往年度补缴、一次性补缴的，不享受集体补助。',
      '集体补助不代替个人缴费，本人未缴费的不予补助；政府代缴部分或全部个人缴费的，视为已缴费。',
    ],
    sections: sections.map((s) => describeSection(s, facts, policy)),
    limits: limits(ruleSet, caps, multi),
    caps,
    notes: notes(ruleSet, sections),
  };
}

function limits(ruleSet: RuleSet, caps: NoticeCaps, multi: boolean): string[] {
  const out: string[] = [];
  if (caps.personCapFen !== null) out.push(`每人每年集体补助各项合计最多${yuanText(caps.personCapFen)}元。`);
  else if (typeof ruleSet.personCap === 'number') out.push(`每人每年集体补助各项合计最多${docYuanText(ruleSet.personCap)}元。`);
  const regionMax = caps.regionMaxFen !== null ? `${yuanText(caps.regionMaxFen)}元` : '';
  out.push(`每人每年集体补助与社会资助合计不超过自治区当年最高缴费档次${regionMax}，当年已在别处享受的合并计算，超出部分不予补助。`);
  if (typeof ruleSet.budget === 'number') {
    out.push(`${multi ? '每年度' : '本年度'}集体补助资金预算${docYuanText(ruleSet.budget)}元。`);
    out.push(
      ruleSet.overBudget === 'PRORATE'
        ? '符合条件人员的补助合计超过预算时，每人按同一比例减发，合计不超过预算。'
        : '符合条件人员的补助合计超过预算时，不予发放，须调整补助标准或预算并重新决议。',
    );
  }
  return out;
}

function notes(ruleSet: RuleSet, sections: readonly Section[]): string[] {
  const out: string[] = [];
  const usesAge = sections.some(
    (s) => Array.isArray(s.rules) && s.rules.some((r) => leavesOf(r?.when)?.some((l) => AGE_FACTS.has(l.fact))),
  );
  if (usesAge) out.push(`年龄按${ageAsOfWords(ruleSet.ageAsOf)}计算。`);
  const source = typeof ruleSet.fundSource === 'string' && ruleSet.fundSource.trim() ? ruleSet.fundSource.trim() : 'COLLECTIVE_INCOME';
  out.push(`资金来源：${FUND_SOURCE_LABELS[source] ?? source}。`);
  out.push('集体补助和社会资助全部记入本人个人账户，这部分钱不另计政府缴费补贴；政府缴费补贴只按本人缴费档次计发。');
  return out;
}

function ageAsOfWords(ageAsOf: string | undefined): string {
  const day = /^(\d{2})-(\d{2})$/.exec(ageAsOf ?? '');
  if (day) return `当年${Number(day[1])}月${Number(day[2])}日`;
  return `当年${AGE_AS_OF_LABELS[ageAsOf ?? 'YEAR_END'] ?? AGE_AS_OF_LABELS.YEAR_END}`;
}
