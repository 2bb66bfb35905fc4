/**
 * (c) The whole region: 2,200 villages × 850 members imported (importMembers, one call a village) and settled,
 * each village with a filed scheme (one of the 16 pilot standards). Villages beyond the 16 seeded ones are
 * added through the API as admin. By default a sample of the villages runs and the total is extrapolated
 * (clearly marked); `--full` runs the whole region. Prints time and the server's peak memory (VmHWM).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSet } from '@cunce/rules';
import { syntheticRoster, toMemberInput } from '../../rules/bench/roster.js';
import { policies } from '../support/expected.js';
import { makeUser, ruleSet, type TestUser, type VillageTeam } from '../support/factories.js';
import type { Client } from '../support/gql.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { REPO_ROOT } from '../support/serverCommand.js';
import type { TestServer } from '../support/server.js';
import { duration, fmt, mb } from './measure.js';

export const REGION_VILLAGES = 2200;
export const VILLAGE_MEMBERS = 850;
const SAMPLE_VILLAGES = 110;
/** Villages filed at once during the setup (the measured import and settle run one village at a time). */
const SETUP_CONCURRENCY = 4;
const YEAR = 2025;
const SETTLE = `mutation ($v: String!, $y: Int!) { settle(villageCode: $v, year: $y) { totals { members } } }`;

/** Seeds and measures the region; returns the settle rate (members/s) for the benches that read it afterwards. */
export async function wholeRegion(admin: Client, server: TestServer, full: boolean): Promise<{ settleRate: number }> {
  const count = full ? REGION_VILLAGES : SAMPLE_VILLAGES;
  const t0 = performance.now();
  const villages = await villageCodes(admin, count);
  const teams = await departments(admin, villages);
  const templates = readdirSync(join(REPO_ROOT, 'rules/villages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const docs = new Map<string, RuleSet>();
  villages.forEach((village, i) => docs.set(village, ruleSet(village, YEAR, {}, templates[i % templates.length])));
  await inParallel(villages, SETUP_CONCURRENCY, (village) => filedScheme(teams(village), docs.get(village)!));
  const setupMs = performance.now() - t0;
  console.log(
    `region: ${fmt(villages.length)} villages added and filed through the API in ${duration(setupMs)} (setup, not counted below)`,
  );

  let importMs = 0;
  let settleMs = 0;
  let members = 0;
  const policy = policies(YEAR)!;
  for (const [i, village] of villages.entries()) {
    const doc = docs.get(village)!;
    const roster = syntheticRoster(VILLAGE_MEMBERS, {
      year: YEAR,
      policy,
      facts: doc.facts,
      addressCode: village.slice(0, 6),
      seed: i + 1,
    }).map(toMemberInput);
    let t = performance.now();
    await importRoster(admin, village, YEAR, roster);
    importMs += performance.now() - t;
    t = performance.now();
    members += (await admin.ok(SETTLE, { v: village, y: YEAR })).settle.totals.members;
    settleMs += performance.now() - t;
    if (full && (i + 1) % 200 === 0)
      console.log(
        `  ${i + 1} villages: import ${duration(importMs)}, settle ${duration(settleMs)}, server peak ${mb(server.peakMemory())}`,
      );
  }
  const total = importMs + settleMs;
  const rate = (members * 1000) / total;
  console.log(
    `region: ${fmt(members)} members imported in ${duration(importMs)} and settled in ${duration(settleMs)}: ${duration(total)} (${fmt(rate)} members/s)`,
  );
  if (!full) {
    const all = REGION_VILLAGES * VILLAGE_MEMBERS;
    console.log(
      `region (EXTRAPOLATED from ${fmt(villages.length)} of ${fmt(REGION_VILLAGES)} villages at the measured rate; run with --full to measure it): ${fmt(all)} members in about ${duration((all * 1000) / rate)}`,
    );
  }
  console.log(
    `region: server peak memory (VmHWM) ${mb(server.peakMemory())}${full ? '' : ` over the ${fmt(villages.length)}-village sample`}`,
  );
  return { settleRate: (members * 1000) / settleMs };
}

/** The seeded villages, then new ones (township code + 400, 401, ...) added through the API, `count` in all. */
async function villageCodes(admin: Client, count: number): Promise<string[]> {
  const { counties } = await admin.ok(`{ counties { townships { code villages { code } } } }`);
  const townships: { code: string; villages: { code: string }[] }[] = counties.flatMap((c: { townships: unknown[] }) => c.townships);
  const codes = townships.flatMap((t) => t.villages.map((v) => v.code)).slice(0, count);
  const added = Array.from({ length: count - codes.length }, (_, n) => {
    const township = townships[n % townships.length]!;
    return { township: township.code, code: `${township.code}${400 + Math.floor(n / townships.length)}`, name: `测试村${n + 1}` };
  });
  await inParallel(added, SETUP_CONCURRENCY, (v) =>
    admin.ok(
      `mutation ($t: String!, $c: String!, $n: String!) { addVillage(townshipCode: $t, code: $c, name: $n, provisional: true) { code } }`,
      { t: v.township, c: v.code, n: v.name },
    ),
  );
  codes.push(...added.map((v) => v.code));
  return codes;
}

/** The receiving departments of every township and county involved; the admin stands in for the cadres. */
export async function departments(admin: Client, villages: string[]): Promise<(village: string) => VillageTeam> {
  const users = new Map<string, TestUser>();
  const user = async (role: 'TOWNSHIP_OFFICER' | 'COUNTY_HRSS' | 'COUNTY_AGRICULTURE', area: string) => {
    const key = `${role} ${area}`;
    if (!users.has(key)) users.set(key, await makeUser(admin, role, area));
    return users.get(key)!;
  };
  for (const v of villages) {
    await user('TOWNSHIP_OFFICER', v.slice(0, 9));
    await user('COUNTY_HRSS', v.slice(0, 6));
    await user('COUNTY_AGRICULTURE', v.slice(0, 6));
  }
  const cadre = { id: '', username: 'admin', role: 'REGION_ADMIN' as const, areaCode: null, client: admin };
  return (v) => ({
    village: v,
    cadre,
    agency: cadre,
    township: users.get(`TOWNSHIP_OFFICER ${v.slice(0, 9)}`)!,
    hrss: users.get(`COUNTY_HRSS ${v.slice(0, 6)}`)!,
    agriculture: users.get(`COUNTY_AGRICULTURE ${v.slice(0, 6)}`)!,
  });
}

async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}
