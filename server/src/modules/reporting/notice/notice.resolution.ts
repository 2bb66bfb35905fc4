/** The 决议公开 notice of a version: the standard in plain Chinese (shared with the editor) and its decision. */
import { describeRuleSet, type PolicySource } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { NotFound } from '../../../errors.js';
import { DecisionStep } from '../../lifecycle/decision/decisionStep.entity.js';
import { DecisionStepType } from '../../lifecycle/decision/decision.types.js';
import type { Scheme } from '../../lifecycle/scheme/scheme.entity.js';
import { getVersion } from '../../lifecycle/scheme/scheme.repository.js';
import { ResolutionNoticeType } from './resolutionNotice.types.js';

/** The notice of `version` (default: the latest saved), whose decision steps are that version's. */
export async function resolutionNotice(
  em: Em,
  policies: PolicySource,
  scheme: Scheme,
  version: number | null,
): Promise<ResolutionNoticeType> {
  const number = version ?? scheme.currentVersion;
  if (number === 0) throw new NotFound(`${scheme.village.name}${scheme.year}年度还没有保存补助标准，无法生成决议公开`);
  const saved = await getVersion(em, scheme, number);
  const steps = await em.find(DecisionStep, { scheme, version: number }, { populate: ['createdBy'], orderBy: { id: 'asc' } });
  const description = describeRuleSet(saved.ruleSet, {
    policy: policies(saved.ruleSet.year ?? scheme.year),
    villageName: scheme.village.name,
  });
  const township = scheme.village.township;
  return Object.assign(new ResolutionNoticeType(), {
    ...description,
    schemeId: String(scheme.id),
    version: number,
    valid: saved.valid,
    filed: scheme.filedVersion === number,
    villageCode: scheme.village.code,
    villageName: scheme.village.name,
    townshipName: township.name,
    countyName: township.county.name,
    year: scheme.year,
    lastYear: scheme.lastYear ?? scheme.year,
    decisionSteps: steps.map(DecisionStepType.from),
    resolved: steps.some((s) => s.step === 'VILLAGERS_RESOLUTION'),
  });
}
