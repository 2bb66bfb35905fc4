/**
 * `pnpm bench`: a synthetic roster of 1,000,000 members split across the pilot villages' rule sets, evaluated
 * with `evaluateRoster`; in the same run the straightforward baseline (json-rules-engine `engine.run` per
 * member, `engine: 'reference'`) on a sample; their members per second, the ratio, and peak memory. It checks
 * on a sample that both give identical outcomes (exit 1 if not). The last line is `speedup: R×`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { evaluateMember, evaluateRoster } from '../src/evaluate/roster.js';
import { policySource } from '../src/policy.js';
import { NINGXIA_POLICY_YEARS } from '../src/policyData.js';
import type { Member, OutcomeFen, RuleSet } from '../src/types.js';
import { validateRuleSet } from '../src/validate.js';
import { syntheticRoster } from './roster.js';

const ROSTER_SIZE = 1_000_000;
const BASELINE_SAMPLE = 20_000;
const CHECK_SAMPLE = 5_000;

const policies = policySource(NINGXIA_POLICY_YEARS);
const peak = { rss: 0, heapUsed: 0 };
function sampleMemory(): void {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (n: number, ms: number) => (n * 1000) / ms;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

function pilotRuleSets(): RuleSet[] {
  const dir = new URL('../villages/', import.meta.url);
  const sets: RuleSet[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as RuleSet;
    if (validateRuleSet(doc, policies).valid) sets.push(doc);
    else console.log(`skipped ${name}: does not validate`);
  }
  if (sets.length === 0) throw new Error('no valid rule set in rules/villages');
  return sets;
}

interface Village {
  ruleSet: RuleSet;
  members: Member[];
  /** Roster outcomes kept for the check, by index in `members`, when the budget step left amounts as they were. */
  kept: Map<number, OutcomeFen>;
  prorated: boolean;
}

const ruleSets = pilotRuleSets();
let t0 = performance.now();
const villages: Village[] = ruleSets.map((ruleSet, v) => {
  const count = Math.floor(ROSTER_SIZE / ruleSets.length) + (v < ROSTER_SIZE % ruleSets.length ? 1 : 0);
  const policy = policies(ruleSet.year)!;
  const members = syntheticRoster(count, {
    year: ruleSet.year,
    policy,
    facts: ruleSet.facts,
    addressCode: ruleSet.village.slice(0, 6),
    seed: v + 1,
  });
  return { ruleSet, members, kept: new Map(), prorated: false };
});
sampleMemory();
console.log(
  `pilot rule sets: ${ruleSets.length}; roster: ${fmt(ROSTER_SIZE)} members generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// Which members the baseline runs (every k-th of each village) and which of those are checked.
const stride = Math.ceil(ROSTER_SIZE / BASELINE_SAMPLE);
const checkEvery = Math.ceil(BASELINE_SAMPLE / CHECK_SAMPLE);
const sampleOf = (v: Village) => v.members.map((_, i) => i).filter((i) => i % stride === 0);

/** CPU time of this process in ms: steadier than wall time on a shared machine (GC threads included). */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

// Two passes over the whole roster; the faster counts (the first also pays for compiling and warming up).
let oursMs = Infinity;
let oursCpuMs = Infinity;
let collectiveFen = 0;
for (let pass = 1; pass <= 2; pass++) {
  let wall = 0;
  let cpu = 0;
  collectiveFen = 0;
  for (const v of villages) {
    t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await evaluateRoster(v.ruleSet, v.members, policies, { year: v.ruleSet.year });
    cpu += cpuMs(c0);
    wall += performance.now() - t0;
    sampleMemory();
    collectiveFen += result.totals.collective;
    v.prorated = result.prorateFactor !== null;
    sampleOf(v).forEach((i, n) => n % checkEvery === 0 && v.kept.set(i, result.outcomes[i]!));
  }
  console.log(`ours, pass ${pass}: ${fmt(ROSTER_SIZE)} members in ${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU`);
  oursMs = Math.min(oursMs, wall);
  oursCpuMs = Math.min(oursCpuMs, cpu);
}
const ours = rate(ROSTER_SIZE, oursMs);
const oursCpu = rate(ROSTER_SIZE, oursCpuMs);
console.log(`ours: ${fmt(ours)} members/s wall, ${fmt(oursCpu)} members/CPU-s (collective ${fmt(collectiveFen / 100)} yuan)`);

let baselineMs = 0;
let baselineCpuMs = 0;
let baselineCount = 0;
let checked = 0;
const mismatches: string[] = [];
for (const v of villages) {
  const opts = { year: v.ruleSet.year };
  for (const i of sampleOf(v)) {
    const m = v.members[i]!;
    t0 = performance.now();
    const c0 = process.cpuUsage();
    const reference = await evaluateMember(v.ruleSet, m, policies, { ...opts, engine: 'reference' });
    baselineCpuMs += cpuMs(c0);
    baselineMs += performance.now() - t0;
    baselineCount++;
    const roster = v.kept.get(i);
    if (roster === undefined) continue;
    checked++;
    // Evaluated alone, our path must match json-rules-engine exactly; the roster outcome too unless prorated.
    const alone = await evaluateMember(v.ruleSet, m, policies, opts);
    if (!isDeepStrictEqual(alone, reference) || (!v.prorated && !isDeepStrictEqual(roster, reference))) {
      mismatches.push(
        `${v.ruleSet.village} ${m.idNumber}: ours ${JSON.stringify(v.prorated ? alone : roster)} ≠ reference ${JSON.stringify(reference)}`,
      );
    }
  }
}
sampleMemory();
const baseline = rate(baselineCount, baselineMs);
const baselineCpu = rate(baselineCount, baselineCpuMs);
console.log(
  `baseline (json-rules-engine engine.run per member): ${fmt(baselineCount)} members in ${(baselineMs / 1000).toFixed(2)} s → ${fmt(baseline)} members/s wall, ${fmt(baselineCpu)} members/CPU-s`,
);
console.log(
  `identical outcomes on ${fmt(checked)} sampled members: ${mismatches.length === 0 ? 'yes' : `NO, ${mismatches.length} differ`}`,
);
for (const line of mismatches.slice(0, 5)) console.log(`  ${line}`);
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(`peak memory: rss ${mb(Math.max(peak.rss, maxRss))} (max resident), heapUsed ${mb(peak.heapUsed)} (sampled)`);
// Members per second are wall-clock rates; the CPU-time ratio is printed too because it stays steadier when the
// machine is shared (it counts the garbage collector's parallel threads against ours, so it reads lower when idle).
console.log(`CPU-time ratio: ${(oursCpu / baselineCpu).toFixed(1)}×`);
console.log(`speedup: ${(ours / baseline).toFixed(1)}×`);
if (mismatches.length > 0) process.exitCode = 1;
