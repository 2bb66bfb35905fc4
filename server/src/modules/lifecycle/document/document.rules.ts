/** When a step's documents may still change: only while its version is the one in progress. */
import { DomainError } from '../../../errors.js';
import { STEP_LABELS } from '../decision/decision.steps.js';
import type { DecisionStep } from '../decision/decisionStep.entity.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { STATUS_LABELS } from '../scheme/scheme.transitions.js';

/**
 * Documents of a step are added or removed while its version is the scheme's latest (a newer version leaves them
 * as history) and, for the five steps before submission, while the scheme is a draft: once submitted they are part
 * of the filing (a returned filing is a draft again). 实施结果公开 comes after the filing, so its documents may
 * change while its version is the latest.
 */
export function assertDocumentsOpen(scheme: Scheme, step: DecisionStep): void {
  const label = STEP_LABELS[step.step];
  if (step.version !== scheme.currentVersion) {
    const message = `“${label}”属于第${step.version}版，方案已有第${scheme.currentVersion}版；旧版本的文件作为历史保留，不能再增删`;
    throw new DomainError('INVALID_TRANSITION', message, { reason: 'VERSION_NOT_IN_PROGRESS' });
  }
  if (step.step !== 'RESULT_DISCLOSED' && scheme.status !== 'DRAFT') {
    throw new DomainError(
      'INVALID_TRANSITION',
      `方案当前为“${STATUS_LABELS[scheme.status]}”，“${label}”的文件已随报送材料固定，不能再增删；如需更正，请待受理部门退回后办理`,
      { status: scheme.status, reason: 'FILING_SUBMITTED' },
    );
  }
}
