/**
 * A village's settlement evaluated in a worker thread (settlement.pool.ts, for settlement.area.ts): the roster as the
 * database's JSON text in, and out what the main thread writes: the draft's figures, the warnings, the members'
 * ID numbers in order, and the outcome and allocation rows as batchInsert's JSON parameter. The main thread makes
 * no object a member. For a village without recorded gifts or pools only: the donations step with none, as
 * donation.settle.ts's allocateForSettlement does then (a member's own roster donation still makes a line).
 */
import {
  evaluateWithDonations,
  policySource,
  simulate,
  type PolicyYear,
  type RosterResult,
  type RowIssue,
  type RuleSet,
  type Validation,
} from '@cunce/rules';
import { rowsJson, type Column, type DatabaseKind } from '../../../adapter/columns.js';
import { membersOfJson } from '../../lifecycle/roster/roster.input.js';
import { allocationRows, outcomeRows } from './settlement.rows.js';

export interface SettleTask {
  ruleSet: unknown;
  /** A roster as roster.read.ts's rostersJson gives it (its bytes on SQLite). */
  roster: string | Uint8Array;
  year: number;
  schemeActive: boolean;
  /** Every configured policy year. */
  years: PolicyYear[];
  kind: DatabaseKind;
  columns: { outcomes: Column[]; allocation: Column[] };
}

/** What insertDraft stores of the evaluation. */
export type DraftFigures = Pick<RosterResult, 'totals' | 'budgetExceeded' | 'prorateFactor'>;

export type SettleTaskAnswer =
  | {
      ok: true;
      figures: DraftFigures;
      warnings: RowIssue[];
      idNumbers: string[];
      /**
       * Outcome rows in roster order, and allocation rows (null: none), as rowsJson: on SQLite its UTF-8 bytes, which
       * reach the main thread outside its JavaScript heap and go to the database as they are.
       */
      outcomes: string | Uint8Array;
      allocation: string | Uint8Array | null;
    }
  | { ok: false; rows: RowIssue[]; validation?: Validation };

const UTF8 = new TextEncoder();

/** Rows here hold no dates. */
const NO_DATES = { processDateProperty: (value: unknown) => value };

export async function runSettleTask(task: SettleTask): Promise<SettleTaskAnswer> {
  const policies = policySource(task.years);
  const ruleSet = task.ruleSet as RuleSet | null;
  const opts = { year: task.year, schemeActive: task.schemeActive };
  const first = await simulate(ruleSet, membersOfJson(task.roster), policies, { ...opts, mode: 'import' });
  if (!first.ok) return { ok: false, rows: first.rows, validation: first.validation };
  const { members } = first;
  const { result, allocation } = await evaluateWithDonations(ruleSet, members, policies, first.result, { ...opts, gifts: [], pools: [] });
  const lines = allocationRows(allocation.lines, members);
  const out = (json: string) => (task.kind === 'sqlite' ? UTF8.encode(json) : json);
  return {
    ok: true,
    figures: { totals: result.totals, budgetExceeded: result.budgetExceeded, prorateFactor: result.prorateFactor },
    warnings: first.warnings,
    idNumbers: members.map((m) => m.idNumber),
    outcomes: out(rowsJson(task.columns.outcomes, outcomeRows(result.outcomes, members), task.kind, NO_DATES)),
    allocation: lines.length ? out(rowsJson(task.columns.allocation, lines, task.kind, NO_DATES)) : null,
  };
}

export default runSettleTask;
