import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { TextArg } from '../../../graphql/caps.js';
import type { Context } from '../../reference/context.js';
import { assertVillageAccess } from '../../reference/auth/access.js';
import { idShower } from '../scheme/village.read.js';
import { MemberInput, plain } from './member.input.js';
import { removeMember, updateMember } from './roster.member.js';
import { MemberType } from './roster.types.js';

/** Changing one member of a roster: the village's cadres (and the region administrator), as importing. */
@Resolver()
export class MemberResolver {
  @Mutation(() => MemberType, {
    description:
      '修改花名册上的一名成员（村干部）：按导入的规则校验全部字段，有误时整条不改（BAD_USER_INPUT，extensions.rows 逐项说明字段）；已在确认的结算中的成员不能修改（MEMBER_SETTLED）',
  })
  async updateMember(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code of the roster' }) villageCode: string,
    @Arg('memberId', () => ID, { description: 'Member.id of the row to change' }) memberId: string,
    @Arg('member', () => MemberInput, { description: 'Every field of the member as it should be (the ID number may be corrected)' })
    member: MemberInput,
  ): Promise<MemberType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    const policies = await ctx.policies();
    const saved = await updateMember(ctx.em, ctx.user!, policies, { village, memberId: Number(memberId), input: plain(member) });
    return MemberType.from(saved, idShower(ctx, village), new Set());
  }

  @Mutation(() => MemberType, {
    description: '从花名册上移除一名成员（村干部）；已在确认的结算中的成员不能移除（MEMBER_SETTLED）。返回被移除的成员',
  })
  async removeMember(
    @Ctx() ctx: Context,
    @TextArg('villageCode', 20, '村代码', { description: '12-digit village code of the roster' }) villageCode: string,
    @Arg('memberId', () => ID, { description: 'Member.id of the row to remove' }) memberId: string,
  ): Promise<MemberType> {
    const village = await assertVillageAccess(ctx, villageCode, 'edit');
    const removed = await removeMember(ctx.em, ctx.user!, { village, memberId: Number(memberId) });
    return MemberType.from(Object.assign(removed, { id: Number(memberId) }), idShower(ctx, village), new Set());
  }
}
