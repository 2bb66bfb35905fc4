import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { requireUser } from '../../reference/auth/access.js';
import { DecisionStepEnum } from '../scheme/scheme.enums.js';
import { SchemeType } from '../scheme/scheme.types.js';
import { AttendanceType, VotesType } from './decision.input.js';
import type { DecisionStepName } from '@cunce/rules';
import { recordDecisionStep } from './decision.service.js';
import { withdrawDecisionStep } from './decision.withdraw.js';

@Resolver()
export class DecisionResolver {
  @Mutation(() => SchemeType, { description: '记录四议两公开的一个步骤（村干部），按顺序、日期不倒退；两次会议须填出席和表决' })
  async recordDecisionStep(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
    @Arg('step', () => DecisionStepEnum, { description: 'The step, in order' }) step: DecisionStepName,
    @TextArg('date', 20, '日期', { description: 'Date of the step (YYYY-MM-DD), never before the previous step’s' }) date: string,
    @TextArg('note', 500, '说明', { description: 'Free note', nullable: true }) note: string | null,
    @Arg('attendance', () => AttendanceType, { description: 'Attendance of the two meetings; null for other steps', nullable: true })
    attendance: AttendanceType | null,
    @Arg('votes', () => VotesType, {
      description: 'Votes of the two meetings (party members, villagers); null for other steps',
      nullable: true,
    })
    votes: VotesType | null,
    @Arg('settlementId', () => ID, { nullable: true, description: '仅实施结果公开：所公开的已确认结算；不填则为本方案年度最近确认的结算' })
    settlementId: string | null,
  ): Promise<SchemeType> {
    const user = requireUser(ctx);
    const scheme = await recordDecisionStep(ctx.em, user, schemeId, { step, date, note, attendance, votes, settlementId });
    return SchemeType.from(scheme);
  }

  @Mutation(() => SchemeType, {
    description: '撤回本版本最后记录的一个四议两公开步骤（村干部，报送备案前；已上传文件的须先删除文件），用于改正日期或人数后重新记录',
  })
  async withdrawDecisionStep(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
  ): Promise<SchemeType> {
    return SchemeType.from(await withdrawDecisionStep(ctx.em, requireUser(ctx), schemeId));
  }
}
