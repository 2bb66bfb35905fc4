/** Loading schemes and what hangs on them. */
import type { Em } from '../../../db/orm.js';
import { NotFound } from '../../../errors.js';
import { DecisionStep } from '../decision/decisionStep.entity.js';
import type { Village } from '../../reference/division/village.entity.js';
import { FilingReceipt } from '../filing/filingReceipt.entity.js';
import { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
import { Suspension } from '../suspension/suspension.entity.js';
import { Scheme } from './scheme.entity.js';

/** The scheme with its village, township and county, fresh from the database; NOT_FOUND otherwise. */
export async function getScheme(em: Em, schemeId: string | number): Promise<Scheme> {
  const id = Number(schemeId);
  const scheme = Number.isSafeInteger(id)
    ? await em.findOne(Scheme, { id }, { populate: ['village.township.county'], refresh: true })
    : null;
  if (!scheme) throw new NotFound(`没有编号为${schemeId}的方案`);
  return scheme;
}

export function findScheme(em: Em, village: Village, year: number): Promise<Scheme | null> {
  return em.findOne(Scheme, { village, year }, { populate: ['village.township.county'], refresh: true });
}

export function findVersion(em: Em, scheme: Scheme, version: number | null): Promise<RuleSetVersion | null> {
  if (version === null || version === 0) return Promise.resolve(null);
  return em.findOne(RuleSetVersion, { scheme, version }, { populate: ['createdBy'] });
}

export async function getVersion(em: Em, scheme: Scheme, version: number): Promise<RuleSetVersion> {
  const found = await findVersion(em, scheme, version);
  if (!found) throw new NotFound(`方案没有第${version}版`);
  return found;
}

/** The decision steps of the version in progress (the latest saved), in the order recorded. */
export function stepsInProgress(em: Em, scheme: Scheme): Promise<DecisionStep[]> {
  return em.find(DecisionStep, { scheme, version: scheme.currentVersion }, { populate: ['createdBy'], orderBy: { id: 'asc' } });
}

/** The receipts of the current round (the latest submission or suspension). */
export function currentReceipts(em: Em, scheme: Scheme): Promise<FilingReceipt[]> {
  return em.find(FilingReceipt, { scheme, round: scheme.filingRound }, { populate: ['user'], orderBy: { id: 'asc' } });
}

/** The suspension in force (not resumed), if any. */
export function activeSuspension(em: Em, scheme: Scheme): Promise<Suspension | null> {
  return em.findOne(Suspension, { scheme, resumedAt: null }, { populate: ['createdBy'], orderBy: { id: 'desc' } });
}
