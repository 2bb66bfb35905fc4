import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../reference/context.js';
import { TextArg } from '../../../graphql/caps.js';
import { requireUser } from '../../reference/auth/access.js';
import type { DecisionStepName } from '../decision/decision.steps.js';
import { DecisionStepEnum } from '../scheme/scheme.enums.js';
import { attachDocument, removeDocument } from './document.service.js';
import { StepDocumentType } from './document.types.js';

/** Uploading and removing the documents of decision steps (downloads: GET /files/:id, document.route.ts). */
@Resolver()
export class DocumentResolver {
  @Mutation(() => StepDocumentType, {
    description:
      '为已记录的四议两公开步骤上传文件（村干部）：会议记录、决议、公示照片等；PDF、JPG、PNG、Word、Excel，每个最大5 MB，每步最多20个',
  })
  async attachDocument(
    @Ctx() ctx: Context,
    @Arg('schemeId', () => ID, { description: 'Scheme id' }) schemeId: string,
    @Arg('step', () => DecisionStepEnum, { description: 'The decision step it documents' }) step: DecisionStepName,
    @TextArg('fileName', 255, '文件名', { description: 'The file’s name' }) fileName: string,
    @Arg('contentBase64', () => String, { description: '文件内容，base64 编码' }) contentBase64: string,
  ): Promise<StepDocumentType> {
    const doc = await attachDocument(ctx.em, requireUser(ctx), schemeId, { step, fileName, contentBase64 });
    return StepDocumentType.from(doc);
  }

  @Mutation(() => ID, { description: '删除步骤的文件（村干部），仅限办理中的版本；返回所删文件的编号' })
  async removeDocument(
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { description: 'Document id' }) documentId: string,
  ): Promise<string> {
    return removeDocument(ctx.em, requireUser(ctx), documentId);
  }
}
