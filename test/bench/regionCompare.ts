/**
 * The region (region.ts) on SQLite and on PostgreSQL, one after the other on fresh databases, printed side by
 * side with PostgreSQL's ratio to SQLite (time and CPU time). PostgreSQL is skipped, saying so, when none
 * answers at CUNCE_E2E_PG_URL (default postgres://postgres@127.0.0.1:5432).
 */
import { freshDatabase, type DatabaseKind } from '../support/database.js';
import { client, type Client } from '../support/gql.js';
import { ADMIN_PASSWORD, startServer, type TestServer } from '../support/server.js';
import { duration, fmt, mb } from './measure.js';
import { REGION_VILLAGES, regionSetup, regionTotal, VILLAGE_MEMBERS, wholeRegion, type RegionFigures } from './region.js';

/** What runs next on the region's server, its database still full (the reform bench). */
export type AfterRegion = (kind: DatabaseKind, admin: Client, server: TestServer, figures: RegionFigures) => Promise<void>;

export async function regionOnBoth(
  villages: number,
  kinds: readonly DatabaseKind[] = ['sqlite', 'postgres'],
  after?: AfterRegion,
): Promise<void> {
  const figures = new Map<DatabaseKind, RegionFigures>();
  for (const kind of kinds) {
    const database = await freshDatabase(kind).catch((error: Error) => {
      console.log(`region on ${kind}: skipped, no database (${error.message})`);
      return null;
    });
    if (!database) continue;
    const docs = regionSetup(database, villages);
    const server = await startServer({ database });
    try {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      const f = await wholeRegion(admin, server, docs);
      figures.set(kind, f);
      await after?.(kind, admin, server, f);
    } catch (error) {
      console.error(`the server said:\n${server.output().slice(-4000)}`);
      throw error;
    } finally {
      await server.close();
    }
  }
  const sqlite = figures.get('sqlite');
  for (const [kind, f] of figures) {
    const total = f.importMs + f.settleMs;
    const cpu = f.serverCpuMs + f.databaseCpuMs;
    const ratio = sqlite && kind !== 'sqlite' ? `; ${ratioOf(f, sqlite)}` : '';
    console.log(
      `region on ${kind}: ${fmt(f.members)} members (${fmt(f.villages)} villages) imported in ${duration(f.importMs)} and settled in ${duration(f.settleMs)}: ${duration(total)}, ${fmt((f.members * 1000) / total)} members/s; CPU ${duration(cpu)} (server ${duration(f.serverCpuMs)}, database ${kind === 'sqlite' ? 'inside the server' : duration(f.databaseCpuMs)}); server peak memory (VmHWM) ${mb(f.peakMemory)}${ratio}`,
    );
  }
  for (const [kind, f] of figures) {
    const one = f.oneByOne;
    const perMember = one.ms / one.members;
    console.log(
      `region settle on ${kind}: ${fmt(f.members)} members (${fmt(f.villages)} villages) settled by one settleVillages call in ${duration(f.settleMs)} (${fmt((f.members * 1000) / f.settleMs)} members/s; server CPU ${duration(f.settleCpuMs)}); ` +
        `baseline, the first ${fmt(one.villages)} villages settled one by one (settle): ${duration(one.ms)}, ${fmt((one.members * 1000) / one.ms)} members/s, ` +
        `the same villages at that rate ${duration(perMember * f.members)} (server CPU ${duration((one.cpuMs / one.members) * f.members)}): ` +
        `${((perMember * f.members) / f.settleMs).toFixed(2)}× the call's time, ${(((one.cpuMs / one.members) * f.members) / f.settleCpuMs).toFixed(2)}× its CPU time` +
        ` (server CPU and peak above include the baseline)`,
    );
  }
  for (const [kind, f] of figures) {
    const t = regionTotal(f);
    if (t.extrapolated)
      console.log(
        `region on ${kind} (EXTRAPOLATED from ${fmt(f.villages)} of ${fmt(REGION_VILLAGES)} villages at the measured rate; --full measures it): ${fmt(REGION_VILLAGES * VILLAGE_MEMBERS)} members in about ${duration(t.ms)} (CPU ${duration(t.cpuMs)})`,
      );
  }
}

const ratioOf = (f: RegionFigures, base: RegionFigures) => {
  const per = (x: RegionFigures, ms: number) => ms / x.members;
  const time = per(f, f.importMs + f.settleMs) / per(base, base.importMs + base.settleMs);
  const cpu = per(f, f.serverCpuMs + f.databaseCpuMs) / per(base, base.serverCpuMs + base.databaseCpuMs);
  return `${time.toFixed(2)}× SQLite's time, ${cpu.toFixed(2)}× its CPU time`;
};
