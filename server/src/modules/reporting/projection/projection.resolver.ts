import { Arg, Query, Resolver } from 'type-graphql';
import { projectAccount } from '@cunce/rules';
import { BadUserInput } from '../../../errors.js';
import { ProjectionAssumptionsInput, ProjectionMemberInput } from './projection.input.js';
import { toRules, toType } from './projection.mapper.js';
import { ProjectionType } from './projection.types.js';

/** The personal-account projection: reads nothing stored (the figures ship with the rules), so no login. */
@Resolver()
export class ProjectionResolver {
  @Query(() => ProjectionType, { description: '个人账户测算：60 周岁时的账户余额和月养老金（有、无集体补助）；无需登录' })
  projection(
    @Arg('member', () => ProjectionMemberInput, {
      description: 'The member today: birth date, years paid, balance and this year’s payments',
    })
    member: ProjectionMemberInput,
    @Arg('assumptions', () => ProjectionAssumptionsInput, {
      description: 'Interest rates and future payments to assume; null: the published figures',
      nullable: true,
    })
    assumptions?: ProjectionAssumptionsInput,
  ): ProjectionType {
    const input = toRules(member, assumptions ?? {});
    const result = projectAccount(input.member, input.assumptions);
    if (!result.ok) throw new BadUserInput('测算条件有误，请按提示更正', { errors: result.errors });
    return toType(result.projection, input.assumptions);
  }
}
