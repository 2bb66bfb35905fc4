/** Which scheme pays a village's year (API.md "A scheme pays when it has a filed version and is not SUSPENDED"). */
import type { SchemeStatus } from './statuses.js';

/** The years a filed rule set covers: its `year` up to its `lastYear` (default: the same year). */
export interface CoveredYears {
  year: number;
  lastYear?: number | null;
}

export interface PayingCandidate {
  status: SchemeStatus;
  filedVersion: CoveredYears | null;
}

/**
 * Whether the scheme pays for `year`: it has a filed version, it is not SUSPENDED, and the filed version's years
 * include `year`. During an amendment (DRAFT or SUBMITTED after a filing) the filed version keeps paying.
 */
export function paysFor(scheme: PayingCandidate, year: number): boolean {
  const filed = scheme.filedVersion;
  if (!filed || scheme.status === 'SUSPENDED') return false;
  return filed.year <= year && year <= (filed.lastYear ?? filed.year);
}

/**
 * The scheme that pays for `year` among a village's schemes, or null. When several would (a multi-year standard
 * and a later one), the one starting latest wins: it is the village's newer decision.
 */
export function payingScheme<S extends PayingCandidate & { year: number }>(schemes: readonly S[], year: number): S | null {
  const paying = schemes.filter((s) => paysFor(s, year));
  paying.sort((a, b) => b.year - a.year);
  return paying[0] ?? null;
}
