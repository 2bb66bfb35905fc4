/**
 * (b) `settle` storing a village's outcomes against a bare batched INSERT of the same rows into the same SQLite
 * file (a scratch copy of settlement_outcome with the same columns and indexes, written through the sqlite3
 * package in one transaction, 1,000 rows a statement).
 */
import { simulate, type MemberInput, type RuleSet } from '@cunce/rules';
import sqlite3 from 'sqlite3';
import { policies } from '../support/expected.js';
import type { Client } from '../support/gql.js';
import type { TestServer } from '../support/server.js';
import { cpuPerRun, medianMs, ms, selfCpuMs } from './measure.js';

const RUNS = 7;
const WARMUP = 2;
const BATCH = 1000;
const SETTLE = `mutation ($v: String!, $y: Int!) { settle(villageCode: $v, year: $y) { id totals { members } } }`;

export async function settleVsInsert(admin: Client, server: TestServer, doc: RuleSet, roster: MemberInput[]): Promise<number> {
  const village = doc.village;
  const year = doc.year;
  const members = roster.length;
  const evaluateMs = await medianMs(RUNS, WARMUP, () => simulate(structuredClone(doc), roster, policies, { year, mode: 'import' }));
  let settlementId = '';
  const settleOnce = async () => {
    const { settle } = await admin.ok(SETTLE, { v: village, y: year });
    if (settle.totals.members !== members) throw new Error(`settled ${settle.totals.members} members, expected ${members}`);
    settlementId = settle.id;
  };
  const settleMs = await medianMs(RUNS, WARMUP, settleOnce);
  const settleCpu = await cpuPerRun(RUNS, settleOnce, server.pid());

  const db = await open(server.database.file!);
  try {
    const schema = await all<{ type: string; sql: string }>(
      db,
      `select type, sql from sqlite_master where tbl_name = 'settlement_outcome' and sql is not null order by type desc`,
    );
    await run(db, 'drop table if exists bench_outcome');
    for (const { sql } of schema) await run(db, sql.replace(/settlement_outcome/g, 'bench_outcome'));
    const rows = await all<Record<string, unknown>>(db, `select * from settlement_outcome where settlement_id = ${Number(settlementId)}`);
    const columns = Object.keys(rows[0]!).filter((c) => c !== 'id');
    if (rows.length !== members) throw new Error(`found ${rows.length} stored outcomes, expected ${members}`);
    const insertAll = async () => {
      await run(db, 'begin');
      for (let i = 0; i < rows.length; i += BATCH) {
        const chunk = rows.slice(i, i + BATCH);
        const marks = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
        await run(
          db,
          `insert into bench_outcome (${columns.join(',')}) values ${marks}`,
          chunk.flatMap((r) => columns.map((c) => r[c])),
        );
      }
      await run(db, 'commit');
    };
    const inserts: number[] = [];
    let insertCpu = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await run(db, 'delete from bench_outcome');
      const t0 = performance.now();
      const c0 = selfCpuMs();
      await insertAll();
      if (i >= WARMUP) inserts.push(performance.now() - t0);
      if (i >= WARMUP) insertCpu += (selfCpuMs() - c0) / RUNS;
    }
    inserts.sort((a, b) => a - b);
    const bare = inserts[Math.floor(RUNS / 2)]!;
    await run(db, 'drop table bench_outcome');
    const ratio = settleMs / bare;
    console.log(
      `settle ${members} members over HTTP ${ms(settleMs)}; bare batched INSERT of the same ${rows.length} rows ${ms(bare)} (medians of ${RUNS})`,
    );
    console.log(
      `  (for scale: checking and evaluating the same roster in-process takes ${ms(evaluateMs)} of the settle's ${ms(settleMs)})`,
    );
    const cpu = settleCpu.server + settleCpu.client;
    console.log(
      `  CPU time: settle ${ms(cpu)} (server ${ms(settleCpu.server)}, client ${ms(settleCpu.client)}), bare INSERT ${ms(insertCpu)}: ${(cpu / insertCpu).toFixed(2)}×`,
    );
    console.log(`settle vs insert: ${ratio.toFixed(2)}×`);
    return ratio;
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}
const run = (db: sqlite3.Database, sql: string, params: unknown[] = []) =>
  new Promise<void>((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve())));
const all = <R>(db: sqlite3.Database, sql: string) =>
  new Promise<R[]>((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as R[]))));
