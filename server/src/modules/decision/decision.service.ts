/** Recording a step of 四议两公开 for the version in progress. */
import type { Em } from '../../db/orm.js';
import { BadUserInput } from '../../errors.js';
import { audit } from '../audit/audit.js';
import { checkVillageRole } from '../auth/access.js';
import { changeScheme } from '../scheme/scheme.change.js';
import type { Scheme } from '../scheme/scheme.entity.js';
import { stepsInProgress } from '../scheme/scheme.repository.js';
import { Settlement } from '../settlement/settlement.entity.js';
import type { User } from '../user/user.entity.js';
import { checkDecisionStep, type NewStep } from './decision.rules.js';
import { DecisionStep } from './decisionStep.entity.js';

export async function recordDecisionStep(em: Em, user: User, schemeId: string, step: NewStep & { note?: string | null }): Promise<Scheme> {
  return changeScheme(em, schemeId, async (tx, scheme) => {
    checkVillageRole(user, scheme.village, ['VILLAGE_CADRE']);
    const recorded = await stepsInProgress(tx, scheme);
    const issues = checkDecisionStep(recorded, step, { settled: await hasConfirmedSettlement(tx, scheme) });
    if (issues.length) throw new BadUserInput(issues.map((i) => i.message).join('；'), { issues });
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
      createdBy: user,
    });
    await tx.flush();
    const after = { scheme: scheme.id, version: row.version, step: row.step, date: row.date, note: row.note, attendance: step.attendance ?? null, votes: step.votes ?? null };
    audit(tx, user, 'RECORD_DECISION_STEP', 'DecisionStep', row.id, null, after, { village: scheme.village, year: scheme.year });
    return scheme;
  });
}

/** Whether a settlement of the village for a year of the scheme has been confirmed (实施结果公开 may follow). */
async function hasConfirmedSettlement(em: Em, scheme: Scheme): Promise<boolean> {
  const years = { $gte: scheme.year, $lte: scheme.lastYear ?? scheme.year };
  return (await em.count(Settlement, { village: scheme.village, year: years, status: { $in: ['CONFIRMED', 'ACCEPTED'] } })) > 0;
}
