import type { FactInfo } from '../facts.js';
import { HARDSHIP_LABELS } from '../facts.js';
import { fromYuan, toYuan, type Fen } from '../money.js';
import type { PolicyYear, Section } from '../types.js';
import type { Issues } from './issues.js';
import { yuan } from './labels.js';
import { BASE_FACTS, combinations, interestingValues, SAMPLE_LIMIT } from './monotoneSamples.js';
import { compileSection } from '../evaluate/sections.js';
import { WORK_BUDGET, weightOf } from './workBudget.js';
import type { SectionView } from './views.js';

export interface SoundSection {
  view: SectionView;
  section: Section;
}

/**
 * NOT_MONOTONE (93号: 多缴多得), at the section: a member would get a smaller `raw` (the sum of the
 * sections) on a higher tier than on the tier below, everything else equal. Tried for the tiers of every
 * covered year, over combinations of the values the rule set's own conditions mention
 * (monotoneSamples.ts; fewer for a heavy document: workBudget.ts). Reported on the section whose
 * amount drops, once per section.
 */
export function checkMonotone(
  issues: Issues,
  sections: readonly SoundSection[],
  policies: readonly PolicyYear[],
  facts: ReadonlyMap<string, FactInfo>,
): void {
  const plain = sections.map((s) => s.section);
  const compiled = plain.map(compileSection);
  const values = interestingValues(plain, facts);
  const tierLists = distinctTiers(policies);
  const samples = combinations(values, sampleLimit(plain, tierLists));
  const reported = new Set<number>();
  for (const tiers of tierLists) {
    for (const sample of samples) {
      const amounts = tiers.map((fen) => {
        const facts = { ...BASE_FACTS, ...sample, contribution: toYuan(fen) };
        return compiled.map((section) => section(facts).amount);
      });
      for (let k = 1; k < tiers.length; k++) {
        const [lower, higher] = [amounts[k - 1]!, amounts[k]!];
        if (sum(higher) >= sum(lower)) continue;
        const at = Math.max(
          0,
          higher.findIndex((fen, s) => fen < lower[s]!),
        );
        if (reported.has(at)) continue;
        reported.add(at);
        const { view } = sections[at]!;
        issues.warn(
          view.path,
          'NOT_MONOTONE',
          `${view.where}（${view.label}）不符合多缴多得：缴费${toYuan(tiers[k]!)}元的成员集体补助合计${yuan(sum(higher))}，` +
            `少于缴费${toYuan(tiers[k - 1]!)}元的成员的${yuan(sum(lower))}（本节从${yuan(lower[at]!)}降到${yuan(higher[at]!)}` +
            `${describe(sample, facts)}）：请调整本节金额，使较高档次不少于较低档次`,
        );
      }
      if (reported.size === sections.length) return;
    }
  }
}

/** SAMPLE_LIMIT, or fewer samples when evaluating the document once per tier is heavy. */
function sampleLimit(sections: readonly Section[], tierLists: readonly Fen[][]): number {
  const weight = sections.reduce((n, s) => n + s.rules.reduce((m, r) => m + weightOf(r.when) + 1, 1), 0);
  const tiers = tierLists.reduce((n, l) => n + l.length, 0);
  return Math.max(1, Math.min(SAMPLE_LIMIT, Math.floor(WORK_BUDGET / (weight * Math.max(1, tiers)))));
}

/** Each distinct list of tiers (fen, ascending) among the years. */
function distinctTiers(policies: readonly PolicyYear[]): Fen[][] {
  const lists = policies.map((p) => [...new Set(p.tiers.map((t) => fromYuan(t.amount) ?? (0 as Fen)))].sort((a, b) => a - b));
  return [...new Map(lists.map((l) => [l.join(','), l])).values()];
}

function sum(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0) as Fen;
}

/** "；其他条件相同，如 年龄（周岁）=60、困难类别=低保对象" for the facts the sample sets. */
function describe(sample: Record<string, unknown>, facts: ReadonlyMap<string, FactInfo>): string {
  const parts = Object.entries(sample).map(([name, v]) => `${facts.get(name)?.label ?? name}=${valueText(v)}`);
  return parts.length ? `；其他条件相同，如 ${parts.join('、')}` : '；其他条件相同';
}

function valueText(value: unknown): string {
  if (value === undefined) return '未填';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length ? value.map((v) => HARDSHIP_LABELS[v as string] ?? String(v)).join('+') : '无';
  return String(value);
}
