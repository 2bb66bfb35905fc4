/** Chinese names of the places in a rule set, as messages name them (1-based, as a cadre counts). */
import { toYuan, type Fen } from '../money.js';

export const DOCUMENT = '规则集';

export function sectionWhere(section: number): string {
  return `第${section + 1}节`;
}

export function ruleWhere(section: number, rule: number): string {
  return `第${section + 1}节第${rule + 1}条规则`;
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
