/** Recording a step of 四议两公开 for the version in progress (its order, dates and meetings checked by the rules package). */
import { checkDecisionStep, type NewStep } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadUserInput } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { changeScheme } from '../scheme/scheme.change.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { stepsInProgress } from '../scheme/scheme.repository.js';
import type { User } from '../../reference/user/user.entity.js';
import { disclosedSettlement } from './decision.result.js';
import { DecisionStep } from './decisionStep.entity.js';

export interface StepRequest extends NewStep {
  note?: string | null;
  /** 实施结果公开 only: the confirmed settlement disclosed (default: the latest confirmed of the scheme's years). */
  settlementId?: string | null;
}

export async function recordDecisionStep(em: Em, user: User, schemeId: string, step: StepRequest): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const results = step.step === 'RESULT_DISCLOSED';
    if (!results && step.settlementId) {
      throw new BadUserInput('只有“实施结果公开”需要指明所公开的结算（settlementId），其他步骤请不要填写', { field: 'settlementId' });
    }
    const settlement = results ? await disclosedSettlement(tx, scheme, step.settlementId ?? null) : null;
    const recorded = await stepsInProgress(tx, scheme);
    const issues = checkDecisionStep(recorded, step, { settled: settlement !== null });
    if (issues.length) {
      // The field the problems are at, when they are all at one (a form shows the refusal there).
      const fields = new Set(issues.map((i) => i.field));
      const field = fields.size === 1 ? issues[0]!.field : undefined;
      throw new BadUserInput(issues.map((i) => i.message).join('；'), { issues, ...(field ? { field } : {}) });
    }
    const row = tx.create(DecisionStep, {
      scheme,
      version: scheme.currentVersion,
      step: step.step,
      date: step.date,
      note: step.note?.trim() || null,
      attendanceExpected: step.attendance?.expected ?? null,
      attendancePresent: step.attendance?.present ?? null,
      votesFor: step.votes?.for ?? null,
      votesAgainst: step.votes?.against ?? null,
      votesAbstain: step.votes?.abstain ?? null,
      settlement,
      createdBy: user,
    });
    await tx.flush();
    const after = {
      scheme: scheme.id,
      version: row.version,
      step: row.step,
      date: row.date,
      note: row.note,
      attendance: step.attendance ?? null,
      votes: step.votes ?? null,
      settlement: settlement?.id ?? null,
    };
    audit(tx, user, 'RECORD_DECISION_STEP', 'DecisionStep', row.id, null, after, { village: scheme.village, year: scheme.year });
    return scheme;
  });
}
