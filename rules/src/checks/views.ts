import type { FactInfo } from '../facts.js';
import type { Amount, FactDeclaration, HitPolicy, TopCondition } from '../types.js';
import type { Obj } from './shape.js';

/**
 * What the structural checks hand to the deeper ones: the parts of a rule set that could be read,
 * each with its JSON pointer and its Chinese name. A part whose structure is broken is left out or
 * left without the field, so the deeper checks skip it instead of guessing.
 */
export interface SectionView {
  index: number;
  path: string;
  where: string;
  obj: Obj;
  key?: string;
  label?: string;
  hitPolicy?: HitPolicy;
  /** The rules, when `rules` is an array. */
  rules?: unknown[];
}

export interface RuleView {
  section: SectionView;
  index: number;
  path: string;
  where: string;
  obj: Obj;
  id?: string;
  /** For a row of a tier table (a TIER section's “缴费 ≥ threshold” rule): its threshold in yuan; `where` then names the row. */
  tier?: number;
  /** Set once the condition passed its checks. */
  when?: TopCondition;
  /** Set once the amount passed its checks. */
  amount?: Amount;
}

/** The facts rules may name: built-in and well declared ones, and declared names whose declaration is broken. */
export interface FactTable {
  known: Map<string, FactInfo>;
  /** Declared, but the declaration is bad: rules naming it are not reported again, nor evaluated. */
  opaque: Set<string>;
  declared: FactDeclaration[];
}
