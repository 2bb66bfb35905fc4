import { REASON_LABELS } from '../facts.js';
import type { Diff } from './compare.js';

/**
 * A test case's expectation and its differences in the words of the editor's outcome (RULESET.md "Test
 * cases"): 享受/不享受 and why, 集体补助 in yuan, each part by the label the section carries. `sections` maps a
 * section's key, and a rule's id, to its label (`outcomeLabels`).
 */
export type SectionLabels = Readonly<Record<string, string>>;

/** The labels of a rule set's sections (by key) and rules (by id), for the words below. */
export function outcomeLabels(doc: {
  sections?: readonly { key: string; label?: string; rules?: readonly { id: string; label?: string }[] }[];
}): SectionLabels {
  const labels: Record<string, string> = {};
  for (const s of doc.sections ?? []) {
    if (s.label) labels[s.key] = s.label;
    for (const r of s.rules ?? []) if (r.label) labels[r.id] = r.label;
  }
  return labels;
}

const FIELD_WORDS: Record<string, string> = {
  idNumber: '身份证号',
  eligible: '是否享受',
  reasons: '原因',
  age: '年龄',
  raw: '规则合计（封顶前）',
  collective: '集体补助',
  donation: '社会资助',
  donationExcess: '退回的社会资助',
  governmentSubsidy: '政府补贴',
  accountCredit: '记入个人账户',
};
const MONEY = new Set(['raw', 'collective', 'donation', 'donationExcess', 'governmentSubsidy', 'accountCredit']);

const yuan = (v: unknown) => (typeof v === 'number' ? `${v} 元` : '（无）');
const reasons = (v: unknown) => (Array.isArray(v) && v.length ? v.map((r) => REASON_LABELS[r as string] ?? String(r)).join('、') : '无');
const sectionName = (key: string, sections: SectionLabels) => `“${sections[key] ?? key}”`;

/** The expectation on one line: “享受；集体补助 50 元；“按缴费档次” 30 元”. */
export function expectWords(expect: Record<string, unknown>, sections: SectionLabels = {}): string {
  const parts: string[] = [];
  for (const [field, value] of Object.entries(expect)) {
    if (field === 'eligible') parts.push(value ? '享受' : '不享受');
    else if (field === 'reasons') parts.push(`原因：${reasons(value)}`);
    else if (field === 'sections') parts.push(...sectionWords(value, sections));
    else if (MONEY.has(field)) parts.push(`${FIELD_WORDS[field]} ${yuan(value)}`);
    else parts.push(`${FIELD_WORDS[field] ?? field} ${String(value)}`);
  }
  return parts.join('；');
}

function sectionWords(value: unknown, sections: SectionLabels): string[] {
  if (!Array.isArray(value)) return [];
  if (value.length === 0) return ['不计算任何部分'];
  return value.map((s: { key: string; amount?: unknown; ruleIds?: unknown }) =>
    [
      sectionName(s.key, sections),
      'amount' in s ? yuan(s.amount) : '',
      Array.isArray(s.ruleIds) ? `（按 ${list(s.ruleIds, sections)}）` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** One difference: “集体补助：预期 50 元，实际 30 元”, ““按缴费档次”的金额：预期 30 元，实际 20 元”. */
export function diffWords(d: Diff, sections: SectionLabels = {}): string {
  const section = /^sections\[(.+?)\](?:\.(amount|ruleIds))?$/.exec(d.field);
  if (section) {
    const name = sectionName(section[1]!, sections);
    if (section[2] === 'amount') return `${name}的金额：预期 ${yuan(d.expected)}，实际 ${yuan(d.actual)}`;
    if (section[2] === 'ruleIds') return `${name}适用的规则：预期 ${list(d.expected, sections)}，实际 ${list(d.actual, sections)}`;
    return `${name}：预期计算这一部分，实际没有计算`;
  }
  if (d.field === 'sections') return '预期不计算任何部分，实际计算了';
  const word = FIELD_WORDS[d.field] ?? d.field;
  if (d.field === 'eligible') return `${word}：预期${d.expected ? '享受' : '不享受'}，实际${d.actual ? '享受' : '不享受'}`;
  if (d.field === 'reasons') return `${word}：预期 ${reasons(d.expected)}，实际 ${reasons(d.actual)}`;
  if (MONEY.has(d.field)) return `${word}：预期 ${yuan(d.expected)}，实际 ${yuan(d.actual)}`;
  return `${word}：预期 ${String(d.expected)}，实际 ${String(d.actual)}`;
}

const list = (v: unknown, labels: SectionLabels) =>
  Array.isArray(v) && v.length ? v.map((id: string) => `“${labels[id] ?? id}”`).join('、') : '无';
