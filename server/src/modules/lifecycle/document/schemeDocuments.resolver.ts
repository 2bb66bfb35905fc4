import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { SchemeType } from '../scheme/scheme.types.js';
import { StepDocumentType } from './document.types.js';
import { StepDocument } from './stepDocument.entity.js';

/** Every document of a version's steps: the version in progress, or an earlier one's kept as history. */
@Resolver(() => SchemeType)
export class SchemeDocumentsResolver {
  @FieldResolver(() => [StepDocumentType], { description: '某版本各步骤的文件（默认办理中的版本）；旧版本的文件作为历史保留' })
  async documents(
    @Ctx() ctx: Context,
    @Root() scheme: SchemeType,
    @Arg('version', () => Int, { description: 'Rule-set version number; null: the version in progress', nullable: true })
    version: number | null,
  ): Promise<StepDocumentType[]> {
    const docs = await ctx.em.find(
      StepDocument,
      { decisionStep: { scheme: scheme.entity, version: version ?? scheme.entity.currentVersion } },
      { populate: ['decisionStep', 'uploadedBy'], orderBy: { decisionStep: { id: 'asc' }, id: 'asc' } },
    );
    return docs.map(StepDocumentType.from);
  }
}
