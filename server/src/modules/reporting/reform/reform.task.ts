/**
 * One village's reform as a worker thread runs it (reform.pool.ts): the packed roster pages read, both years
 * evaluated. The standard and the policy years arrive with every task, as copies; the worker keeps the first copy of
 * each (by the key the main thread gave it) so that the evaluator's compiled plans, cached by object, are reused
 * from village to village as on the main thread.
 */
import {
  policySource,
  reformVillage,
  type Member,
  type PolicySource,
  type PolicyYear,
  type RuleSet,
  type VillageReform,
} from '@cunce/rules';
import { readPacked } from './reform.member.js';
import type { RosterPage } from './reform.roster.js';

export interface ReformTask {
  /** Unique to the run: the worker keeps its years and standards under it. */
  run: string;
  baseYear: number;
  stored: PolicyYear[];
  draft: PolicyYear;
  /** The standard's key within the run (equal standards share one), or null without a paying standard. */
  standard: number | null;
  ruleSet: RuleSet | null;
  /** The roster's pages; those of SQLite (bytes) are moved to the thread, not copied. */
  pages: RosterPage[];
}

interface RunCache {
  stored: PolicySource;
  draft: PolicyYear;
  standards: Map<number, RuleSet>;
}

/** The runs this thread has served lately (a few at once at most). */
const runs = new Map<string, RunCache>();
const KEPT_RUNS = 4;

function cacheOf(task: ReformTask): RunCache {
  let cache = runs.get(task.run);
  if (!cache) {
    if (runs.size >= KEPT_RUNS) runs.delete(runs.keys().next().value!);
    cache = { stored: policySource(task.stored), draft: task.draft, standards: new Map() };
    runs.set(task.run, cache);
  }
  return cache;
}

/** The village's members from its packed pages. */
export function membersOf(pages: readonly RosterPage[]): Member[] {
  const members: Member[] = [];
  for (const page of pages) readPacked(typeof page === 'string' ? page : textOf(page), members);
  return members;
}

/** UTF-8 bytes as text (a Buffer arrives in a thread as a plain Uint8Array). */
const textOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

export default async function runReformTask(task: ReformTask): Promise<VillageReform> {
  const cache = cacheOf(task);
  let ruleSet: RuleSet | null = null;
  if (task.standard !== null) {
    ruleSet = cache.standards.get(task.standard) ?? task.ruleSet!;
    cache.standards.set(task.standard, ruleSet);
  }
  const years = { baseYear: task.baseYear, stored: cache.stored, draft: cache.draft };
  return reformVillage(ruleSet, membersOf(task.pages), years, []);
}
