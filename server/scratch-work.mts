// scratch (not committed): single-thread split of the reform's work
import 'reflect-metadata';
import { NINGXIA_POLICY_YEARS, policySource, reformVillage } from '@cunce/rules';
import { loadConfig } from './src/config.js';
import { forkEm, openOrm } from './src/db/orm.js';
import { entities } from './src/entities.js';
import { villageRosters } from './src/modules/reporting/reform/reform.roster.js';
import { membersOf as newMembersOf } from './src/modules/reporting/reform/reform.task.js';
import { membersOf as baseMembersOf } from '/work/wt/reform17-base/server/src/modules/reporting/reform/reform.task.js';
import { payingStandards, scopeVillages } from './src/modules/reporting/reform/reform.villages.js';
import { draftPolicy } from './src/modules/reporting/reform/reform.draft.js';
import { createHash } from 'node:crypto';

const config = loadConfig();
const orm = await openOrm(config.database, entities);
const em = forkEm(orm);
const stored = policySource(NINGXIA_POLICY_YEARS);
const draft = draftPolicy({ year: 2026, tiers: [
    { amount: 100, governmentSubsidy: 30, hardshipOnly: true },
    { amount: 200, governmentSubsidy: 45 }, { amount: 300, governmentSubsidy: 55 }, { amount: 1000, governmentSubsidy: 120 },
    { amount: 2000, governmentSubsidy: 200 }, { amount: 2500, governmentSubsidy: 260 } ],
  hardshipTierCategories: ['MINIMUM_LIVING','LOW_INCOME_MARGINAL','POVERTY_MONITORING','SEVERE_DISABILITY','DISABILITY_GRADE_3_4','DESTITUTE_SUPPORT'], backPayEarnsSubsidy: false } as never, 2025, stored);
const villages = await scopeVillages(em, null);
const standards = await payingStandards(em, 2025, null);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

const all: { id: number; pages: any[] }[] = [];
for await (const { village, pages } of villageRosters(em, villages, 2025)) all.push({ id: village.id, pages: pages.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))) });
for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
  for (const [name, membersOf] of round % 2 ? [['new', newMembersOf], ['base', baseMembersOf]] as const : [['base', baseMembersOf], ['new', newMembersOf]] as const) {
    let tu = 0, te = 0, tc = 0; const c0 = cpu();
    const h = createHash('sha256');
    for (let i = 0; i < all.length; i++) {
      let t = performance.now();
      const members = membersOf(all[i]!.pages);
      tu += performance.now() - t; t = performance.now();
      const r = await reformVillage(standards.get(all[i]!.id) ?? null, members, { baseYear: 2025, stored, draft }, []);
      te += performance.now() - t;
      h.update(JSON.stringify(r, (k, v) => (v instanceof Map ? [...v] : v)));
      t = performance.now(); structuredClone(r); tc += performance.now() - t;
      if (i === 5 && round === 0) console.log(JSON.stringify(r, (k, v) => (v instanceof Map ? [...v] : v)).length, JSON.stringify(r, (k, v) => (v instanceof Map ? [...v] : v)).slice(0, 1500));
    }
    console.log(`${name}: unpack ${tu.toFixed(0)} ms, evaluate ${te.toFixed(0)} ms, clone ${tc.toFixed(0)} ms, cpu ${(cpu() - c0).toFixed(0)} ms, hash ${h.digest('hex').slice(0, 12)}`);
  }
}
await orm.close();
