/** The policy years as stored: the database is their source of truth (issue 3). */
import { policySource, type PolicySource, type PolicyYear as RulesPolicyYear } from '@cunce/rules';
import { allRaw, quote } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { toRulesPolicy } from './policy.mapper.js';
import { PolicyTier } from './policyTier.entity.js';
import { PolicyYear } from './policyYear.entity.js';

export async function loadPolicyYears(em: Em): Promise<RulesPolicyYear[]> {
  const years = await em.find(PolicyYear, {}, { populate: ['tiers'], orderBy: { year: 'asc' } });
  return years.map(toRulesPolicy);
}

/** The last source built for a database (by its driver), with the stored rows it was built from. */
const built = new WeakMap<object, { stamp: string; source: PolicySource }>();

/**
 * The policy source of every request. Building it through the unit of work (entities, populate, mapping) cost
 * about 2 ms a request; the stored figures are instead read with one plain SELECT and the source is built
 * again only when they differ from those of the last build. Reading them every time keeps every server
 * process sharing a database exact after an edit, with no invalidation to miss.
 */
export async function loadPolicySource(em: Em): Promise<PolicySource> {
  const stamp = JSON.stringify(await allRaw(em, stampSql(em), []));
  const key = em.getDriver();
  const last = built.get(key);
  if (last?.stamp === stamp) return last.source;
  const source = policySource(await loadPolicyYears(em));
  built.set(key, { stamp, source });
  return source;
}

/** Every stored figure of every year and tier, in a fixed order. */
function stampSql(em: Em): string {
  const years = em.getMetadata().get(PolicyYear.name);
  const tiers = em.getMetadata().get(PolicyTier.name);
  const y = (name: string) => `y.${quote(years.properties[name as keyof PolicyYear].fieldNames[0]!)}`;
  const t = (name: string) => `t.${quote(tiers.properties[name as keyof PolicyTier].fieldNames[0]!)}`;
  const yearColumns = ['year', 'hardshipTierCategories', 'backPayEarnsSubsidy', 'updatedAt'].map(y);
  const tierColumns = ['id', 'position', 'amountFen', 'governmentSubsidyFen', 'hardshipOnly'].map(t);
  return `select ${[...yearColumns, ...tierColumns].join(', ')} from ${quote(years.tableName)} y left join ${quote(tiers.tableName)} t on ${t('policyYear')} = ${y('year')} order by ${y('year')}, ${t('position')}`;
}
