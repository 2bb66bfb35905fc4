/** Which stored version pays a village's year (API.md: a filed version, not SUSPENDED, covering the year). */
import { payingScheme } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import type { Village } from '../../reference/division/village.entity.js';
import { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
import type { Scheme } from './scheme.entity.js';

export interface Paying {
  scheme: Scheme;
  version: RuleSetVersion;
}

export async function findPaying(em: Em, village: Village, year: number): Promise<Paying | null> {
  return (await findPayingOf(em, [village], year)).get(village.id) ?? null;
}

/** findPaying of several villages with one query: by village id (null: none pays). */
export async function findPayingOf(em: Em, villages: readonly Village[], year: number): Promise<Map<number, Paying | null>> {
  const filed = await em.find(
    RuleSetVersion,
    { scheme: { village: { $in: villages.map((v) => v.id) }, year: { $lte: year }, filedVersion: { $ne: null } } },
    { populate: ['scheme'] },
  );
  const byVillage = new Map<number, RuleSetVersion[]>();
  for (const v of filed) {
    const id = v.scheme.village.id;
    byVillage.set(id, [...(byVillage.get(id) ?? []), v]);
  }
  return new Map(villages.map((village) => [village.id, payingOf(byVillage.get(village.id) ?? [], year)]));
}

function payingOf(filed: readonly RuleSetVersion[], year: number): Paying | null {
  const candidates = filed
    .filter((v) => v.version === v.scheme.filedVersion)
    .map((version) => ({
      version,
      year: version.scheme.year,
      status: version.scheme.status,
      filedVersion: { year: version.ruleSet.year, lastYear: version.ruleSet.lastYear },
    }));
  const found = payingScheme(candidates, year);
  return found ? { scheme: found.version.scheme, version: found.version } : null;
}
