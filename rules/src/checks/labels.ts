/** Chinese names of the places in a rule set, as messages name them (1-based, as a cadre counts). */
import { toYuan, type Fen } from '../money.js';

export const DOCUMENT = '规则集';

export function sectionWhere(section: number): string {
  return `第${section + 1}节`;
}

export function ruleWhere(section: number, rule: number): string {
  return `第${section + 1}节第${rule + 1}条规则`;
}

/** A row of a tier table as the cadre sees it: “档次补助”的200元档. */
export function tierWhere(sectionLabel: string | undefined, threshold: number): string {
  return `${sectionLabel ? `“${sectionLabel}”的` : ''}${threshold}元档`;
}

/** A rule's id in brackets after its place, except for a tier row, which its threshold names. */
export function named(rule: { id?: string; tier?: number }): string {
  return rule.id && rule.tier === undefined ? `（${rule.id}）` : '';
}

export function factWhere(fact: number): string {
  return `第${fact + 1}个自定义事实`;
}

export function testWhere(test: number): string {
  return `第${test + 1}个测试用例`;
}

/** Yuan from fen, as a message shows money. */
export function yuan(fen: Fen): string {
  return `${toYuan(fen)}元`;
}
