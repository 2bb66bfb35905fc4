/**
 * Withdrawing the step of 四议两公开 recorded last, before the version is submitted (issue 14 item 2): a wrong date
 * or count is corrected by withdrawing the step and recording it again, never by saving a dummy version. Audited.
 */
import { DECISION_STEP_LABELS } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput, DomainError } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import type { User } from '../../reference/user/user.entity.js';
import { changeScheme } from '../scheme/scheme.change.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { stepsInProgress } from '../scheme/scheme.repository.js';
import { StepDocument } from '../document/stepDocument.entity.js';

export async function withdrawDecisionStep(em: Em, user: User, schemeId: string): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    if (scheme.status !== 'DRAFT') {
      throw new DomainError('INVALID_TRANSITION', '本版本已报送备案，步骤不能再撤回；被退回后可以撤回改正', { status: scheme.status });
    }
    const last = (await stepsInProgress(tx, scheme)).at(-1);
    if (!last) throw new BadUserInput('本版本还没有记录任何步骤，没有可撤回的', { field: 'schemeId' });
    const files = await tx.count(StepDocument, { decisionStep: last });
    if (files > 0) {
      const label = DECISION_STEP_LABELS[last.step];
      throw new BadUserInput(`“${label}”已上传${files}个文件：请先在该步骤的文件中删除，再撤回此步骤`, { field: 'schemeId' });
    }
    const before = { scheme: scheme.id, version: last.version, step: last.step, date: last.date, note: last.note };
    audit(tx, user, 'WITHDRAW_DECISION_STEP', 'DecisionStep', last.id, before, null, { village: scheme.village, year: scheme.year });
    tx.remove(last);
    return scheme;
  });
}
