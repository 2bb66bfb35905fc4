import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { fenToYuan, type RowIssue, type Totals } from '@cunce/rules';
import { TotalsType } from '../../lifecycle/simulation/simulation.types.js';
import { RowIssueType } from '../../lifecycle/simulation/validation.types.js';
import { SETTLEMENT_STATUSES, type Settlement, type SettlementStatus } from '../../lifecycle/settlementRecord/settlement.entity.js';
import type { OutcomeRow } from './settlement.store.js';

export const SettlementStatusEnum = Object.fromEntries(SETTLEMENT_STATUSES.map((s) => [s, s])) as Record<
  SettlementStatus,
  SettlementStatus
>;
registerEnumType(SettlementStatusEnum, {
  name: 'SettlementStatus',
  description: '结算状态：草稿、村集体已确认、经办机构已受理',
  valuesConfig: {
    DRAFT: { description: 'Draft (草稿): replaced by the next settle' },
    CONFIRMED: { description: 'Confirmed by the village cadre (村集体已确认): commits the collective’s money, never changes' },
    ACCEPTED: { description: 'Accepted by the social insurance agency (经办机构已受理)' },
  },
});

/** A village's settlement of a year; `outcomes` is resolved in SettlementResolver (ID numbers masked by role). */
@ObjectType('Settlement', {
  description:
    'A village’s settlement (结算) of a year: every member’s collective subsidy under the paying rule set, from draft to confirmed and accepted',
})
export class SettlementType {
  @Field(() => ID, { description: 'Settlement id' })
  id!: string;

  @Field(() => SettlementStatusEnum, { description: 'Draft, confirmed by the village or accepted by the agency' })
  status!: SettlementStatus;

  @Field(() => Int, { nullable: true, description: '所执行的补助标准版本号；没有在实施的方案时为空' })
  version!: number | null;

  @Field(() => String, { description: '12-digit village code' })
  villageCode!: string;

  @Field(() => Int, { description: 'Scheme year settled' })
  year!: number;

  @Field(() => Boolean, { description: '补充结算：只含尚未在已确认结算中的成员' })
  supplementary!: boolean;

  @Field(() => Boolean, { description: '结算时方案是否在实施；否则每人均有 SCHEME_NOT_ACTIVE，不能确认' })
  schemeActive!: boolean;

  @Field(() => TotalsType, { description: 'Sums over all members (yuan)' })
  totals!: Totals;

  @Field(() => Boolean, { description: 'The eligible amounts exceed the budget under REJECT; such a settlement cannot be confirmed' })
  budgetExceeded!: boolean;

  @Field(() => Float, {
    description: 'budget ÷ total to 6 decimals when the amounts were prorated (PRORATE); null otherwise',
    nullable: true,
  })
  prorateFactor!: number | null;

  @Field(() => [RowIssueType], {
    description: 'Row warnings of the roster (e.g. a member already in another village’s confirmed settlement)',
  })
  warnings!: RowIssue[];

  @Field(() => Date, { description: 'When it was settled' })
  createdAt!: Date;

  @Field(() => String, { description: 'Username of who settled it' })
  createdBy!: string;

  @Field(() => Date, { description: 'When the village cadre confirmed it; null while a draft', nullable: true })
  confirmedAt!: Date | null;

  @Field(() => String, { description: 'Username of the cadre who confirmed it', nullable: true })
  confirmedBy!: string | null;

  @Field(() => Date, { description: 'When the agency accepted it; null until then', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { description: 'Username of the agency user who accepted it', nullable: true })
  acceptedBy!: string | null;

  entity!: Settlement;
  showId!: (id: string) => string;
  /** The outcome rows when already in memory (just settled); otherwise read when selected. */
  outcomeRows?: readonly OutcomeRow[];

  static from(s: Settlement, showId: (id: string) => string, outcomeRows?: readonly OutcomeRow[]): SettlementType {
    return Object.assign(new SettlementType(), {
      id: String(s.id),
      status: s.status,
      version: s.ruleSetVersion?.version ?? null,
      villageCode: s.village.code,
      year: s.year,
      supplementary: s.supplementary,
      schemeActive: s.schemeActive,
      totals: totalsOf(s),
      budgetExceeded: s.budgetExceeded,
      prorateFactor: s.prorateFactor,
      warnings: s.warnings.map((w) => ({ ...w, idNumber: showId(w.idNumber) })),
      createdAt: s.createdAt,
      createdBy: s.createdBy.username,
      confirmedAt: s.confirmedAt,
      confirmedBy: s.confirmedBy?.username ?? null,
      acceptedAt: s.acceptedAt,
      acceptedBy: s.acceptedBy?.username ?? null,
      entity: s,
      showId,
      outcomeRows,
    });
  }
}

/** A settlement's sums, money in fen (its row's columns). */
export type SettlementFigures = Pick<
  Settlement,
  | 'membersCount'
  | 'eligibleCount'
  | 'contributionFen'
  | 'governmentSubsidyFen'
  | 'collectiveFen'
  | 'donationFen'
  | 'donationExcessFen'
  | 'accountCreditFen'
>;

/** The sums in yuan, as API.md's Totals. */
export function totalsOf(s: SettlementFigures): Totals {
  return {
    members: s.membersCount,
    eligible: s.eligibleCount,
    contribution: fenToYuan(s.contributionFen),
    governmentSubsidy: fenToYuan(s.governmentSubsidyFen),
    collective: fenToYuan(s.collectiveFen),
    donation: fenToYuan(s.donationFen),
    donationExcess: fenToYuan(s.donationExcessFen),
    accountCredit: fenToYuan(s.accountCreditFen),
  };
}
