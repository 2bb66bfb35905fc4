import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { Hardship, PolicyTier, PolicyYear } from '@cunce/rules';
import { HardshipEnum } from '../../../graphql/enums.js';

@ObjectType('Tier')
export class TierType {
  @Field(() => Float, { description: '档次（元）' })
  amount!: number;

  @Field(() => Float, { description: '该档政府补贴（元）' })
  governmentSubsidy!: number;

  @Field(() => Boolean, { description: '仅限困难群体选择' })
  hardshipOnly!: boolean;

  static from(tier: PolicyTier): TierType {
    return Object.assign(new TierType(), tier);
  }
}

@ObjectType('PolicyYear')
export class PolicyYearType {
  @Field(() => Int)
  year!: number;

  @Field(() => [TierType])
  tiers!: TierType[];

  @Field(() => TierType, { description: '最高档（始终为最大的档次）' })
  maxTier!: TierType;

  @Field(() => [HardshipEnum])
  hardshipTierCategories!: Hardship[];

  @Field(() => Boolean)
  backPayEarnsSubsidy!: boolean;

  @Field(() => Boolean, { description: '该年度已有确认的结算，政策参数不可再改' })
  frozen!: boolean;

  static from(policy: PolicyYear, frozen: boolean): PolicyYearType {
    const tiers = policy.tiers.map(TierType.from);
    const maxTier = tiers.reduce((max, t) => (t.amount > max.amount ? t : max), tiers[0]!);
    return Object.assign(new PolicyYearType(), {
      year: policy.year,
      tiers,
      maxTier,
      hardshipTierCategories: policy.hardshipTierCategories,
      backPayEarnsSubsidy: policy.backPayEarnsSubsidy,
      frozen,
    });
  }
}

@InputType('TierInput')
export class TierInput {
  @Field(() => Float)
  amount!: number;

  @Field(() => Float)
  governmentSubsidy!: number;

  @Field(() => Boolean, { defaultValue: false })
  hardshipOnly!: boolean;
}

@InputType('PolicyYearInput')
export class PolicyYearInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [TierInput])
  tiers!: TierInput[];

  @Field(() => [HardshipEnum])
  hardshipTierCategories!: Hardship[];

  @Field(() => Boolean)
  backPayEarnsSubsidy!: boolean;
}
