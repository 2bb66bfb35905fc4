/**
 * A settlement's rows as plain data, built from the evaluation (no traces are stored). Pure: a worker thread builds
 * them too (settlement.task.ts).
 */
import type { AllocationLine, Member as CheckedMember, OutcomeFen } from '@cunce/rules';
import type { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';

/** One stored outcome as plain data (money in fen). */
export type OutcomeRow = Omit<SettlementOutcome, 'id' | 'settlement'>;

/** The rows of `outcomes`, `members` being the checked members in the same order. */
export function outcomeRows(outcomes: readonly OutcomeFen[], members: readonly CheckedMember[]): OutcomeRow[] {
  return outcomes.map((o, i) => ({
    idNumber: o.idNumber,
    name: members[i]!.name,
    eligible: o.eligible,
    reasons: o.reasons,
    age: o.age,
    sections: o.sections.map((s) => ({ key: s.key, amountFen: s.amount, ruleIds: s.ruleIds })),
    rawFen: o.raw,
    collectiveFen: o.collective,
    donationFen: o.donation,
    donationExcessFen: o.donationExcess,
    governmentSubsidyFen: o.governmentSubsidy,
    accountCreditFen: o.accountCredit,
    contributionFen: members[i]!.contributionFen,
  }));
}

/** A donation allocation line as its row (without the settlement), the member's name from `members`. */
export function allocationRows(lines: readonly AllocationLine[], members: readonly CheckedMember[]) {
  return lines.map((l) => ({
    source: l.source,
    gift: l.source === 'GIFT' ? Number(l.sourceId) : null,
    pool: l.source === 'POOL' ? Number(l.sourceId) : null,
    donor: l.donorId === null ? null : Number(l.donorId),
    idNumber: l.idNumber,
    name: members[l.memberIndex]!.name,
    appliedFen: l.appliedFen,
    returnedFen: l.returnedFen,
  }));
}
