/**
 * (g) The area tree at the region's size (issue 13): the two operations the editor's tree sends (useAreaTree.ts),
 * `Counties` (counties → townships → villages) and `VillageStatuses` (`villages(codes:)` with each village's
 * scheme status for the year, every village of the tree in one request), as the editor sends them
 * (web/scripts/operations.ts), over the seeded villages and then with 2,200 more (generated, provisional codes:
 * support/region.ts). Every village gets a DRAFT scheme row; both are written straight into the SQLite file.
 * Prints the time (median of RUNS), the SQL statements the server sent (its DEBUG_SQL=1 log lines), and the
 * large tree's ratio to the seeded one, measured in the same run.
 */
import sqlite3 from 'sqlite3';
import { editorOperations } from '../../web/scripts/operations.js';
import { addGeneratedVillages } from '../browser/support/region.js';
import { freshDatabase } from '../support/database.js';
import { client, type Client } from '../support/gql.js';
import { ADMIN_PASSWORD, startServer, type TestServer } from '../support/server.js';
import { duration, fmt, processCpuMs } from './measure.js';

const YEAR = 2025;
const RUNS = 5;

interface TreeFigures {
  villages: number;
  /** Medians: both operations, the tree alone, the statuses alone, and the server's CPU time for both. */
  ms: number;
  treeMs: number;
  statusMs: number;
  serverCpuMs: number;
  statements: number;
}

export async function areaTree(): Promise<void> {
  const operations = await editorOperations();
  const text = (source: string) => operations.find((o) => o.source === source)!.text;
  const tree = text('divisions.ts#COUNTIES');
  const statuses = text('divisions.ts#VILLAGE_STATUSES');

  const database = await freshDatabase('sqlite');
  const server = await startServer({ database, env: { DEBUG_SQL: '1' }, outputLimit: 50_000_000 });
  try {
    const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
    await addDraftSchemes(database.file!);
    const seeded = await measure(admin, server, tree, statuses);
    await addGeneratedVillages(database.file!);
    const generated = await addDraftSchemes(database.file!);
    const large = await measure(admin, server, tree, statuses);
    if (large.villages !== seeded.villages + generated)
      throw new Error(`the tree shows ${large.villages} villages, not ${seeded.villages + generated}`);
    console.log(
      `area tree on sqlite: ${fmt(large.villages)} villages (${fmt(generated)} generated) with their scheme status in ${duration(large.ms)} (Counties ${duration(large.treeMs)} + VillageStatuses ${duration(large.statusMs)} as the editor sends them, medians of ${RUNS}; server CPU ${duration(large.serverCpuMs)}), ${large.statements} SQL statements; the seeded ${fmt(seeded.villages)} villages: ${duration(seeded.ms)} (server CPU ${duration(seeded.serverCpuMs)}), ${seeded.statements} statements; ${(large.villages / seeded.villages).toFixed(0)}× the villages in ${(large.ms / seeded.ms).toFixed(1)}× the time`,
    );
  } catch (error) {
    console.error(`the server said:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.close();
  }
}

/** The tree then every village's status, RUNS times: the median time, the statements of one round, the villages with a scheme. */
async function measure(admin: Client, server: TestServer, tree: string, statuses: string): Promise<TreeFigures> {
  const runs: { ms: number; treeMs: number; statusMs: number; serverCpuMs: number }[] = [];
  let statements = 0;
  let villages = 0;
  for (let run = 0; run < RUNS; run++) {
    const logged = server.output().length;
    const cpu = processCpuMs(server.pid());
    const t = performance.now();
    const { counties } = await admin.ok(tree);
    const codes: string[] = counties.flatMap((c: any) => c.townships.flatMap((t: any) => t.villages.map((v: any) => v.code)));
    const t1 = performance.now();
    const answer = await admin.ok(statuses, { codes, year: YEAR });
    const t2 = performance.now();
    runs.push({ ms: t2 - t, treeMs: t1 - t, statusMs: t2 - t1, serverCpuMs: processCpuMs(server.pid()) - cpu });
    statements = server
      .output()
      .slice(logged)
      .split('\n')
      .filter((line) => line.includes('[query]')).length;
    villages = answer.villages.length;
    if (answer.villages.some((v: any) => !v.scheme?.status)) throw new Error('a village of the tree came back without its scheme status');
  }
  const median = (key: keyof (typeof runs)[number]) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return {
    villages,
    ms: median('ms'),
    treeMs: median('treeMs'),
    statusMs: median('statusMs'),
    serverCpuMs: median('serverCpuMs'),
    statements,
  };
}

/** A DRAFT scheme for YEAR for every village without one (the generated ones); gives how many were added. */
async function addDraftSchemes(file: string): Promise<number> {
  const db = new sqlite3.Database(file);
  try {
    return await new Promise<number>((resolve, reject) =>
      db.run(
        `insert into scheme (village_id, year, status, current_version, created_at, updated_at)
         select id, ?, 'DRAFT', 0, ?, ? from village where id not in (select village_id from scheme where year = ?)`,
        [YEAR, Date.now(), Date.now(), YEAR],
        function (this: { changes: number }, error: Error | null) {
          if (error) reject(error);
          else resolve(this.changes);
        },
      ),
    );
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
