/**
 * Where `simulate` evaluates and `validateRuleSet` checks: up to INLINE_POINTS points (simulation.cost.ts; about
 * 500 members, or 30 with traces, of a pilot standard: a few milliseconds) on the main thread, so that it never
 * queues behind a big one; more in a worker thread (EVAL_THREADS, started on first use), so that it never holds
 * the event loop: the main thread only copies the input over and the answer back. At most EVAL_QUEUE tasks wait
 * for a thread; past that a request is refused as SERVER_BUSY. `closeSimulationPool` ends the threads (the
 * server's shutdown; idle threads do not keep the process alive).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { EVAL_QUEUE, EVAL_THREADS } from '../../../limits/limits.js';
import { ServerBusy } from '../../../limits/refusals.js';
import { REPO_ROOT } from '../../../config.js';
import { validateRuleSet, type PolicySource, type PolicyYear, type Validation } from '@cunce/rules';
import { answerOf, type SimulateAnswer, type SimulateTask } from './simulate.task.js';
import { evaluationPoints, validationPoints } from './simulation.cost.js';

export const INLINE_POINTS = 5000;

/** From the sources also when the server runs compiled: the entry is plain JavaScript that tsc does not copy. */
const WORKER = pathToFileURL(join(REPO_ROOT, 'server/src/modules/lifecycle/simulation/simulate.worker.mjs')).href;
/** Years a policy may be configured for (savePolicyYear). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

let pool: Piscina | undefined;

export async function evaluateSimulation(task: Omit<SimulateTask, 'years'>, policies: PolicySource): Promise<SimulateAnswer> {
  const points = validationPoints(task.ruleSet) + evaluationPoints(task.ruleSet, task.members.length, task.trace);
  if (points <= INLINE_POINTS) return answerOf(task, policies);
  return inWorker<SimulateAnswer>({ ...task, years: configuredYears(policies) }, 'default');
}

export async function checkRuleSet(ruleSet: unknown, policies: PolicySource): Promise<Validation> {
  if (validationPoints(ruleSet) <= INLINE_POINTS) return validateRuleSet(ruleSet, policies);
  return inWorker<Validation>({ ruleSet, years: configuredYears(policies) }, 'runValidation');
}

async function inWorker<T>(task: object, name: string): Promise<T> {
  // Lower priority (nice 10): on a busy machine the main thread, answering everyone, gets the CPU first.
  pool ??= new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: EVAL_THREADS,
    maxQueue: EVAL_QUEUE,
    idleTimeout: 60_000,
    niceIncrement: 10,
  });
  try {
    return (await pool.run(task, { name })) as T;
  } catch (error) {
    if (error instanceof Error && error.message === 'Task queue is at limit') throw new ServerBusy(5);
    throw error;
  }
}

export async function closeSimulationPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

/** Ends the threads when Apollo Server stops. */
export const simulationPoolPlugin: ApolloServerPlugin = {
  async serverWillStart() {
    return { serverWillStop: closeSimulationPool };
  },
};

const years = new WeakMap<PolicySource, PolicyYear[]>();

/** Every year the source has a policy for (looked up once a source: it is rebuilt only when a year is edited). */
export function configuredYears(policies: PolicySource): PolicyYear[] {
  let found = years.get(policies);
  if (!found) {
    found = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const policy = policies(year);
      if (policy) found.push(policy);
    }
    years.set(policies, found);
  }
  return found;
}
