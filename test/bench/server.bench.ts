/**
 * `pnpm --filter @cunce/test bench` (the root `pnpm bench` runs it after the rules bench): the server's speed
 * figures of issues 3 and 11, measured against the real server process on SQLite, ratios from the same run.
 *   (a) simulate overhead: R×   (b) settle vs insert: R×   (c) the whole region: time and peak memory
 *   (d) anonymous and logged-in flood: p99 of small queries while the heaviest allowed simulate requests run
 *   (e) issue 11's attack: time to refuse it
 *   (f) issue 15's reform simulation over the region of (c) on SQLite: time, members per second, peak memory
 *   (g) issue 13's area tree of 2,200 villages with their scheme status, as the editor asks it: time and statements
 * `--full` runs (c) and (f) over all 2,200 villages instead of a sample; `--region` runs (c) and (f) alone; `--tree` runs (g) alone; `--db=sqlite` (or
 * `--db=postgres`) runs (c) on that database only; `--villages=N` takes a sample of N villages.
 * `--reform` runs (f) alone, on SQLite (or `--db=postgres`), over the region's villages with the rosters (c) would
 * import written straight into the database before the server starts (not counted, not settled; the reform reads
 * only the stored rosters and the filed standards); `--repeat=N` measures it N times after the warm-up.
 */
import { NINGXIA_POLICY_YEARS, policySource } from '@cunce/rules';
import { syntheticRoster, toMemberInput } from '../../rules/bench/roster.js';
import { buildServer } from '../support/build.js';
import { freshDatabase, type DatabaseKind } from '../support/database.js';
import { PILOT, ruleSet } from '../support/factories.js';
import { client } from '../support/gql.js';
import { filedScheme, importRoster } from '../support/scheme.js';
import { ADMIN_PASSWORD, startServer } from '../support/server.js';
import { attack } from './attack.js';
import { flood } from './flood.js';
import { REGION_VILLAGES, SAMPLE_VILLAGES, VILLAGE_MEMBERS } from './region.js';
import { regionOnBoth } from './regionCompare.js';
import { regionReform } from './reform.js';
import { departments, filedVillages } from './regionSetup.js';
import { settleVsInsert } from './settleVsInsert.js';
import { areaTree } from './tree.js';
import { simulateOverhead } from './simulateOverhead.js';

const VILLAGE = PILOT.village;
const YEAR = 2025;
const MEMBERS = 2000;
const full = process.argv.includes('--full');
const regionOnly = process.argv.includes('--region');
const treeOnly = process.argv.includes('--tree');
const reformOnly = process.argv.includes('--reform');
const repeat = Number(process.argv.find((a) => a.startsWith('--repeat='))?.slice(9)) || 1;
const db = process.argv.find((a) => a.startsWith('--db='))?.slice(5) as DatabaseKind | undefined;
const sample = Number(process.argv.find((a) => a.startsWith('--villages='))?.slice(11)) || undefined;

buildServer();
const doc = ruleSet(VILLAGE, YEAR);
const policy = policySource(NINGXIA_POLICY_YEARS)(YEAR)!;
const roster = syntheticRoster(MEMBERS, { year: YEAR, policy, facts: doc.facts, addressCode: VILLAGE.slice(0, 6), seed: 42 }).map(
  toMemberInput,
);
const bigRoster = syntheticRoster(10_000, { year: YEAR, policy, facts: doc.facts, addressCode: VILLAGE.slice(0, 6), seed: 7 }).map(
  toMemberInput,
);

if (treeOnly) await areaTree();
else if (reformOnly) await reformAlone(full ? REGION_VILLAGES : (sample ?? SAMPLE_VILLAGES));
else {
  if (!regionOnly) {
    await serverFigures();
    await areaTree();
  }
  await regionOnBoth(full ? REGION_VILLAGES : (sample ?? SAMPLE_VILLAGES), db ? [db] : undefined, async (kind, admin, server, f) => {
    if (kind === 'sqlite') await regionReform(admin, server, f.villages >= REGION_VILLAGES, (f.members * 1000) / f.settleMs, 1);
  });
}

/** (a), (b), (d) and (e) on one server. */
async function serverFigures(): Promise<void> {
  // Everything comes from one address: the anonymous rate limit would refuse most of it (test/security/ tests it).
  const server = await startServer({ database: await freshDatabase('sqlite'), env: { CUNCE_ANON_RATE_POINTS: '1000000000000' } });
  try {
    const anon = client(server.url);
    const admin = await anon.login('admin', ADMIN_PASSWORD);
    await simulateOverhead(anon, doc, roster, server.pid());
    await flood('anonymous', anon, anon, doc, bigRoster);
    await flood('logged-in', admin, anon, doc, bigRoster);
    await attack(anon, doc, bigRoster);
    await filedScheme((await departments(admin, [VILLAGE]))(VILLAGE), doc);
    await importRoster(admin, VILLAGE, YEAR, roster);
    await settleVsInsert(admin, server, doc, roster);
  } catch (error) {
    console.error(`the server said:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.close();
  }
}

/** (f) alone: the villages and their rosters written straight into a fresh database, then the reform `repeat` times. */
async function reformAlone(villages: number): Promise<void> {
  const database = await freshDatabase(db ?? 'sqlite');
  try {
    const t0 = performance.now();
    filedVillages(database, villages, YEAR, VILLAGE_MEMBERS);
    console.log(
      `reform alone on ${database.kind}: ${villages} villages filed, ${VILLAGE_MEMBERS} members each written in ${((performance.now() - t0) / 1000).toFixed(1)} s (setup, not counted)`,
    );
    const server = await startServer({ database });
    try {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      await regionReform(admin, server, villages >= REGION_VILLAGES, null, repeat);
    } catch (error) {
      console.error(`the server said:\n${server.output().slice(-4000)}`);
      throw error;
    } finally {
      await server.close();
    }
  } finally {
    await database.drop();
  }
}
