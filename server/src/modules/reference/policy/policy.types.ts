import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { Hardship, PolicyTier, PolicyYear } from '@cunce/rules';
import { HardshipEnum } from '../../../graphql/enums.js';

@ObjectType('Tier', { description: 'A contribution tier (缴费档次) with its government subsidy' })
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

@ObjectType('PolicyYear', {
  description: 'The region’s policy of a year (政策年度): contribution tiers, government subsidies and hardship rules (POLICY.md)',
})
export class PolicyYearType {
  @Field(() => Int, { description: 'The policy year' })
  year!: number;

  @Field(() => [TierType], { description: 'Contribution tiers (缴费档次) from the lowest' })
  tiers!: TierType[];

  @Field(() => TierType, { description: '最高档（始终为最大的档次）' })
  maxTier!: TierType;

  @Field(() => [HardshipEnum], { description: 'Hardship categories that may choose the hardship-only tiers' })
  hardshipTierCategories!: Hardship[];

  @Field(() => Boolean, { description: 'Whether back payments (补缴) earn the government subsidy' })
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

@InputType('TierInput', { description: 'A contribution tier to save' })
export class TierInput {
  @Field(() => Float, { description: 'Tier (缴费档次), in yuan' })
  amount!: number;

  @Field(() => Float, { description: 'Government subsidy of the tier, in yuan' })
  governmentSubsidy!: number;

  @Field(() => Boolean, { description: 'Only hardship groups may choose it', defaultValue: false })
  hardshipOnly!: boolean;
}

@InputType('PolicyYearInput', {
  description: 'A policy year to save (region administrators; frozen once a settlement of the year is confirmed)',
})
export class PolicyYearInput {
  @Field(() => Int, { description: 'The policy year' })
  year!: number;

  @Field(() => [TierInput], { description: 'Contribution tiers from the lowest' })
  tiers!: TierInput[];

  @Field(() => [HardshipEnum], { description: 'Hardship categories that may choose the hardship-only tiers' })
  hardshipTierCategories!: Hardship[];

  @Field(() => Boolean, { description: 'Whether back payments earn the government subsidy' })
  backPayEarnsSubsidy!: boolean;
}
