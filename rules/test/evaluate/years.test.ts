import { describe, expect, test } from 'vitest';
import { evaluateMember } from '../../src/evaluate/roster.js';
import { policySource } from '../../src/policy.js';
import { NINGXIA_POLICY_YEARS } from '../../src/policyData.js';
import { ge, member, policies, rule, ruleSet, section } from './factory.js';

const old = ruleSet({ sections: [section('old', 'FIRST', [rule('o60', ge('age', 60), { fixed: 10 })])] });

describe('age and scheme years', () => {
  test('age is taken on 31 December by default and on 1 January with YEAR_START', async () => {
    const m = member({ birthDate: '1965-07-01' });
    expect((await evaluateMember(old, m, policies)).age).toBe(60);
    expect((await evaluateMember({ ...old, ageAsOf: 'YEAR_START' }, m, policies)).age).toBe(59);
    expect((await evaluateMember({ ...old, ageAsOf: 'YEAR_START' }, m, policies)).raw).toBe(0);
  });

  test('each year of a several-year standard uses that year’s region figures', async () => {
    const changed = policySource(
      NINGXIA_POLICY_YEARS.map((p) =>
        p.year === 2026 ? { ...p, tiers: p.tiers.map((t) => ({ ...t, governmentSubsidy: t.governmentSubsidy + 5 })) } : p,
      ),
    );
    const rs = { ...old, year: 2025, lastYear: 2026 };
    const m = member({ birthDate: '1966-03-01' });
    const y2025 = await evaluateMember(rs, m, changed, { year: 2025 });
    const y2026 = await evaluateMember(rs, m, changed, { year: 2026 });
    expect([y2025.age, y2025.raw, y2025.governmentSubsidy]).toEqual([59, 0, 5000]);
    expect([y2026.age, y2026.raw, y2026.governmentSubsidy]).toEqual([60, 1000, 5500]);
  });
});
