import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { NINGXIA_POLICY_YEARS, yuanToFen } from '@cunce/rules';
import { PolicyTier } from '../modules/reference/policy/policyTier.entity.js';
import { PolicyYear } from '../modules/reference/policy/policyYear.entity.js';

/** The policy years 2024–2026 as the rules package ships them (NINGXIA_POLICY_YEARS), in fen. */
export class PolicySeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(PolicyYear, {})) > 0) return;
    for (const p of NINGXIA_POLICY_YEARS) {
      const year = em.create(PolicyYear, {
        year: p.year,
        hardshipTierCategories: [...p.hardshipTierCategories],
        backPayEarnsSubsidy: p.backPayEarnsSubsidy,
      });
      p.tiers.forEach((t, position) =>
        em.create(PolicyTier, {
          policyYear: year,
          position,
          amountFen: fen(t.amount),
          governmentSubsidyFen: fen(t.governmentSubsidy),
          hardshipOnly: t.hardshipOnly,
        }),
      );
    }
    await em.flush();
  }
}

function fen(yuan: number): number {
  const value = yuanToFen(yuan);
  if (value === null) throw new Error(`policy data: ${yuan} is not an amount in yuan`);
  return value;
}
