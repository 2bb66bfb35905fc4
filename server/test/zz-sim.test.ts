import { test } from 'vitest';
import { simulate, validateRuleSet, checkMembers, evaluateRoster, NINGXIA_POLICY_YEARS, policySource } from '@cunce/rules';
import { member, ruleSet, idNumber } from './scheme.fixtures.js';
test('sim', async () => {
  const p = policySource(NINGXIA_POLICY_YEARS);
  const rs = ruleSet() as any;
  const ms = Array.from({ length: 2000 }, (_, i) => ({ ...member(1), idNumber: idNumber(i % 999 + 1, new Date(Date.UTC(1950, 0, 1) + i * 86400000).toISOString().slice(0, 10).replace(/-/g, '')) }));
  for (let k = 0; k < 3; k++) {
    let t = performance.now(); validateRuleSet(rs, p); const a = performance.now() - t;
    t = performance.now(); const c = checkMembers(ms, { year: 2025, policy: p(2025)!, mode: 'import' }); const b = performance.now() - t;
    t = performance.now(); await evaluateRoster(rs, c.members, p, { year: 2025 }); const e = performance.now() - t;
    t = performance.now(); await simulate(rs, ms, p, { year: 2025, mode: 'import' }); const s = performance.now() - t;
    console.log({ validate: a, check: b, evaluate: e, simulate: s });
  }
});
