import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { maskRuleSet } from '../../audit/maskRuleSet.js';
import { assertVillageAccess, canSeeFullId } from '../../reference/auth/access.js';
import { DecisionStepType } from '../decision/decision.types.js';
import { VillageType } from '../../reference/division/division.types.js';
import { FilingReceiptType } from '../filing/filingReceipt.types.js';
import { RuleSetVersionType } from '../ruleset/ruleSetVersion.types.js';
import type { Scheme } from './scheme.entity.js';
import { SuspensionType } from '../suspension/suspension.types.js';
import { assertStorable } from './scheme.document.js';
import * as load from './scheme.loaders.js';
import { saveRuleSet } from './scheme.service.js';
import { SchemeType } from './scheme.types.js';

/** The scheme's relations, and saving versions. */
@Resolver(() => SchemeType)
export class SchemeResolver {
  @Mutation(() => RuleSetVersionType, { description: '保存补助标准为新版本（村干部）；首次保存时建立该村该年度的方案' })
  async saveRuleSet(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code' }) villageCode: string,
    @Arg('year', () => Int, { description: 'First scheme year' }) year: number,
    @Arg('ruleSet', () => GraphQLJSON, { description: 'The rule set (RULESET.md); its village and year must match the arguments' })
    ruleSet: unknown,
    @Arg('expectedVersion', () => Int, { nullable: true, description: '编辑所基于的版本号（新方案为0）；不是最新版本时拒绝（CONFLICT）' })
    expectedVersion: number | null,
  ): Promise<RuleSetVersionType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    const doc = assertStorable(ruleSet, village, villageCode, year);
    const version = await saveRuleSet(ctx.em, ctx.user!, await ctx.policies(), {
      village,
      year,
      doc,
      expectedVersion: expectedVersion ?? null,
    });
    return RuleSetVersionType.from(version);
  }

  @FieldResolver(() => VillageType, { description: 'The village of the scheme' })
  village(@Root() scheme: SchemeType): VillageType {
    return VillageType.from(scheme.entity.village);
  }

  @FieldResolver(() => RuleSetVersionType, { nullable: true, description: '已备案、正在执行的版本' })
  async filedVersion(@Ctx() ctx: Context, @Root() scheme: SchemeType): Promise<RuleSetVersionType | null> {
    return versionOf(ctx, scheme.entity, scheme.entity.filedVersion);
  }

  @FieldResolver(() => RuleSetVersionType, { nullable: true, description: '最新保存的版本' })
  async currentVersion(@Ctx() ctx: Context, @Root() scheme: SchemeType): Promise<RuleSetVersionType | null> {
    return versionOf(ctx, scheme.entity, scheme.entity.currentVersion);
  }

  @FieldResolver(() => [RuleSetVersionType], { description: '全部版本，从第1版起' })
  async versions(@Ctx() ctx: Context, @Root() scheme: SchemeType): Promise<RuleSetVersionType[]> {
    const mask = masker(ctx, scheme.entity);
    return (await ctx.loader(load.schemeVersions).load(scheme.entity)).map((v) => RuleSetVersionType.from(v, mask));
  }

  @FieldResolver(() => [DecisionStepType], { description: '正在办理的版本（最新版本）已记录的四议两公开步骤' })
  async decisionSteps(@Ctx() ctx: Context, @Root() scheme: SchemeType): Promise<DecisionStepType[]> {
    return (await ctx.loader(load.stepsInProgress).load(scheme.entity)).map(DecisionStepType.from);
  }

  @FieldResolver(() => [FilingReceiptType], { description: '本轮报送（或暂停）的回执；all 为 true 时给出全部历史回执' })
  async filingReceipts(
    @Ctx() ctx: Context,
    @Root() scheme: SchemeType,
    @Arg('all', () => Boolean, { description: 'true: every receipt since the scheme began; false: this round’s only', defaultValue: false })
    all: boolean,
  ): Promise<FilingReceiptType[]> {
    const receipts = await ctx.loader(load.schemeReceipts).load({ scheme: scheme.entity, all });
    return receipts.map(FilingReceiptType.from);
  }

  @FieldResolver(() => SuspensionType, { nullable: true, description: '正在生效的暂停（恢复后为空）' })
  async suspension(@Ctx() ctx: Context, @Root() scheme: SchemeType): Promise<SuspensionType | null> {
    const suspension = await ctx.loader(load.activeSuspension).load(scheme.entity);
    return suspension && SuspensionType.from(suspension);
  }
}

async function versionOf(ctx: Context, scheme: Scheme, version: number | null): Promise<RuleSetVersionType | null> {
  if (version === null || version === 0) return null;
  const found = await ctx.loader(load.schemeVersion).load({ scheme, version });
  return found && RuleSetVersionType.from(found, masker(ctx, scheme));
}

function masker(ctx: Context, scheme: Scheme): ((value: unknown) => unknown) | undefined {
  return canSeeFullId(ctx.user, scheme.village) ? undefined : maskRuleSet;
}
