/** Writing a settlement's outcome rows (no traces are stored), in batches. */
import type { Member as CheckedMember, OutcomeFen } from '@cunce/rules';
import { batchInsert } from '../../db/batchInsert.js';
import type { Em } from '../../db/orm.js';
import type { Settlement } from './settlement.entity.js';
import { SettlementOutcome } from './settlementOutcome.entity.js';

export async function insertOutcomes(em: Em, settlement: Settlement, outcomes: readonly OutcomeFen[], members: readonly CheckedMember[]): Promise<void> {
  const rows = outcomes.map((o, i) => ({
    settlement: settlement.id,
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
  await batchInsert(em, SettlementOutcome, rows);
}
