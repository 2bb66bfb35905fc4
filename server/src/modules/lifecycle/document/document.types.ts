import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecisionStepEnum } from '../scheme/scheme.enums.js';
import type { DecisionStepName } from '../decision/decision.steps.js';
import type { StepDocument } from './stepDocument.entity.js';

/** A document kept for a decision step; its content is downloaded from `url` with the bearer token. */
@ObjectType('StepDocument', { description: 'A file attached to a decision step (minutes, photos of the notice board, ...)' })
export class StepDocumentType {
  @Field(() => ID, { description: 'Document id' })
  id!: string;

  @Field(() => DecisionStepEnum, { description: 'The step it belongs to' })
  step!: DecisionStepName;

  @Field(() => Int, { description: '所属版本号' })
  version!: number;

  @Field(() => String, { description: 'File name as uploaded' })
  fileName!: string;

  @Field(() => String, { description: '按文件内容识别的类型' })
  mimeType!: string;

  @Field(() => Int, { description: '字节数' })
  size!: number;

  @Field(() => String, { description: '内容的 SHA-256（十六进制）' })
  sha256!: string;

  @Field(() => String, { description: '上传人用户名' })
  uploadedBy!: string;

  @Field(() => Date, { description: 'When it was uploaded' })
  uploadedAt!: Date;

  @Field(() => String, { description: '下载地址（GET，须带 Authorization: Bearer 登录凭证）' })
  url!: string;

  static from(d: StepDocument): StepDocumentType {
    return Object.assign(new StepDocumentType(), {
      id: String(d.id),
      step: d.decisionStep.step,
      version: d.decisionStep.version,
      fileName: d.fileName,
      mimeType: d.mimeType,
      size: d.size,
      sha256: d.sha256,
      uploadedBy: d.uploadedBy.username,
      uploadedAt: d.uploadedAt,
      url: `/files/${d.id}`,
    });
  }
}
