/**
 * The worker threads an area's settlement (settlement.area.ts) evaluates its villages' rosters in: one a core, at a
 * lower CPU priority (nice 10) so that the main thread answering everyone comes first, started on first use and
 * ended with the server. The main thread reads and writes the database while the threads check and evaluate the
 * next villages: a pool of its own, so that a region's villages never queue before the cadres' previews
 * (simulate.pool.ts) nor are refused as SERVER_BUSY; settlement.area.ts bounds what it hands over at once.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { Piscina } from 'piscina';
import { REPO_ROOT } from '../../../config.js';
import type { SettleTask, SettleTaskAnswer } from './settlement.task.js';

/** From the sources also when the server runs compiled: the entry is plain JavaScript that tsc does not copy. */
const WORKER = pathToFileURL(join(REPO_ROOT, 'server/src/modules/settlement/settlement/settlement.worker.mjs')).href;
export const SETTLE_THREADS = Math.max(1, availableParallelism());

let pool: Piscina | undefined;
/** Area settlements running: the threads end when the last one is done, giving their memory back at once. */
let users = 0;

export function settleInWorker(task: SettleTask): Promise<SettleTaskAnswer> {
  pool ??= new Piscina({ filename: WORKER, minThreads: 0, maxThreads: SETTLE_THREADS, idleTimeout: 60_000, niceIncrement: 10 });
  return pool.run(task) as Promise<SettleTaskAnswer>;
}

/**
 * Runs `work` (an area's settlement) with the threads, ended afterwards unless another settlement still uses them:
 * a region's rosters leave a few hundred megabytes in the threads' heaps that idle threads would hold for a minute.
 */
export async function withSettlementThreads<T>(work: () => Promise<T>): Promise<T> {
  users++;
  try {
    return await work();
  } finally {
    if (--users === 0) await closeSettlementPool();
  }
}

export async function closeSettlementPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

/** Ends the threads when Apollo Server stops. */
export const settlementPoolPlugin: ApolloServerPlugin = {
  async serverWillStart() {
    return { serverWillStop: closeSettlementPool };
  },
};
