/**
 * A rule set as a reader who may not see ID numbers whole receives it (issue 14 item 1): every ID number
 * masked, except the test cases' members, whose numbers become fictitious valid ones with the same age and
 * gender, so the test cases and the preview give the reader the results the cadre sees.
 */
import { fictitiousIdNumber } from '@cunce/rules';
import { maskIdsDeep } from './maskIds.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function maskRuleSet(ruleSet: unknown): unknown {
  if (!isObject(ruleSet) || !Array.isArray(ruleSet.tests)) return maskIdsDeep(ruleSet);
  const year = typeof ruleSet.year === 'number' ? ruleSet.year : undefined;
  const ageAsOf = typeof ruleSet.ageAsOf === 'string' ? ruleSet.ageAsOf : undefined;
  const { tests, ...rest } = ruleSet;
  const masked = maskIdsDeep(rest) as Json;
  return { ...masked, tests: tests.map((tc) => (year === undefined ? maskIdsDeep(tc) : disguise(tc, year, ageAsOf))) };
}

/** The case masked, its member's number (and the expected one, when equal) replaced by the fictitious one. */
function disguise(tc: unknown, year: number, ageAsOf: string | undefined): unknown {
  if (!isObject(tc) || !isObject(tc.member) || typeof tc.member.idNumber !== 'string') return maskIdsDeep(tc);
  const real = tc.member.idNumber;
  const fictitious = fictitiousIdNumber(real, year, ageAsOf);
  const out = maskIdsDeep(tc) as Json;
  out.member = { ...(out.member as Json), idNumber: fictitious };
  if (isObject(tc.expect) && tc.expect.idNumber === real) out.expect = { ...(out.expect as Json), idNumber: fictitious };
  return out;
}
