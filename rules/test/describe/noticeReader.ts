/**
 * A villager reading the notice: a member's amount from `describeRuleSet`'s clauses alone, with its own reading of
 * conditions and money and no call into the evaluator. The property test compares it with the evaluated outcome.
 */
import type { Pays, Who } from '../../src/describe/clauses.js';
import type { RuleSetDescription } from '../../src/describe/describeRuleSet.js';
import type { Condition } from '../../src/types.js';

export type Facts = Record<string, unknown>;

/** What the member gets by the notice: each section's amount and the collective subsidy, in fen. */
export function readNotice(notice: RuleSetDescription, facts: Facts, priorCreditFen: number): { sections: number[]; collective: number } {
  // The eligibility sentences: a member of the collective, paying this year's contribution.
  if (facts.isCollectiveMember !== true || facts.paymentType !== 'CURRENT' || facts.contribution === null)
    return { sections: [], collective: 0 };
  const sections = notice.sections.map((s) =>
    combine(
      s.combine,
      s.clauses.filter((c) => fits(c.who, facts)).map((c) => paid(c.pays, facts)),
    ),
  );
  let collective = sections.reduce((a, b) => a + b, 0);
  if (notice.caps.personCapFen !== null) collective = Math.min(collective, notice.caps.personCapFen);
  return { sections, collective: Math.min(collective, Math.max(0, notice.caps.regionMaxFen! - priorCreditFen)) };
}

function combine(how: string | null, amounts: number[]): number {
  if (amounts.length === 0) return 0;
  if (how === null && amounts.length > 1) throw new Error(`clauses said never to overlap, yet ${amounts.length} fit`);
  if (how === null || how === 'FIRST') return amounts[0]!;
  return how === 'MAX' ? Math.max(...amounts) : amounts.reduce((a, b) => a + b, 0);
}

function fits(who: Who, f: Facts): boolean {
  switch (who.kind) {
    case 'everyone':
      return true;
    case 'tiers':
      return who.tiers.includes(f.contribution as number);
    case 'categories':
      return who.categories.some((c) => (f.hardship as string[]).includes(c));
    case 'band':
      return holds(who.from, f) && !(who.above && holds(who.above, f));
    case 'condition':
      return holds(who.condition!, f);
  }
}

/** A condition as RULESET.md words it: a fact the member has no value for satisfies no comparison. */
function holds(c: Condition, f: Facts): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, f));
  if ('any' in c) return c.any.some((x) => holds(x, f));
  if ('not' in c) return !holds(c.not, f);
  const v = f[c.fact];
  if (v === undefined || v === null) return false;
  const w = c.value as never;
  const list = Array.isArray(c.value) ? (c.value as unknown[]) : [];
  const compare: Record<string, () => boolean> = {
    equal: () => v === w,
    notEqual: () => v !== w,
    in: () => list.includes(v),
    notIn: () => !list.includes(v),
    lessThan: () => (v as number) < w,
    lessThanInclusive: () => (v as number) <= w,
    greaterThan: () => (v as number) > w,
    greaterThanInclusive: () => (v as number) >= w,
    contains: () => (v as unknown[]).includes(w),
    doesNotContain: () => !(v as unknown[]).includes(w),
  };
  return compare[c.operator]!();
}

/** Millionths of a number with at most six decimals, exactly. */
const micros = (x: number): bigint => BigInt(Math.round(x * 1e6));

function paid(pays: Pays, f: Facts): number {
  if (pays.kind === 'fen') return pays.fen;
  const amount = pays.amount!;
  if ('fixed' in amount) return Math.round(amount.fixed * 100);
  const base = f[amount.of];
  if (typeof base !== 'number') return 0; // "未登记…的，不补助"
  // rate × base yuan in fen = r·b·100 / 10^12, half up
  let fen = Number((micros(amount.rate) * micros(base) * 200n + 10n ** 12n) / (2n * 10n ** 12n));
  if (amount.min !== undefined) fen = Math.max(fen, Math.round(amount.min * 100));
  if (amount.max !== undefined) fen = Math.min(fen, Math.round(amount.max * 100));
  return fen;
}
