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
  const filed = await em.find(
    RuleSetVersion,
    { scheme: { village, year: { $lte: year }, filedVersion: { $ne: null } } },
    { populate: ['scheme'] },
  );
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
