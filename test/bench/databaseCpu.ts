/**
 * CPU time spent by the database on behalf of one server: nothing apart on SQLite (it runs inside the server
 * process, whose CPU time counts it), the backend processes serving the server's database on PostgreSQL
 * (same machine), read from /proc. Sampled after each step so that a backend the pool closes loses at most
 * one step's time; a backend started since the last sample counts from its start.
 */
import pg from 'pg';
import type { TestDatabase } from '../support/database.js';
import { processCpuMs } from './measure.js';

export interface DatabaseCpu {
  /** Takes a sample; returns the CPU time in ms used by the database's backends since the first one. */
  sample(): Promise<number>;
  close(): Promise<void>;
}

export async function databaseCpu(database: TestDatabase): Promise<DatabaseCpu> {
  if (database.kind === 'sqlite') return { sample: async () => 0, close: async () => undefined };
  const name = database.url.slice(database.url.lastIndexOf('/') + 1);
  const client = new pg.Client({ connectionString: database.url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  const last = new Map<number, number>();
  let total = 0;
  let first = true;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    for (const { pid } of rows) {
      const now = cpuOf(pid);
      if (now === null) continue;
      if (!first) total += now - (last.get(pid) ?? 0);
      last.set(pid, now);
    }
    first = false;
    return total;
  };
  await sample();
  return { sample, close: () => client.end() };
}

const cpuOf = (pid: number): number | null => {
  try {
    return processCpuMs(pid);
  } catch {
    return null; // ended since pg_stat_activity listed it
  }
};
