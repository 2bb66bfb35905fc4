/** Attaching documents to a recorded decision step and removing them, each with its audit entry. */
import { createHash } from 'node:crypto';
import type { Em } from '../../../db/orm.js';
import { BadUserInput, NotFound } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { STEP_LABELS, type DecisionStepName } from '../decision/decision.steps.js';
import { DecisionStep } from '../decision/decisionStep.entity.js';
import { changeScheme } from '../scheme/scheme.change.js';
import type { User } from '../../reference/user/user.entity.js';
import { MAX_DOCUMENTS_PER_STEP, checkUpload } from './document.file.js';
import { assertVillageQuota } from './document.quota.js';
import { assertDocumentsOpen } from './document.rules.js';
import { StepDocument } from './stepDocument.entity.js';

export interface Upload {
  step: DecisionStepName;
  fileName: string;
  contentBase64: string;
}

/** Stores the file for the step as recorded for the version in progress (village cadre); refused without the step. */
export function attachDocument(em: Em, user: User, schemeId: string, upload: Upload): Promise<StepDocument> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const file = checkUpload(upload.fileName, upload.contentBase64);
    const label = STEP_LABELS[upload.step];
    const step = await tx.findOne(DecisionStep, { scheme, version: scheme.currentVersion, step: upload.step });
    if (!step) {
      throw new BadUserInput(`第${scheme.currentVersion}版尚未记录“${label}”，请先记录该步骤再上传文件`, {
        field: 'step',
        reason: 'STEP_NOT_RECORDED',
      });
    }
    assertDocumentsOpen(scheme, step);
    if ((await tx.count(StepDocument, { decisionStep: step })) >= MAX_DOCUMENTS_PER_STEP) {
      throw new BadUserInput(`“${label}”已有${MAX_DOCUMENTS_PER_STEP}个文件，已达上限；请先删除不需要的文件`, {
        field: 'step',
        reason: 'TOO_MANY_DOCUMENTS',
      });
    }
    await assertVillageQuota(tx, scheme.village, file.content.length);
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const doc = tx.create(StepDocument, {
      decisionStep: step,
      fileName: file.fileName,
      mimeType: file.kind.mimeType,
      size: file.content.length,
      sha256,
      content: file.content,
      uploadedBy: user,
    });
    await tx.flush();
    audit(tx, user, 'ATTACH_DOCUMENT', 'StepDocument', doc.id, null, documentSnapshot(doc), { village: scheme.village, year: scheme.year });
    return doc;
  });
}

/** Removes a document of a step whose version is still in progress (village cadre); returns its id. */
export async function removeDocument(em: Em, user: User, documentId: string): Promise<string> {
  const found = await findDocument(em, documentId);
  return changeScheme(em, String(found.decisionStep.scheme.id), async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const doc = await findDocument(tx, documentId);
    assertDocumentsOpen(scheme, doc.decisionStep);
    audit(tx, user, 'REMOVE_DOCUMENT', 'StepDocument', doc.id, documentSnapshot(doc), null, { village: scheme.village, year: scheme.year });
    tx.remove(doc);
    return String(doc.id);
  });
}

/** The document with its step (not its content); NOT_FOUND otherwise. */
export async function findDocument(em: Em, documentId: string | number): Promise<StepDocument> {
  const id = /^\d{1,15}$/.test(String(documentId)) ? Number(documentId) : NaN;
  const doc = Number.isSafeInteger(id) ? await em.findOne(StepDocument, { id }, { populate: ['decisionStep', 'uploadedBy'] }) : null;
  if (!doc) throw new NotFound(`没有编号为${documentId}的文件`);
  return doc;
}

/** The document without its content, as plain JSON for audit entries. */
export function documentSnapshot(d: StepDocument): Record<string, unknown> {
  const step = d.decisionStep;
  return {
    id: d.id,
    scheme: step.scheme.id,
    version: step.version,
    step: step.step,
    fileName: d.fileName,
    mimeType: d.mimeType,
    size: d.size,
    sha256: d.sha256,
  };
}
