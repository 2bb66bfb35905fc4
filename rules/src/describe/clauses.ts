/**
 * The notice in structured form: each section of a rule set as clauses "who → what they get", from which the
 * notice's lines are printed (clauseLines.ts). It says exactly what the settlement pays: the property test
 * `notice = payment` reads a member's amount from these clauses alone and compares it with the evaluator's.
 */
import type { Fen } from '../money.js';
import type { Amount, Condition, Hardship, HitPolicy, LeafCondition, RateAmount } from '../types.js';

/** Whom a clause is about (everyone here has passed the gates: the notice's eligibility sentences). */
export type Who =
  /** Every member paid: the condition holds for all whom the gates let through. */
  | { kind: 'everyone' }
  /** Members paying one of these tiers (yuan, ascending); `all`: every tier of the year. */
  | { kind: 'tiers'; tiers: number[]; all: boolean }
  /** Members in at least one of these hardship categories. */
  | { kind: 'categories'; categories: Hardship[] }
  /** Members for whom `from` holds and `above` (the threshold of the clause before, if any) does not. */
  | { kind: 'band'; from: LeafCondition; above: LeafCondition | null }
  /** Members for whom the rule's condition holds (as written; undefined in a document that does not validate). */
  | { kind: 'condition'; condition: Condition | undefined };

/** What the clause pays. */
export type Pays =
  /** A sum worked out for the clause's members (0: nothing), with the rate it comes from, if one. */
  | { kind: 'fen'; fen: Fen; rate: RateAmount | null }
  /** The rule's amount as written (a rate is then worked out on the member's own figure). */
  | { kind: 'amount'; amount: Amount | undefined };

export interface Clause {
  who: Who;
  pays: Pays;
}

/** A section as clauses, and how they combine for a member several of them fit (null: they never overlap). */
export interface SectionClauses {
  key: string;
  label: string;
  combine: HitPolicy | null;
  clauses: Clause[];
}

/** The per-person limits the notice states: the village cap and the region cap (null when not known). */
export interface NoticeCaps {
  personCapFen: Fen | null;
  regionMaxFen: Fen | null;
}
