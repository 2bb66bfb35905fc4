/** A roster result's figures for the reform comparison, and their sums over villages (all fen). */
import type { Fen } from '../money.js';
import type { OutcomeFen, TotalsFen } from '../types.js';
import type { ChangeCounts, ReformFigures } from './types.js';

export function emptyFigures(): ReformFigures {
  const zero = 0 as Fen;
  return { members: 0, paid: 0, contribution: zero, collective: zero, donation: zero, governmentSubsidy: zero, accountCredit: zero };
}

/** The figures of one evaluated roster. */
export function figuresOf(totals: TotalsFen, outcomes: readonly OutcomeFen[]): ReformFigures {
  let paid = 0;
  for (const o of outcomes) if (o.collective > 0) paid++;
  const { members, contribution, collective, donation, governmentSubsidy, accountCredit } = totals;
  return { members, paid, contribution, collective, donation, governmentSubsidy, accountCredit };
}

/** Adds `b` into `a` (a village into its township, county or region). */
export function addFigures(a: ReformFigures, b: ReformFigures): ReformFigures {
  a.members += b.members;
  a.paid += b.paid;
  a.contribution = (a.contribution + b.contribution) as Fen;
  a.collective = (a.collective + b.collective) as Fen;
  a.donation = (a.donation + b.donation) as Fen;
  a.governmentSubsidy = (a.governmentSubsidy + b.governmentSubsidy) as Fen;
  a.accountCredit = (a.accountCredit + b.accountCredit) as Fen;
  return a;
}

/** Counts each member's change (after − before) of one money field, into `counts`. */
export function countChanges(
  counts: ChangeCounts,
  before: readonly OutcomeFen[],
  after: readonly OutcomeFen[],
  field: 'collective' | 'accountCredit',
): ChangeCounts {
  for (let i = 0; i < before.length; i++) {
    const change = after[i]![field] - before[i]![field];
    counts.set(change, (counts.get(change) ?? 0) + 1);
  }
  return counts;
}

/** Adds the counts of `b` into `a`. */
export function addChanges(a: ChangeCounts, b: ChangeCounts): ChangeCounts {
  for (const [change, n] of b) a.set(change, (a.get(change) ?? 0) + n);
  return a;
}
