import { NINGXIA_POLICY_YEARS } from '../policyData.js';
import { policySource } from '../policy.js';
import type { PolicySource, PolicyYear } from '../types.js';
import { InputError } from './inputError.js';
import { readJson } from './readJson.js';
import { resolveUserPath, shownPath } from './paths.js';

/**
 * The region figures the commands use: the file given with `--policy` (one PolicyYear or an array of them),
 * else the shipped Ningxia years.
 */
export function loadPolicies(file: string | undefined): PolicySource {
  if (file === undefined) return policySource(NINGXIA_POLICY_YEARS);
  const abs = resolveUserPath(file);
  const doc = readJson(abs);
  const years = Array.isArray(doc) ? doc : [doc];
  years.forEach((y, i) => {
    const fault = policyYearFault(y);
    if (fault) throw new InputError(`${shownPath(abs)}: 第${i + 1}个政策年度${fault} (not a PolicyYear)`);
  });
  return policySource(years as PolicyYear[]);
}

/** What keeps a value from being a PolicyYear, or null. */
function policyYearFault(y: unknown): string | null {
  if (typeof y !== 'object' || y === null) return '应为对象';
  const o = y as Record<string, unknown>;
  if (!Number.isInteger(o.year)) return '缺少整数 year';
  if (!Array.isArray(o.tiers) || o.tiers.length === 0) return '缺少档次列表 tiers';
  const badTier = o.tiers.findIndex(
    (t: unknown) =>
      typeof t !== 'object' ||
      t === null ||
      typeof (t as PolicyYear['tiers'][number]).amount !== 'number' ||
      typeof (t as PolicyYear['tiers'][number]).governmentSubsidy !== 'number' ||
      typeof (t as PolicyYear['tiers'][number]).hardshipOnly !== 'boolean',
  );
  if (badTier >= 0) return `的 tiers 第${badTier + 1}项应含 amount、governmentSubsidy（数字）和 hardshipOnly（是/否）`;
  if (!Array.isArray(o.hardshipTierCategories)) return '缺少 hardshipTierCategories 列表';
  if (typeof o.backPayEarnsSubsidy !== 'boolean') return '缺少 backPayEarnsSubsidy（true/false）';
  return null;
}
