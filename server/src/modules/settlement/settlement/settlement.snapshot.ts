import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';

/** The settlement without its outcome rows, as plain JSON for audit entries. */
export function settlementSnapshot(s: Settlement): Record<string, unknown> {
  return {
    id: s.id,
    village: s.village.code,
    year: s.year,
    status: s.status,
    supplementary: s.supplementary,
    version: s.ruleSetVersion?.version ?? null,
    schemeActive: s.schemeActive,
    members: s.membersCount,
    eligible: s.eligibleCount,
    collectiveFen: s.collectiveFen,
    donationFen: s.donationFen,
    governmentSubsidyFen: s.governmentSubsidyFen,
    budgetExceeded: s.budgetExceeded,
    prorateFactor: s.prorateFactor,
    warnings: s.warnings.length,
  };
}
