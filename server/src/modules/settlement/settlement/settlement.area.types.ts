import { Field, ID, Int, ObjectType } from 'type-graphql';
import { fenToYuan, type Totals } from '@cunce/rules';
import { TotalsType } from '../../lifecycle/simulation/simulation.types.js';
import type { AreaSettled, SettledTotals } from './settlement.area.js';

@ObjectType('AreaSettledVillage', { description: 'A village’s draft stored by settleVillages' })
export class AreaSettledVillageType {
  @Field(() => String, { description: '12-digit village code' })
  villageCode!: string;

  @Field(() => String, { description: '村名' })
  villageName!: string;

  @Field(() => ID, { description: 'The draft settlement’s id (the village’s `settlement` query)' })
  settlementId!: string;

  @Field(() => TotalsType, { description: 'The draft’s sums (yuan)' })
  totals!: Totals;
}

@ObjectType('AreaSettlementRefusal', { description: 'A village settleVillages did not settle, and why (nothing of it was stored)' })
export class AreaSettlementRefusalType {
  @Field(() => String, { description: '12-digit village code' })
  villageCode!: string;

  @Field(() => String, { description: '村名' })
  villageName!: string;

  @Field(() => String, { description: 'The error code its own settle would give (e.g. CONFLICT, ROSTER_IS_PRACTICE, BAD_USER_INPUT)' })
  code!: string;

  @Field(() => String, { description: '原因及处理办法（与逐村结算的提示相同）' })
  message!: string;
}

@ObjectType('AreaSettlement', {
  description: '批量结算：一个县（区）或全区各村按执行中的标准结算为草稿，与逐村结算的结果相同；确认仍由各村村干部逐村进行',
})
export class AreaSettlementType {
  @Field(() => String, { nullable: true, description: '6-digit county code; null: the whole region' })
  countyCode!: string | null;

  @Field(() => Int, { description: 'Scheme year settled' })
  year!: number;

  @Field(() => Int, { description: '花名册有成员的村数（本次结算的范围）' })
  villages!: number;

  @Field(() => Int, { description: '该年度花名册为空的村数（未结算，也不算拒绝）' })
  withoutRoster!: number;

  @Field(() => Int, { description: '已保存草稿的村数' })
  settledCount!: number;

  @Field(() => TotalsType, { description: 'Sums over the drafts stored (yuan)' })
  totals!: Totals;

  @Field(() => [AreaSettledVillageType], { description: '已保存草稿的村，按村代码' })
  settled!: AreaSettledVillageType[];

  @Field(() => [AreaSettlementRefusalType], { description: '未结算的村及原因，按村代码' })
  refused!: AreaSettlementRefusalType[];

  static from(countyCode: string | null, year: number, a: AreaSettled): AreaSettlementType {
    const sum = a.settled.reduce(add, zero());
    return Object.assign(new AreaSettlementType(), {
      countyCode,
      year,
      villages: a.villages,
      withoutRoster: a.withoutRoster,
      settledCount: a.settled.length,
      totals: yuan(sum),
      settled: a.settled.map((s) => ({
        villageCode: s.village.code,
        villageName: s.village.name,
        settlementId: String(s.settlementId),
        totals: yuan(s.totals),
      })),
      refused: a.refused.map((r) => ({ villageCode: r.village.code, villageName: r.village.name, code: r.code, message: r.message })),
    });
  }
}

const zero = (): SettledTotals => ({
  members: 0,
  eligible: 0,
  contributionFen: 0,
  governmentSubsidyFen: 0,
  collectiveFen: 0,
  donationFen: 0,
  donationExcessFen: 0,
  accountCreditFen: 0,
});

function add(sum: SettledTotals, { totals: t }: { totals: SettledTotals }): SettledTotals {
  return {
    members: sum.members + t.members,
    eligible: sum.eligible + t.eligible,
    contributionFen: sum.contributionFen + t.contributionFen,
    governmentSubsidyFen: sum.governmentSubsidyFen + t.governmentSubsidyFen,
    collectiveFen: sum.collectiveFen + t.collectiveFen,
    donationFen: sum.donationFen + t.donationFen,
    donationExcessFen: sum.donationExcessFen + t.donationExcessFen,
    accountCreditFen: sum.accountCreditFen + t.accountCreditFen,
  };
}

function yuan(t: SettledTotals): Totals {
  return {
    members: t.members,
    eligible: t.eligible,
    contribution: fenToYuan(t.contributionFen),
    governmentSubsidy: fenToYuan(t.governmentSubsidyFen),
    collective: fenToYuan(t.collectiveFen),
    donation: fenToYuan(t.donationFen),
    donationExcess: fenToYuan(t.donationExcessFen),
    accountCredit: fenToYuan(t.accountCreditFen),
  };
}
