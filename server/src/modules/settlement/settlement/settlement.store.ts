/** A settlement's outcome rows (no traces are stored): built from the evaluation, written in batches. */
import type { Member as CheckedMember, OutcomeFen } from '@cunce/rules';
import { batchInsert } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';

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

export async function insertOutcomes(em: Em, settlementId: number, rows: readonly OutcomeRow[]): Promise<void> {
  await batchInsert(em, SettlementOutcome, rows, { settlement: settlementId });
}
