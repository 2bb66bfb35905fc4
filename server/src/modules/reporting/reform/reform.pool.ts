/**
 * The worker threads a big reform simulation evaluates its villages in (one a core, at a lower CPU priority, nice 10,
 * so that the main thread answering everyone comes first), started on first use and ended with the server. The main
 * thread reads the rosters and sums the answers; the threads parse and evaluate them. Idle threads end after a
 * minute and never keep the process alive.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { Piscina } from 'piscina';
import type { VillageReform } from '@cunce/rules';
import { REPO_ROOT } from './reform.ports.js';
import type { ReformTask } from './reform.task.js';

/** From the sources also when the server runs compiled: the entry is plain JavaScript that tsc does not copy. */
const WORKER = pathToFileURL(join(REPO_ROOT, 'server/src/modules/reporting/reform/reform.worker.mjs')).href;
export const REFORM_THREADS = Math.max(1, availableParallelism());

let pool: Piscina | undefined;

/** Runs the task in a thread; its byte pages move there (they are unusable here afterwards). */
export function inReformWorker(task: ReformTask): Promise<VillageReform> {
  pool ??= new Piscina({ filename: WORKER, minThreads: 0, maxThreads: REFORM_THREADS, idleTimeout: 60_000, niceIncrement: 10 });
  return pool.run(task, { transferList: movable(task.pages) }) as Promise<VillageReform>;
}

/** The buffers that are the pages' own (a Buffer cut from Node's shared pool is copied instead). */
function movable(pages: ReformTask['pages']): ArrayBuffer[] {
  const own: ArrayBuffer[] = [];
  for (const page of pages)
    if (
      typeof page !== 'string' &&
      page.byteOffset === 0 &&
      page.byteLength === page.buffer.byteLength &&
      page.buffer instanceof ArrayBuffer
    )
      own.push(page.buffer);
  return own;
}

export async function closeReformPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

/** Ends the threads when Apollo Server stops (the server's shutdown, and every test harness's close). */
export const reformPoolPlugin: ApolloServerPlugin = {
  async serverWillStart() {
    return { serverWillStop: closeReformPool };
  },
};
