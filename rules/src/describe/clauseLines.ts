/** The notice's lines printed from its clauses (clauses.ts): one sentence a clause, "个人缴费300元的，补助40元。". */
import { HARDSHIP_LABELS, type FactInfo } from '../facts.js';
import type { LeafCondition } from '../types.js';
import { amountWords, rateNote } from './amountWords.js';
import type { Clause, Pays, Who } from './clauses.js';
import { WHOLE_NUMBER_FACTS, conditionWords, factNoun, householdBandWords, leafWords } from './conditionWords.js';
import { docYuanText, joinOr, yuanText } from './money.js';

type Facts = ReadonlyMap<string, FactInfo>;

export function clauseLine(clause: Clause, facts: Facts): string {
  const { who, pays } = clause;
  const what = paysWords(pays, facts);
  if (who.kind === 'tiers' && who.all) return what.startsWith('补助') ? `按任一档次缴费的，每人${what}。` : `各档次缴费均${what}。`;
  const whom = whoWords(who, facts);
  return `${whom ? `${whom}的，` : '每人'}${what}。`;
}

/** Who, as the subject of "…的，": empty for everyone. */
function whoWords(who: Who, facts: Facts): string {
  switch (who.kind) {
    case 'everyone':
      return '';
    case 'tiers':
      return `个人缴费${who.tiers.map((t) => `${docYuanText(t)}元`).join('、')}`;
    case 'categories':
      return `属于${joinOr(who.categories.map((c) => HARDSHIP_LABELS[c]!))}`;
    case 'band':
      return who.above ? bandWords(who.from, who.above, facts) : leafWords(who.from, facts);
    case 'condition':
      return conditionWords(who.condition, facts) || '（条件不完整）';
  }
}

function paysWords(pays: Pays, facts: Facts): string {
  if (pays.kind === 'amount') return amountWords(pays.amount, facts);
  if (pays.fen <= 0) return '不享受此项补助';
  return `补助${yuanText(pays.fen)}元${pays.rate ? `（${rateNote(pays.rate, facts)}）` : ''}`;
}

/** A band [from, above): "年满45周岁、不满55周岁", "年龄为59", "家中有16周岁以下孩子2至3人". */
function bandWords(from: LeafCondition, above: LeafCondition, facts: Facts): string {
  const low = from.value as number;
  const high = above.value as number;
  const inclusive = from.operator === 'greaterThanInclusive' && above.operator === 'greaterThanInclusive';
  if (inclusive && WHOLE_NUMBER_FACTS.has(from.fact) && Number.isInteger(low) && high - low === 1) {
    return leafWords({ fact: from.fact, operator: 'equal', value: low }, facts);
  }
  const household = inclusive ? householdBandWords(from.fact, low, high) : null;
  if (household) return household;
  const below: LeafCondition = {
    fact: above.fact,
    operator: above.operator === 'greaterThan' ? 'lessThanInclusive' : 'lessThan',
    value: high,
  };
  return `${leafWords(from, facts)}、${leafWords(below, facts).replace(factNoun(from.fact, facts), '')}`;
}
