/**
 * (c) The whole region: 2,200 villages × 850 members imported (importMembers, one call a village) and settled
 * (settleVillages, one call for the region), each village with a filed scheme (one of the 16 pilot standards,
 * seeded by regionSetup.ts). The baseline in the same run: the first ONE_BY_ONE villages settled one by one
 * (settle, one call a village) before the region's call replaces their drafts. By default a sample of the villages
 * runs and the total is extrapolated (clearly marked); `--full` runs the whole region. Measures the time, the CPU
 * time of the server and of the database (PostgreSQL's backends; SQLite runs inside the server) and the server's
 * peak memory (VmHWM).
 */
import type { RuleSet } from '@cunce/rules';
import { syntheticRoster, toMemberInput } from '../../rules/bench/roster.js';
import type { TestDatabase } from '../support/database.js';
import { policies } from '../support/expected.js';
import type { Client } from '../support/gql.js';
import { importRoster } from '../support/scheme.js';
import type { TestServer } from '../support/server.js';
import { databaseCpu } from './databaseCpu.js';
import { duration, fmt, mb, processCpuMs } from './measure.js';
import { filedVillages } from './regionSetup.js';

export const REGION_VILLAGES = 2200;
export const VILLAGE_MEMBERS = 850;
export const SAMPLE_VILLAGES = 110;
const YEAR = 2025;
const SETTLE = `mutation ($v: String!, $y: Int!) { settle(villageCode: $v, year: $y) { totals { members } } }`;
const SETTLE_REGION = `mutation ($y: Int!) { settleVillages(year: $y) { settledCount totals { members } refused { villageCode code message } } }`;
/** Villages settled one by one first, the baseline of the region's call. */
export const ONE_BY_ONE = 110;

export interface RegionFigures {
  villages: number;
  members: number;
  importMs: number;
  /** settleVillages over the region's villages. */
  settleMs: number;
  /** The baseline: the first `oneByOne.villages` villages settled one by one (`settle`). */
  oneByOne: { villages: number; members: number; ms: number; cpuMs: number };
  /** The server's CPU time during settleVillages (every thread: the workers' and SQLite's too). */
  settleCpuMs: number;
  /** CPU time of the server process and of the database's backends over the measured import and settle. */
  serverCpuMs: number;
  databaseCpuMs: number;
  peakMemory: number;
}

/** The villages and their filed schemes, in the fresh database before its server starts (regionSetup.ts). */
export function regionSetup(database: TestDatabase, villages: number): Map<string, RuleSet> {
  const t0 = performance.now();
  const docs = filedVillages(database, villages, YEAR);
  console.log(
    `region on ${database.kind}: ${fmt(docs.size)} villages added and filed in ${duration(performance.now() - t0)} (setup, not counted)`,
  );
  return docs;
}

export async function wholeRegion(admin: Client, server: TestServer, docs: ReadonlyMap<string, RuleSet>): Promise<RegionFigures> {
  const kind = server.database.kind;
  const full = docs.size >= REGION_VILLAGES;

  const figures: RegionFigures = {
    villages: docs.size,
    members: 0,
    importMs: 0,
    settleMs: 0,
    oneByOne: { villages: 0, members: 0, ms: 0, cpuMs: 0 },
    settleCpuMs: 0,
    serverCpuMs: 0,
    databaseCpuMs: 0,
    peakMemory: 0,
  };
  const policy = policies(YEAR)!;
  const dbCpu = await databaseCpu(server.database);
  const serverCpu0 = processCpuMs(server.pid());
  try {
    for (const [i, [village, doc]] of [...docs].entries()) {
      const roster = syntheticRoster(VILLAGE_MEMBERS, {
        year: YEAR,
        policy,
        facts: doc.facts,
        addressCode: village.slice(0, 6),
        seed: i + 1,
      });
      const t = performance.now();
      await importRoster(admin, village, YEAR, roster.map(toMemberInput));
      figures.importMs += performance.now() - t;
      if (full && (i + 1) % 200 === 0)
        console.log(`  ${kind}, ${i + 1} villages: import ${duration(figures.importMs)}, server peak ${mb(server.peakMemory())}`);
    }
    await dbCpu.sample();
    let t = performance.now();
    let cpu = processCpuMs(server.pid());
    for (const village of [...docs.keys()].slice(0, ONE_BY_ONE)) {
      figures.oneByOne.members += (await admin.ok(SETTLE, { v: village, y: YEAR })).settle.totals.members;
      figures.oneByOne.villages++;
    }
    figures.oneByOne.ms = performance.now() - t;
    figures.oneByOne.cpuMs = processCpuMs(server.pid()) - cpu;
    t = performance.now();
    cpu = processCpuMs(server.pid());
    const region = (await admin.ok(SETTLE_REGION, { y: YEAR })).settleVillages;
    figures.settleMs = performance.now() - t;
    figures.settleCpuMs = processCpuMs(server.pid()) - cpu;
    figures.members = region.totals.members;
    if (region.settledCount !== docs.size)
      throw new Error(
        `settleVillages settled ${region.settledCount} of ${docs.size} villages: ${JSON.stringify(region.refused.slice(0, 3))}`,
      );
    figures.databaseCpuMs = await dbCpu.sample();
  } finally {
    await dbCpu.close();
  }
  figures.serverCpuMs = processCpuMs(server.pid()) - serverCpu0;
  figures.peakMemory = server.peakMemory();
  return figures;
}

/** The members-per-second rate and, for a sample, the whole region's time at that rate. */
export function regionTotal(f: RegionFigures): { ms: number; cpuMs: number; extrapolated: boolean } {
  const scale = (REGION_VILLAGES * VILLAGE_MEMBERS) / f.members;
  const extrapolated = f.villages < REGION_VILLAGES;
  const k = extrapolated ? scale : 1;
  return { ms: (f.importMs + f.settleMs) * k, cpuMs: (f.serverCpuMs + f.databaseCpuMs) * k, extrapolated };
}
