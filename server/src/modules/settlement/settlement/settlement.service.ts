/** Settling a village's year: evaluate the roster with the paying version and store a DRAFT settlement. */
import type { PolicySource } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { Conflict } from '../../../errors.js';
import { auditNow } from '../../audit/audit.js';
import { refusePracticeRoster } from '../../lifecycle/roster/roster.practice.js';
import { rosterInputs } from '../../lifecycle/roster/roster.read.js';
import { findPaying } from '../../lifecycle/scheme/scheme.paying.js';
import { lockVillage } from '../../lifecycle/scheme/village.lock.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { removeDrafts, settledAmong, settlementIds } from '../../lifecycle/settlementRecord/settlement.repository.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { allocateForSettlement, storeAllocation } from '../allocation/donation.settle.js';
import { crossVillageRows, crossVillageWarnings } from './settlement.crossVillage.js';
import { insertDraft } from './settlement.draft.js';
import { evaluateMembers } from './settlement.evaluate.js';
import { settlementSnapshot } from './settlement.snapshot.js';
import { insertOutcomes, outcomeRows, type OutcomeRow } from './settlement.store.js';
import { inTurn, together } from './together.js';

/**
 * One transaction, in the order of API.md's "Roster and settlement" and RULESET.md's "From rules to money": a
 * failure at any step leaves the database as it was. Returns the settlement with its outcome rows (so that the
 * answer does not depend on reading back what a concurrent settlement may already have replaced).
 */
export async function settle(
  em: Em,
  user: User,
  policies: PolicySource,
  req: { village: Village; year: number; supplementary: boolean },
): Promise<{ settlement: Settlement; outcomes: OutcomeRow[] }> {
  const { village, year } = req;
  return em.transactional(async (tx) => {
    // 1. One settlement of the village at a time; once one is confirmed, only a supplementary one (late payers).
    await lockVillage(tx, village);
    await refusePracticeRoster(tx, village, year);
    const stored = await settlementIds(tx, village, year);
    const settled = await settledAmong(tx, stored.confirmed);
    if (settled && !req.supplementary) {
      throw new Conflict(`${village.name}${year}年度的结算已确认，不能重新结算；如有补缴的成员，请进行补充结算（supplementary）`);
    }

    // 2. The roster, and the version that pays the year (none: every member fails the gate SCHEME_NOT_ACTIVE).
    const roster = await rosterInputs(tx, village.id, year);
    const paying = await findPaying(tx, village, year);

    // 3. Bad rows, gates, sections, caps and budget (RULESET.md steps 1-5), evaluated on this thread while the
    //    database removes the previous draft and then finds the members' confirmed settlements in other villages
    //    (one statement at a time on the transaction's connection).
    const database = inTurn(removeDrafts(tx, stored.drafts), () => crossVillageRows(tx, village, year));
    const [first, [, elsewhere]] = await together(evaluateMembers(roster, settled, paying, policies, req), database);
    const idNumbers = first.members.map((m) => m.idNumber);
    const warnings = [...first.warnings, ...crossVillageWarnings(elsewhere, year, idNumbers)];

    // 4. Donations (step 6): gifts and pools shared out within the cap, evaluated again if they changed anything.
    const ruleSet = paying?.version.ruleSet ?? null;
    const { members, result } = first;
    const donations = await allocateForSettlement(tx, policies, { village, year, ruleSet, schemeActive: paying !== null, members, result });

    // 5. The draft: its row, the outcome rows and the allocation in batches, and the audit entry, all with plain
    //    SQL as they come: the unit of work, which compares every entity it manages at each flush, writes nothing.
    const draft = { village, year, supplementary: settled !== null, paying, evaluated: donations.result, warnings, createdBy: user };
    const settlement = await insertDraft(tx, draft);
    const outcomes = outcomeRows(donations.result.outcomes, members);
    await insertOutcomes(tx, settlement.id, outcomes);
    await storeAllocation(tx, settlement.id, donations);
    const after = { ...settlementSnapshot(settlement), replacedDrafts: stored.drafts };
    await auditNow(tx, user, 'SETTLE', 'Settlement', settlement.id, null, after, { village, year });
    return { settlement, outcomes };
  });
}
