/**
 * A reform simulation (issue 15): every village of the scope, its stored roster of the base year streamed from the
 * database, evaluated with its paying standard for the base year and for the draft year (rules' reformVillage),
 * summed by township, county and scope. Big scopes are evaluated in worker threads (reform.pool.ts) while the main
 * thread reads the next rosters; a few villages on the main thread. Read-only; the caller audits it.
 */
import {
  draftIssues,
  reformVillage,
  type PolicySource,
  type PolicyYear,
  type ReformIssue,
  type RuleSet,
  type VillageReform,
} from '@cunce/rules';
import { randomUUID } from 'node:crypto';
import { ReformAccumulator } from './reform.accumulator.js';
import { inReformWorker } from './reform.pool.js';
import type { Em } from './reform.ports.js';
import type { ReformResult } from './reform.result.js';
import { villageRosters, type RosterPage } from './reform.roster.js';
import type { ReformScope } from './reform.scope.js';
import { membersOf, reformContext } from './reform.task.js';
import { payingStandards, scopeVillages, type ScopeVillage } from './reform.villages.js';

/** From this many villages on, the threads evaluate (below, starting them costs more than they save). */
export const PARALLEL_VILLAGES = 100;
/** Villages handed to the threads and not yet summed, at most (bounds the rosters held in memory). */
const IN_FLIGHT = 16;

export interface ReformOptions {
  progress?: (villages: number) => (done: number) => void;
  /** Overrides PARALLEL_VILLAGES (tests compare both ways). */
  parallelFrom?: number;
}

export async function reformSimulation(
  em: Em,
  scope: ReformScope,
  baseYear: number,
  draft: PolicyYear,
  stored: PolicySource,
  opts: ReformOptions = {},
): Promise<ReformResult> {
  const [villages, standards] = await Promise.all([scopeVillages(em, scope.countyCode), payingStandards(em, baseYear, scope.countyCode)]);
  const sums = new ReformAccumulator(scope.countyCode, scope.name);
  const issuesOf = standardIssues(baseYear, stored, draft);
  const report = opts.progress?.(villages.length) ?? (() => {});
  const evaluate =
    villages.length >= (opts.parallelFrom ?? PARALLEL_VILLAGES)
      ? inThreads(baseYear, stored, draft, standards)
      : inline(baseYear, stored, draft);
  const pending: { village: ScopeVillage; ruleSet: RuleSet | null; reform: Promise<VillageReform> }[] = [];
  let done = 0;
  const settleOne = async () => {
    const { village, ruleSet, reform } = pending.shift()!;
    sums.add(village, { ...(await reform), issues: ruleSet ? issuesOf(ruleSet) : [] });
    report(++done);
  };
  for await (const { village, pages } of villageRosters(em, villages, baseYear)) {
    const ruleSet = standards.get(village.id) ?? null;
    const reform = evaluate(ruleSet, pages);
    reform.catch(() => {}); // awaited in turn below; a failure then fails the request
    pending.push({ village, ruleSet, reform });
    if (pending.length >= IN_FLIGHT) await settleOne();
  }
  while (pending.length > 0) await settleOne();
  return {
    baseYear,
    draftYear: draft.year,
    scopeName: scope.name,
    countyCode: scope.countyCode,
    total: sums.total,
    rows: sums.rows,
    issues: sums.issues,
    budgets: sums.budgets,
    moves: sums.tierMoves(),
    collectiveChanges: sums.collectiveChanges,
    accountCreditChanges: sums.accountCreditChanges,
    standardsChecked: issuesOf.checked(),
  };
}

type Evaluate = (ruleSet: RuleSet | null, pages: RosterPage[]) => Promise<VillageReform>;

function inline(baseYear: number, stored: PolicySource, draft: PolicyYear): Evaluate {
  const years = { baseYear, stored, draft };
  return (ruleSet, pages) => reformVillage(ruleSet, membersOf(pages), years, []);
}

/** The run's years and distinct standards go to the threads once (reform.task.ts); a task names its standard by place. */
function inThreads(baseYear: number, stored: PolicySource, draft: PolicyYear, standards: ReadonlyMap<number, RuleSet>): Evaluate {
  const run = randomUUID();
  const distinct = [...new Set(standards.values())];
  const places = new Map(distinct.map((ruleSet, i) => [ruleSet, i]));
  const context = reformContext({ baseYear, stored: storedYears(stored, baseYear), draft, standards: distinct });
  return (ruleSet, pages) => inReformWorker({ run, context, standard: ruleSet ? places.get(ruleSet)! : null, pages });
}

/** The stored years a thread needs: the base year, and those a standard covering up to the draft may name. */
function storedYears(stored: PolicySource, baseYear: number): PolicyYear[] {
  const years: PolicyYear[] = [];
  for (let y = baseYear - 20; y <= baseYear + 21; y++) {
    const p = stored(y);
    if (p) years.push(p);
  }
  return years;
}

/**
 * The draft's issues of a standard, worked out once for each standard object (payingStandards gives equal standards
 * one object): they depend only on the standard's rules and the years, not on the village or its roster.
 */
function standardIssues(baseYear: number, stored: PolicySource, draft: PolicyYear) {
  const memo = new Map<RuleSet, ReformIssue[]>();
  const of = (ruleSet: RuleSet): ReformIssue[] => {
    let issues = memo.get(ruleSet);
    if (!issues) memo.set(ruleSet, (issues = draftIssues(ruleSet, baseYear, stored, draft)));
    return issues;
  };
  return Object.assign(of, { checked: () => memo.size });
}
