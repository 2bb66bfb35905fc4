/** Settling a village's year: evaluate the roster with the paying version and store a DRAFT settlement. */
import type { PolicySource, RowIssue } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { Conflict } from '../../../errors.js';
import { auditNow } from '../../audit/audit.js';
import { refusePracticeRoster } from '../../lifecycle/roster/roster.practice.js';
import { rosterInputs } from '../../lifecycle/roster/roster.read.js';
import { findPaying, type Paying } from '../../lifecycle/scheme/scheme.paying.js';
import { lockVillage } from '../../lifecycle/scheme/village.lock.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import {
  removeDrafts,
  settledAmong,
  settlementIds,
  type VillageYearSettlements,
} from '../../lifecycle/settlementRecord/settlement.repository.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { allocateForSettlement, storeAllocation } from '../allocation/donation.settle.js';
import { crossVillageRows, crossVillageWarnings, type SettledElsewhere } from './settlement.crossVillage.js';
import { insertDraft } from './settlement.draft.js';
import { acceptEvaluation, runSettleEvaluation, settleEvaluation, type Evaluated, type SettleEvaluation } from './settlement.evaluate.js';
import { settlementSnapshot } from './settlement.snapshot.js';
import { insertOutcomes, outcomeRows, type OutcomeRow } from './settlement.store.js';
import type { DraftFigures } from './settlement.task.js';
import { inTurn, together } from './together.js';

export interface SettleRequest {
  village: Village;
  year: number;
  supplementary: boolean;
}

/** A settled village: the draft with its outcome rows. */
export interface Settled {
  settlement: Settlement;
  outcomes: OutcomeRow[];
}

/**
 * One transaction, in the order of API.md's "Roster and settlement" and RULESET.md's "From rules to money": a
 * failure at any step leaves the database as it was. Returns the settlement with its outcome rows (so that the
 * answer does not depend on reading back what a concurrent settlement may already have replaced).
 */
export async function settle(em: Em, user: User, policies: PolicySource, req: SettleRequest): Promise<Settled> {
  return em.transactional(async (tx) => {
    const prepared = await prepareSettlement(tx, req);
    // Bad rows, gates, sections, caps and budget (RULESET.md steps 1-5), evaluated on this thread while the
    // database removes the previous draft and then finds the members' confirmed settlements in other villages
    // (one statement at a time on the transaction's connection).
    const evaluated = runSettleEvaluation(prepared.task, policies).then((e) => acceptEvaluation(e, prepared.paying, req.year));
    const database = inTurn(removeDrafts(tx, prepared.stored.drafts), () => crossVillageRows(tx, req.village, req.year));
    const [first, [, elsewhere]] = await together(evaluated, database);
    return recordSettlement(tx, user, policies, prepared, first, elsewhere);
  });
}

/** What a settlement reads before it evaluates (steps 1 and 2), inside its transaction. */
export interface PreparedSettlement {
  req: SettleRequest;
  stored: VillageYearSettlements;
  /** The ID numbers already in a confirmed settlement (null for a first settlement). */
  settled: ReadonlySet<string> | null;
  paying: Paying | null;
  /** The members to evaluate with the paying version's rule set. */
  task: SettleEvaluation;
}

/**
 * 1. One settlement of the village at a time; once one is confirmed, only a supplementary one (late payers).
 * 2. The roster, and the version that pays the year (none: every member fails the gate SCHEME_NOT_ACTIVE).
 */
export async function prepareSettlement(tx: Em, req: SettleRequest): Promise<PreparedSettlement> {
  const { village, year } = req;
  await lockVillage(tx, village);
  await refusePracticeRoster(tx, village, year);
  const stored = await settlementIds(tx, village, year);
  const settled = await settledAmong(tx, stored.confirmed);
  if (settled && !req.supplementary) throw confirmedRefusal(village, year);
  const roster = await rosterInputs(tx, village.id, year);
  const paying = await findPaying(tx, village, year);
  return { req, stored, settled, paying, task: settleEvaluation(roster, settled, paying, req) };
}

/** The refusal to settle again a village-year whose settlement is confirmed (only a supplementary one may follow). */
export function confirmedRefusal(village: Village, year: number): Conflict {
  return new Conflict(`${village.name}${year}年度的结算已确认，不能重新结算；如有补缴的成员，请进行补充结算（supplementary）`);
}

/**
 * Steps 4 and 5 once the members are evaluated (`first`) and the previous drafts removed, `elsewhere` being the
 * members' confirmed settlements in other villages (crossVillageRows).
 * 4. Donations (step 6): gifts and pools shared out within the cap, evaluated again if they changed anything.
 * 5. The draft (storeDraft).
 */
export async function recordSettlement(
  tx: Em,
  user: User,
  policies: PolicySource,
  prepared: PreparedSettlement,
  first: Evaluated,
  elsewhere: readonly SettledElsewhere[],
): Promise<Settled> {
  const { req, paying } = prepared;
  const { village, year } = req;
  const { members, result } = first;
  const ruleSet = paying?.version.ruleSet ?? null;
  const donations = await allocateForSettlement(tx, policies, { village, year, ruleSet, schemeActive: paying !== null, members, result });
  const outcomes = outcomeRows(donations.result.outcomes, members);
  const settlement = await storeDraft(tx, user, {
    prepared,
    figures: donations.result,
    warnings: [
      ...first.warnings,
      ...crossVillageWarnings(
        elsewhere,
        year,
        members.map((m) => m.idNumber),
      ),
    ],
    rows: async (id) => {
      await insertOutcomes(tx, id, outcomes);
      await storeAllocation(tx, id, donations);
    },
  });
  return { settlement, outcomes };
}

/** A draft to store: its figures and warnings, and how its rows are written once its id is known. */
export interface DraftToStore {
  prepared: Pick<PreparedSettlement, 'req' | 'stored' | 'settled' | 'paying'>;
  figures: DraftFigures;
  warnings: RowIssue[];
  /** Writes the outcome rows, the allocation and its basis of the settlement `id`. */
  rows: (id: number) => Promise<void>;
}

/**
 * 5. The draft: its row, the outcome rows and the allocation in batches, and the audit entry, all with plain SQL as
 * they come: the unit of work, which compares every entity it manages at each flush, writes nothing.
 */
export async function storeDraft(tx: Em, user: User, d: DraftToStore): Promise<Settlement> {
  const { req, stored, settled, paying } = d.prepared;
  const { village, year } = req;
  const draft = { village, year, supplementary: settled !== null, paying, evaluated: d.figures, warnings: d.warnings, createdBy: user };
  const settlement = await insertDraft(tx, draft);
  await d.rows(settlement.id);
  const after = { ...settlementSnapshot(settlement), replacedDrafts: stored.drafts };
  await auditNow(tx, user, 'SETTLE', 'Settlement', settlement.id, null, after, { village, year });
  return settlement;
}
