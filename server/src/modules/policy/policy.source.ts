/** The policy years as stored: the database is their source of truth (issue 3). */
import { policySource, type PolicySource, type PolicyYear as RulesPolicyYear } from '@cunce/rules';
import type { Em } from '../../db/orm.js';
import { toRulesPolicy } from './policy.mapper.js';
import { PolicyYear } from './policyYear.entity.js';

export async function loadPolicyYears(em: Em): Promise<RulesPolicyYear[]> {
  const years = await em.find(PolicyYear, {}, { populate: ['tiers'], orderBy: { year: 'asc' } });
  return years.map(toRulesPolicy);
}

export async function loadPolicySource(em: Em): Promise<PolicySource> {
  return policySource(await loadPolicyYears(em));
}
