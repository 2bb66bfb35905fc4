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
registerEnumType(SettlementStatusEnum, { name: 'SettlementStatus', description: '结算状态：草稿、村集体已确认、经办机构已受理' });

/** A village's settlement of a year; `outcomes` is resolved in SettlementResolver (ID numbers masked by role). */
@ObjectType('Settlement')
export class SettlementType {
  @Field(() => ID)
  id!: string;

  @Field(() => SettlementStatusEnum)
  status!: SettlementStatus;

  @Field(() => Int, { nullable: true, description: '所执行的补助标准版本号；没有在实施的方案时为空' })
  version!: number | null;

  @Field(() => String)
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: '补充结算：只含尚未在已确认结算中的成员' })
  supplementary!: boolean;

  @Field(() => Boolean, { description: '结算时方案是否在实施；否则每人均有 SCHEME_NOT_ACTIVE，不能确认' })
  schemeActive!: boolean;

  @Field(() => TotalsType)
  totals!: Totals;

  @Field(() => Boolean)
  budgetExceeded!: boolean;

  @Field(() => Float, { nullable: true })
  prorateFactor!: number | null;

  @Field(() => [RowIssueType])
  warnings!: RowIssue[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => String, { nullable: true })
  confirmedBy!: string | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true })
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

function totalsOf(s: Settlement): Totals {
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
