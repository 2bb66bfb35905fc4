import type { Scheme } from './scheme.entity.js';

/** The scheme as plain JSON for audit entries. */
export function schemeSnapshot(s: Scheme): Record<string, unknown> {
  return {
    id: s.id,
    village: s.village.code,
    year: s.year,
    lastYear: s.lastYear,
    status: s.status,
    filedVersion: s.filedVersion,
    currentVersion: s.currentVersion,
    filingRound: s.filingRound,
    returnReason: s.returnReason,
  };
}
