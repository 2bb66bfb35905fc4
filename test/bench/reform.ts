/**
 * (f) Issue 15: `reformSimulation` over the region seeded by (c): every village's stored roster evaluated under the
 * base year and under a draft year (tiers removed, the cap lowered, subsidies changed), streamed from the database.
 * Prints the time, members per second beside the settle rate of the same run, and the server's peak memory during
 * the call (VmHWM, reset just before it through /proc/<pid>/clear_refs).
 */
import { writeFileSync } from 'node:fs';
import type { Client } from '../support/gql.js';
import type { TestServer } from '../support/server.js';
import { duration, fmt, mb, processCpuMs } from './measure.js';
import { REGION_VILLAGES, VILLAGE_MEMBERS } from './region.js';

/** 2026 without the 500 and 3000 tiers (the cap falls to 2500) and with higher subsidies on the low tiers. */
const DRAFT = {
  year: 2026,
  tiers: [
    { amount: 100, governmentSubsidy: 30, hardshipOnly: true },
    { amount: 200, governmentSubsidy: 45 },
    { amount: 300, governmentSubsidy: 55 },
    { amount: 1000, governmentSubsidy: 120 },
    { amount: 2000, governmentSubsidy: 200 },
    { amount: 2500, governmentSubsidy: 260 },
  ],
  hardshipTierCategories: [
    'MINIMUM_LIVING',
    'LOW_INCOME_MARGINAL',
    'POVERTY_MONITORING',
    'SEVERE_DISABILITY',
    'DISABILITY_GRADE_3_4',
    'DESTITUTE_SUPPORT',
  ],
  backPayEarnsSubsidy: false,
};
const REFORM = `query ($d: PolicyYearInput!) { reformSimulation(draft: $d, baseYear: 2025) {
  total { villages movedMembers invalidVillages overBudgetVillages before { members collective accountCredit } after { members collective accountCredit } }
  rows { code before { collective } after { collective } } issues { villageCode code } standardsChecked } }`;

/**
 * The first call starts the worker threads (each compiles the rules package): it is printed apart, as the warm-up;
 * the next `repeat` are the measured lines, as the other benches measure after a warm-up.
 */
export async function regionReform(
  admin: Client,
  server: TestServer,
  full: boolean,
  settleRate: number | null,
  repeat: number,
): Promise<void> {
  await measure(admin, server, full, settleRate, 'region reform (first call, worker threads starting)');
  for (let i = 0; i < repeat; i++) await measure(admin, server, full, settleRate, 'region reform');
}

async function measure(admin: Client, server: TestServer, full: boolean, settleRate: number | null, label: string): Promise<void> {
  const resetPeak = () => {
    try {
      writeFileSync(`/proc/${server.pid()}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  };
  const reset = resetPeak();
  const cpu0 = processCpuMs(server.pid());
  const t0 = performance.now();
  const r = (await admin.ok(REFORM, { d: DRAFT })).reformSimulation;
  const ms = performance.now() - t0;
  const cpu = processCpuMs(server.pid()) - cpu0;
  const members = r.total.before.members as number;
  const rate = (members * 1000) / ms;
  console.log(
    `${label}: ${fmt(members)} members × 2 in ${(ms / 1000).toFixed(2)} s (${fmt(rate)} members/s; server CPU ${duration(cpu)}` +
      (settleRate === null
        ? ')'
        : `; settle in this run: ${fmt(settleRate)} members/s, reform ${(rate / settleRate).toFixed(1)}× that per evaluation pair)`),
  );
  console.log(
    `${label}: server peak memory ${reset ? 'during the call (VmHWM reset before it)' : '(VmHWM since start: clear_refs refused)'} ${mb(server.peakMemory())}; ` +
      `${fmt(r.total.villages)} villages, ${fmt(r.standardsChecked)} distinct standards checked, ${fmt(r.total.movedMembers)} members moved tier, ` +
      `${fmt(r.total.invalidVillages)} standards invalid, ${fmt(r.total.overBudgetVillages)} over budget; collective ${fmt(r.total.before.collective)} → ${fmt(r.total.after.collective)} yuan`,
  );
  if (!full && label === 'region reform') {
    const all = REGION_VILLAGES * VILLAGE_MEMBERS;
    console.log(
      `region reform (EXTRAPOLATED from ${fmt(r.total.villages)} villages at the measured rate; run with --full to measure it): ${fmt(all)} members × 2 in about ${duration((all * 1000) / rate)}`,
    );
  }
}
