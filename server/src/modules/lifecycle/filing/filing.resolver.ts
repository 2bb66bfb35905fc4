import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { requireUser } from '../../reference/auth/access.js';
import { SchemeType } from '../scheme/scheme.types.js';
import { resumeScheme, suspendScheme } from '../suspension/suspension.service.js';
import { acknowledgeFiling, returnFiling, submitFiling } from './filing.service.js';

/** The scheme's moves after saving: filing, receipts, returns, suspension and resumption. */
@Resolver()
export class FilingResolver {
  @Mutation(() => SchemeType, { description: '报送备案（村干部）：须有有效的最新版本并完成四议两公开前五步' })
  async submitFiling(@Ctx() ctx: Context, @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string): Promise<SchemeType> {
    return SchemeType.from(await submitFiling(ctx.em, requireUser(ctx), await ctx.policies(), schemeId));
  }

  @Mutation(() => SchemeType, { description: '签收备案（乡镇、县人社、县农业农村各一次；三方签收后为已备案）或签收暂停（县两部门）' })
  async acknowledgeFiling(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
  ): Promise<SchemeType> {
    return SchemeType.from(await acknowledgeFiling(ctx.em, requireUser(ctx), schemeId));
  }

  @Mutation(() => SchemeType, { description: '退回备案（任一备案部门），须说明理由；方案回到草稿' })
  async returnFiling(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
    @TextArg('reason', 500, '原因', { description: 'Why it is returned: what the village should change' }) reason: string,
  ): Promise<SchemeType> {
    return SchemeType.from(await returnFiling(ctx.em, requireUser(ctx), schemeId, reason));
  }

  @Mutation(() => SchemeType, { description: '暂停实施（村干部），立即生效；县两部门签收' })
  async suspendScheme(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
    @TextArg('reason', 500, '原因', { description: 'Why the scheme is suspended' }) reason: string,
    @TextArg('effectiveDate', 20, '生效日期', { description: 'Date the suspension takes effect (YYYY-MM-DD)' }) effectiveDate: string,
  ): Promise<SchemeType> {
    return SchemeType.from(await suspendScheme(ctx.em, requireUser(ctx), schemeId, reason, effectiveDate));
  }

  @Mutation(() => SchemeType, { description: '申请恢复实施（村干部）：重新报送，三方签收后恢复' })
  async resumeScheme(@Ctx() ctx: Context, @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string): Promise<SchemeType> {
    return SchemeType.from(await resumeScheme(ctx.em, requireUser(ctx), schemeId));
  }
}
