/** GraphQL types of a reform simulation's parts (money in yuan). */
import { toYuan, type BudgetState, type ChangeBucket, type ReformFigures, type TierMove } from '@cunce/rules';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ReformLevel } from './reform.result.js';

export const ReformLevelEnum = { REGION: 'REGION', COUNTY: 'COUNTY', TOWNSHIP: 'TOWNSHIP', VILLAGE: 'VILLAGE' } as const satisfies Record<
  ReformLevel,
  ReformLevel
>;
registerEnumType(ReformLevelEnum, {
  name: 'ReformLevel',
  description: '测算行的层级：全区、县（区）、乡镇、村',
  valuesConfig: {
    REGION: { description: 'The whole region (全区)' },
    COUNTY: { description: 'A county (县、区)' },
    TOWNSHIP: { description: 'A township (乡镇)' },
    VILLAGE: { description: 'A village (村)' },
  },
});

@ObjectType('ReformFigures', { description: '一次测算的合计（元）' })
export class ReformFiguresType {
  @Field(() => Int, { description: '花名册人数' }) members!: number;
  @Field(() => Int, { description: '获集体补助人数' }) paid!: number;
  @Field(() => Float, { description: '个人缴费' }) contribution!: number;
  @Field(() => Float, { description: '集体补助' }) collective!: number;
  @Field(() => Float, { description: '社会资助（计入部分）' }) donation!: number;
  @Field(() => Float, { description: '政府缴费补贴' }) governmentSubsidy!: number;
  @Field(() => Float, { description: '计入个人账户' }) accountCredit!: number;

  static from(f: ReformFigures): ReformFiguresType {
    return Object.assign(new ReformFiguresType(), {
      members: f.members,
      paid: f.paid,
      contribution: toYuan(f.contribution),
      collective: toYuan(f.collective),
      donation: toYuan(f.donation),
      governmentSubsidy: toYuan(f.governmentSubsidy),
      accountCredit: toYuan(f.accountCredit),
    });
  }
}

@ObjectType('ReformBudgetState', { description: 'A village’s collective subsidy against its budget under one policy year' })
export class ReformBudgetStateType {
  @Field(() => Float, { description: '不计预算时符合条件成员的集体补助合计（元）' }) wanted!: number;
  @Field(() => Boolean, { description: '超出预算且按 REJECT 处理：结算不能确认' }) exceeded!: boolean;
  @Field(() => Float, { nullable: true, description: '超出预算且按 PRORATE 处理：预算 ÷ 合计' }) prorateFactor!: number | null;

  static from(s: BudgetState): ReformBudgetStateType {
    return Object.assign(new ReformBudgetStateType(), {
      wanted: toYuan(s.wantedFen),
      exceeded: s.exceeded,
      prorateFactor: s.prorateFactor,
    });
  }
}

@ObjectType('ReformTierMove', { description: '草案已取消的档次上的成员，按最近档次测算' })
export class ReformTierMoveType {
  @Field(() => Float, { description: 'The tier removed by the draft, in yuan' }) from!: number;
  @Field(() => Float, { description: 'The nearest tier of the draft the members are simulated on, in yuan' }) to!: number;
  @Field(() => Int, { description: 'Members moved' }) members!: number;

  static from(m: TierMove): ReformTierMoveType {
    return Object.assign(new ReformTierMoveType(), { from: toYuan(m.fromFen), to: toYuan(m.toFen), members: m.members });
  }
}

@ObjectType('ReformChangeBucket', { description: '每人变化额（元，草案减基准）在 from 至 to 之间的人数' })
export class ReformChangeBucketType {
  @Field(() => Float, { description: 'Lower bound of the change (draft minus base), in yuan' }) from!: number;
  @Field(() => Float, { description: 'Upper bound of the change (draft minus base), in yuan' }) to!: number;
  @Field(() => Int, { description: 'Members whose change falls in the range' }) members!: number;

  static from(b: ChangeBucket): ReformChangeBucketType {
    return Object.assign(new ReformChangeBucketType(), { from: toYuan(b.fromFen), to: toYuan(b.toFen), members: b.members });
  }
}

@ObjectType('ReformProgress', { description: '测算进度：已算村数 / 范围内村数' })
export class ReformProgressType {
  @Field(() => Int, { description: 'Villages to simulate' }) villages!: number;
  @Field(() => Int, { description: 'Villages simulated so far' }) done!: number;
}
