import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Totals } from '@cunce/rules';
import { TotalsType } from '../../lifecycle/simulation/simulation.types.js';
import type { AreaSettled } from './settlement.area.js';
import { totalsOf, type SettlementFigures } from './settlement.types.js';

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
    return Object.assign(new AreaSettlementType(), {
      countyCode,
      year,
      villages: a.villages,
      withoutRoster: a.withoutRoster,
      settledCount: a.settled.length,
      totals: totalsOf(sumOf(a.settled.map((s) => s.settlement))),
      settled: a.settled.map((s) => ({
        villageCode: s.village.code,
        villageName: s.village.name,
        settlementId: String(s.settlement.id),
        totals: totalsOf(s.settlement),
      })),
      refused: a.refused.map((r) => ({ villageCode: r.village.code, villageName: r.village.name, code: r.code, message: r.message })),
    });
  }
}

/** The drafts' sums, added in fen. */
function sumOf(settlements: readonly SettlementFigures[]): SettlementFigures {
  const sum = (field: keyof SettlementFigures) => settlements.reduce((n, s) => n + s[field], 0);
  return {
    membersCount: sum('membersCount'),
    eligibleCount: sum('eligibleCount'),
    contributionFen: sum('contributionFen'),
    governmentSubsidyFen: sum('governmentSubsidyFen'),
    collectiveFen: sum('collectiveFen'),
    donationFen: sum('donationFen'),
    donationExcessFen: sum('donationExcessFen'),
    accountCreditFen: sum('accountCreditFen'),
  };
}
