import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { DecisionStepType } from '../decision/decision.types.js';
import { StepDocumentType } from './document.types.js';
import { StepDocument } from './stepDocument.entity.js';

/** The documents of a recorded step (read through the scheme, whose reader the village check already passed). */
@Resolver(() => DecisionStepType)
export class StepDocumentsResolver {
  @FieldResolver(() => [StepDocumentType], { description: '该步骤的文件，按上传先后' })
  async documents(@Ctx() ctx: Context, @Root() step: DecisionStepType): Promise<StepDocumentType[]> {
    const docs = await ctx.em.find(
      StepDocument,
      { decisionStep: Number(step.id) },
      { populate: ['decisionStep', 'uploadedBy'], orderBy: { id: 'asc' } },
    );
    return docs.map(StepDocumentType.from);
  }
}
