import { OPERATOR_LABELS, type FactInfo } from '../facts.js';
import type { Condition, LeafCondition } from '../types.js';
import { joinOr } from './money.js';
import { valueWords } from './valueWords.js';

/** Units of the built-in numeric facts in sentences. */
const UNITS: Record<string, string> = {
  age: '周岁',
  contribution: '元',
  contributionYears: '年',
  householdElderly: '人',
  householdChildren: '人',
};

/** What the household counts count, as a villager would say it ("家中有16周岁以下孩子2人及以上"). */
const HOUSEHOLD: Record<string, string> = { householdChildren: '16周岁以下孩子', householdElderly: '60周岁以上老人（含本人）' };

/** Facts whose values are whole numbers: a band [a, a+1) is "为a". */
export const WHOLE_NUMBER_FACTS: ReadonlySet<string> = new Set(['age', 'contributionYears', 'householdElderly', 'householdChildren']);

/** A fact as the subject of a sentence: its label without the bracketed unit ("年龄（周岁）" → "年龄"). */
export function factNoun(fact: string, facts: ReadonlyMap<string, FactInfo>): string {
  if (fact === 'contribution') return '个人缴费';
  if (HOUSEHOLD[fact]) return `家中${HOUSEHOLD[fact]}人数`;
  return (facts.get(fact)?.label ?? fact).replace(/（[^）]*）$/, '');
}

/** A leaf in plain Chinese: "年满60周岁", "个人缴费500元及以上", "属于低保对象", "村民小组为“三组”或“四组”". */
export function leafWords(leaf: LeafCondition, facts: ReadonlyMap<string, FactInfo>): string {
  const info = facts.get(leaf.fact);
  const noun = factNoun(leaf.fact, facts);
  const { operator, value } = leaf;
  if (!info) return `${leaf.fact}${OPERATOR_LABELS[operator] ?? operator}${String(value)}`;
  if (info.type === 'list') return `${operator === 'doesNotContain' ? '不属于' : '属于'}${valueWords(leaf.fact, value)}`;
  if (info.type === 'boolean') return booleanWords(leaf.fact, noun, (operator === 'equal') === (value === true));
  if (info.type === 'number') return numberWords(leaf.fact, noun, operator, value);
  const quote = (x: unknown) => (info.builtIn ? valueWords(leaf.fact, x) : `“${valueWords(leaf.fact, x)}”`);
  const values = Array.isArray(value) ? value.map(quote) : [quote(value)];
  const negative = operator === 'notEqual' || operator === 'notIn';
  return `${noun}${negative ? '不是' : '为'}${joinOr(values)}`;
}

function booleanWords(fact: string, noun: string, yes: boolean): string {
  if (fact === 'proxyPaid') return yes ? '个人缴费由政府代缴' : '个人缴费不是由政府代缴';
  return `本人${yes ? '是' : '不是'}${noun.replace(/^是否/, '')}`;
}

function numberWords(fact: string, noun: string, operator: string, value: unknown): string {
  const home = HOUSEHOLD[fact] && typeof value === 'number' ? householdWords(HOUSEHOLD[fact], operator, value) : null;
  if (home) return home;
  const unit = UNITS[fact] ?? '';
  const v = (x: unknown) => `${String(x)}${unit}`;
  switch (operator) {
    case 'greaterThanInclusive':
      if (fact === 'age') return `年满${v(value)}`;
      if (fact === 'contributionYears') return `此前已累计缴费满${v(value)}`;
      return `${noun}${v(value)}及以上`;
    case 'greaterThan':
      return `${noun}超过${v(value)}`;
    case 'lessThan':
      return fact === 'age' ? `不满${v(value)}` : `${noun}不足${v(value)}`;
    case 'lessThanInclusive':
      return `${noun}不超过${v(value)}`;
    case 'equal':
      return `${noun}为${v(value)}`;
    case 'notEqual':
      return `${noun}不是${v(value)}`;
    case 'in':
    case 'notIn':
      return `${noun}${operator === 'in' ? '为' : '不是'}${joinOr((Array.isArray(value) ? value : [value]).map(v))}`;
    default:
      return `${noun}${OPERATOR_LABELS[operator] ?? operator}${v(value)}`;
  }
}

/** "家中有16周岁以下孩子", "家中没有…", "家中有…2人及以上", "家中…不足3人"; null for the operators read generically. */
function householdWords(who: string, operator: string, n: number): string | null {
  const none = `家中没有${who}`;
  // At or below 0 a threshold holds for every household or for none: read generically ("…0人及以上").
  if (n < 0 || (n === 0 && (operator === 'greaterThanInclusive' || operator === 'lessThan'))) return null;
  switch (operator) {
    case 'greaterThanInclusive':
      return n <= 1 ? `家中有${who}` : `家中有${who}${n}人及以上`;
    case 'greaterThan':
      return n === 0 ? `家中有${who}` : `家中${who}超过${n}人`;
    case 'equal':
      return n === 0 ? none : `家中有${who}${n}人`;
    case 'lessThan':
      return n <= 1 ? none : `家中${who}不足${n}人`;
    case 'lessThanInclusive':
      return n === 0 ? none : `家中${who}不超过${n}人`;
    default:
      return null;
  }
}

/** A band [low, high) of a household count: "家中有16周岁以下孩子2至3人"; null for other facts. */
export function householdBandWords(fact: string, low: number, high: number): string | null {
  const who = HOUSEHOLD[fact];
  if (!who || !Number.isInteger(low) || !Number.isInteger(high) || low < 1 || high - low < 2) return null;
  return `家中有${who}${Math.max(low, 1)}至${high - 1}人`;
}

const INCOMPLETE = '（条件不完整）';

function isLeaf(c: unknown): c is LeafCondition {
  return typeof c === 'object' && c !== null && typeof (c as LeafCondition).fact === 'string';
}

/**
 * A condition in plain Chinese: leaves joined by "且" (all) or "或" (any), a group inside another in brackets; an
 * `any` of hardship categories reads "属于甲、乙或丙". An empty group, which does not validate, reads as incomplete.
 */
export function conditionWords(c: Condition | undefined, facts: ReadonlyMap<string, FactInfo>, nested = false): string {
  if (isLeaf(c)) return leafWords(c, facts);
  if (typeof c !== 'object' || c === null) return INCOMPLETE;
  if ('not' in c) return `不符合“${conditionWords(c.not, facts)}”`;
  const any = 'any' in c;
  const children: unknown = any ? c.any : (c as { all?: unknown }).all;
  if (!Array.isArray(children)) return INCOMPLETE;
  if (children.length === 0) return INCOMPLETE; // an empty group is an error (RULESET.md), never everyone or nobody
  if (children.length === 1) return conditionWords(children[0] as Condition, facts, nested);
  if (any && children.every((x) => isLeaf(x) && x.fact === 'hardship' && x.operator === 'contains')) {
    return `属于${joinOr(children.map((x) => valueWords('hardship', (x as LeafCondition).value)))}`;
  }
  const text = children.map((x) => conditionWords(x as Condition, facts, true)).join(any ? '，或' : '，且');
  return nested ? `（${text}）` : text;
}
