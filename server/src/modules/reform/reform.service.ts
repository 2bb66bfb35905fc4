/**
 * A reform simulation (issue 15): every village of the scope, its stored roster of the base year streamed from the
 * database, evaluated with its paying standard for the base year and for the draft year (rules' reformVillage),
 * summed by township, county and scope. Read-only; the caller audits it.
 */
import { reformVillage, type PolicySource, type PolicyYear, type ReformIssue, type RuleSet } from '@cunce/rules';
import { draftIssues } from '@cunce/rules';
import { ReformAccumulator } from './reform.accumulator.js';
import type { Em } from './reform.ports.js';
import type { ReformResult } from './reform.result.js';
import { villageRosters } from './reform.roster.js';
import type { ReformScope } from './reform.scope.js';
import { payingStandards, scopeVillages } from './reform.villages.js';

export async function reformSimulation(
  em: Em,
  scope: ReformScope,
  baseYear: number,
  draft: PolicyYear,
  stored: PolicySource,
  progress: (villages: number) => (done: number) => void = () => () => {},
): Promise<ReformResult> {
  const [villages, standards] = await Promise.all([scopeVillages(em, scope.countyCode), payingStandards(em, baseYear, scope.countyCode)]);
  const sums = new ReformAccumulator(scope.countyCode, scope.name);
  const issuesOf = standardIssues(baseYear, stored, draft);
  const years = { baseYear, stored, draft };
  const report = progress(villages.length);
  let done = 0;
  for await (const { village, members } of villageRosters(em, villages, baseYear)) {
    const ruleSet = standards.get(village.id) ?? null;
    sums.add(village, await reformVillage(ruleSet, members, years, ruleSet ? issuesOf(ruleSet) : []));
    report(++done);
  }
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
