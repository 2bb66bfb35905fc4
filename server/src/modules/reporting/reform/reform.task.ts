/**
 * One village's reform as a worker thread runs it (reform.pool.ts): the packed roster pages read, both years
 * evaluated. What every village of a run shares (the years, the draft, the run's distinct standards) is written once
 * by the main thread into shared memory (reformContext, in V8's serialization, the very format postMessage copies
 * in); each task carries only a handle to it and its standard's place in it. A thread reads it once a run, so that
 * the evaluator's compiled plans, cached by object, are reused from village to village as on the main thread (a
 * copy of the standard and the years in every task cost the main thread and the threads a tenth of a second a
 * region).
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
import { isAscii } from 'node:buffer';
import { deserialize, serialize } from 'node:v8';
import { readPacked } from './reform.member.js';
import type { RosterPage } from './reform.roster.js';

export interface ReformTask {
  /** Unique to the run: the thread keeps the run's context under it. */
  run: string;
  /** reformContext's shared bytes. */
  context: SharedArrayBuffer;
  /** The standard's place in the context's standards, or null without a paying standard. */
  standard: number | null;
  /** The roster's pages; those of SQLite (bytes) are moved to the thread, not copied. */
  pages: RosterPage[];
}

interface RunContext {
  baseYear: number;
  stored: PolicyYear[];
  draft: PolicyYear;
  standards: RuleSet[];
}

/** The run's shared part, serialized once into memory every thread can read. */
export function reformContext(context: RunContext): SharedArrayBuffer {
  const bytes = serialize(context);
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

interface RunCache {
  baseYear: number;
  stored: PolicySource;
  draft: PolicyYear;
  standards: RuleSet[];
}

/** The runs this thread has served lately (a few at once at most). */
const runs = new Map<string, RunCache>();
const KEPT_RUNS = 4;

function cacheOf(task: ReformTask): RunCache {
  let cache = runs.get(task.run);
  if (!cache) {
    if (runs.size >= KEPT_RUNS) runs.delete(runs.keys().next().value!);
    const context = deserialize(new Uint8Array(task.context).slice()) as RunContext;
    cache = { ...context, stored: policySource(context.stored) };
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

/**
 * UTF-8 bytes as text (a Buffer arrives in a thread as a plain Uint8Array). Most pages are ASCII (only a village
 * fact's text may not be), read as Latin-1 then: the same text, in a quarter of the time UTF-8 decoding takes.
 */
function textOf(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString(isAscii(buffer) ? 'latin1' : 'utf8');
}

export default async function runReformTask(task: ReformTask): Promise<VillageReform> {
  const { baseYear, stored, draft, standards } = cacheOf(task);
  const ruleSet = task.standard === null ? null : standards[task.standard]!;
  return reformVillage(ruleSet, membersOf(task.pages), { baseYear, stored, draft }, []);
}
