/** One section of a rule set in plain Chinese: who gets what under it. */
import { amountFen } from '../checks/sectionEval.js';
import { holds, type FactValues } from '../checks/conditionEval.js';
import { HARDSHIP_LABELS, type FactInfo } from '../facts.js';
import { HARDSHIP_CATEGORIES, type LeafCondition, type PolicyYear, type Rule, type Section } from '../types.js';
import { amountWords, rateNote } from './amountWords.js';
import { WHOLE_NUMBER_FACTS, conditionWords, factNoun, householdBandWords, leafWords } from './conditionWords.js';
import { HIT_POLICY_WORDS } from './labels.js';
import { docYuanText, joinOr, yuanText } from './money.js';
import { dependsOnlyOn, isHardshipChecklist, thresholdLadder } from './sectionShapes.js';

export interface SectionDescription {
  key: string;
  label: string;
  /** How the section combines several rules that hold for one person, when the lines leave it open; else empty. */
  how: string;
  /** One sentence per line: "个人缴费300元的，补助40元。" */
  lines: string[];
}

/**
 * The section read the plainest way its shape allows: by the year's tiers when only the contribution counts (every
 * tier's amount worked out), by hardship category for a checklist, as bands for a ladder of thresholds, else rule
 * by rule with the hit policy in words.
 */
export function describeSection(section: Section, facts: ReadonlyMap<string, FactInfo>, policy?: PolicyYear | null): SectionDescription {
  const base = { key: String(section.key ?? ''), label: String(section.label ?? section.key ?? '') };
  const rules = Array.isArray(section.rules) ? section.rules : [];
  const s = { ...section, rules };
  if (rules.length === 0) return { ...base, how: '', lines: ['（本项尚未设置补助规则）'] };
  if (policy && dependsOnlyOn(s, 'contribution')) return { ...base, how: '', lines: tierLines(s, facts, policy) };
  const how = rules.length > 1 ? (HIT_POLICY_WORDS[s.hitPolicy] ?? '') : '';
  if (isHardshipChecklist(s)) return { ...base, how, lines: hardshipLines(s) };
  const ladder = thresholdLadder(s);
  if (ladder) return { ...base, how: '', lines: ladderLines(rules, ladder, facts) };
  return { ...base, how, lines: rules.map((r) => ruleLine(conditionWords(r?.when, facts), r?.amount, facts)) };
}

function ruleLine(condition: string, amount: Rule['amount'] | undefined, facts: ReadonlyMap<string, FactInfo>): string {
  return `${condition ? `${condition}的，` : '每人'}${amountWords(amount, facts)}。`;
}

/** The amount in fen a person with `values` gets from the section, and the one rule that paid it (if one). */
function paid(section: Section, values: FactValues): { fen: number; rule: Rule | null } {
  let fen = 0;
  const rules: Rule[] = [];
  for (const rule of section.rules) {
    if (!holds(rule.when, values)) continue;
    const amount = amountFen(rule.amount, values);
    if (section.hitPolicy === 'FIRST') return { fen: amount, rule };
    if (section.hitPolicy === 'SUM') fen += amount;
    else if (rules.length === 0 || amount > fen) {
      fen = amount;
      rules.length = 0;
    } else continue;
    rules.push(rule);
  }
  return { fen, rule: rules.length === 1 ? rules[0]! : null };
}

/** Tier by tier of the year: "个人缴费100元、200元的，补助30元。", neighbouring tiers with the same figure together. */
function tierLines(section: Section, facts: ReadonlyMap<string, FactInfo>, policy: PolicyYear): string[] {
  const groups: { tiers: number[]; text: string }[] = [];
  for (const tier of [...policy.tiers].sort((a, b) => a.amount - b.amount)) {
    const { fen, rule } = paid(section, { contribution: tier.amount });
    const note = rule && fen > 0 ? rateNote(rule.amount, facts) : '';
    const text = fen > 0 ? `补助${yuanText(fen)}元${note ? `（${note}）` : ''}` : '不享受此项补助';
    const last = groups.at(-1);
    if (last && last.text === text) last.tiers.push(tier.amount);
    else groups.push({ tiers: [tier.amount], text });
  }
  const only = groups.length === 1 && policy.tiers.length > 1 ? groups[0]!.text : null;
  if (only) return [only.startsWith('补助') ? `按任一档次缴费的，每人${only}。` : `各档次缴费均${only}。`];
  return groups.map((g) => `个人缴费${g.tiers.map((t) => `${docYuanText(t)}元`).join('、')}的，${g.text}。`);
}

/** Category by category, highest amount first: "属于特困供养人员或重度残疾人的，补助60元。" */
function hardshipLines(section: Section): string[] {
  const byFen = new Map<number, string[]>();
  for (const category of HARDSHIP_CATEGORIES) {
    const { fen } = paid(section, { hardship: [category] });
    if (fen > 0) byFen.set(fen, [...(byFen.get(fen) ?? []), HARDSHIP_LABELS[category]!]);
  }
  return [...byFen.entries()].sort((a, b) => b[0] - a[0]).map(([fen, labels]) => `属于${joinOr(labels)}的，补助${yuanText(fen)}元。`);
}

/** Bands of a ladder of thresholds: "年满55周岁的…", "年满45周岁、不满55周岁的…", "家中有16周岁以下孩子1人的…". */
function ladderLines(rules: readonly Rule[], ladder: readonly LeafCondition[], facts: ReadonlyMap<string, FactInfo>): string[] {
  return rules.map((rule, i) => {
    const from = ladder[i]!;
    const above = ladder[i - 1];
    return ruleLine(above ? bandWords(from, above, facts) : leafWords(from, facts), rule.amount, facts);
  });
}

function bandWords(from: LeafCondition, above: LeafCondition, facts: ReadonlyMap<string, FactInfo>): string {
  const low = from.value as number;
  const high = above.value as number;
  if (WHOLE_NUMBER_FACTS.has(from.fact) && from.operator === 'greaterThanInclusive' && above.operator === 'greaterThanInclusive' && high - low === 1) {
    return leafWords({ fact: from.fact, operator: 'equal', value: low }, facts);
  }
  const household = from.operator === 'greaterThanInclusive' && above.operator === 'greaterThanInclusive' ? householdBandWords(from.fact, low, high) : null;
  if (household) return household;
  const below: LeafCondition = { fact: above.fact, operator: above.operator === 'greaterThan' ? 'lessThanInclusive' : 'lessThan', value: high };
  return `${leafWords(from, facts)}、${leafWords(below, facts).replace(factNoun(from.fact, facts), '')}`;
}
