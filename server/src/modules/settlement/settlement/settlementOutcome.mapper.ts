import { fenToYuan } from '@cunce/rules';
import { SettlementOutcomeType } from './settlementOutcome.types.js';
import type { OutcomeRow } from './settlement.store.js';

export function toOutcomeType(o: OutcomeRow, showId: (id: string) => string): SettlementOutcomeType {
  return Object.assign(new SettlementOutcomeType(), {
    idNumber: showId(o.idNumber),
    name: o.name,
    eligible: o.eligible,
    reasons: o.reasons,
    age: o.age,
    sections: o.sections.map((s) => ({ key: s.key, amount: fenToYuan(s.amountFen), ruleIds: s.ruleIds })),
    raw: fenToYuan(o.rawFen),
    collective: fenToYuan(o.collectiveFen),
    donation: fenToYuan(o.donationFen),
    donationExcess: fenToYuan(o.donationExcessFen),
    governmentSubsidy: fenToYuan(o.governmentSubsidyFen),
    accountCredit: fenToYuan(o.accountCreditFen),
    contribution: o.contributionFen === null ? null : fenToYuan(o.contributionFen),
    trace: null,
  });
}
