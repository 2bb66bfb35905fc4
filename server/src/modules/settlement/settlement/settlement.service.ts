/** Settling a village's year: evaluate the roster with the paying version and store a DRAFT settlement. */
import { simulate, type PolicySource, type RuleSet } from '@cunce/rules';
import type { Em } from '../../../db/orm.js';
import { BadRows, BadUserInput, Conflict, InvalidRuleSet } from '../../../errors.js';
import { audit } from '../../audit/audit.js';
import type { Village } from '../../reference/division/village.entity.js';
import { rosterInputs } from '../../lifecycle/roster/roster.read.js';
import { findPaying } from '../../lifecycle/scheme/scheme.paying.js';
import { lockVillage } from '../../lifecycle/scheme/village.lock.js';
import type { User } from '../../reference/user/user.entity.js';
import { crossVillageRows, crossVillageWarnings } from './settlement.crossVillage.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { removeDrafts, settledIdNumbers } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { settlementSnapshot } from './settlement.snapshot.js';
import { insertOutcomes, outcomeRows, type OutcomeRow } from './settlement.store.js';
import { allocateForSettlement } from '../allocation/donation.settle.js';

/**
 * One transaction: the previous draft of the village and year is removed, the roster (for a supplementary
 * settlement: only the members not in a confirmed one) is evaluated and the new draft stored with its outcome
 * rows. A failure at any point leaves the database as it was. Returns the settlement with its outcome rows (so
 * that the answer does not depend on reading back what a concurrent settlement may already have replaced).
 */
export async function settle(
  em: Em,
  user: User,
  policies: PolicySource,
  req: { village: Village; year: number; supplementary: boolean },
): Promise<{ settlement: Settlement; outcomes: OutcomeRow[] }> {
  const { village, year } = req;
  return em.transactional(async (tx) => {
    await lockVillage(tx, village);
    const settled = await settledIdNumbers(tx, village, year);
    if (settled && !req.supplementary) {
      throw new Conflict(`${village.name}${year}年度的结算已确认，不能重新结算；如有补缴的成员，请进行补充结算（supplementary）`);
    }
    // The roster is read first; then SQLite's worker thread (or PostgreSQL) deletes the previous drafts' rows and
    // searches other villages' settlements while this thread checks and evaluates the roster. Everything
    // started is awaited before the transaction can end either way, so no statement outlives it.
    const reading = settledOrFailed(rosterInputs(tx, village.id, year));
    const found = settledOrFailed(findPaying(tx, village, year));
    const replacing = reading.then(() => settledOrFailed(removeDrafts(tx, village, year)));
    const elsewhere = reading.then(() => settledOrFailed(crossVillageRows(tx, village, year)));
    let result: Awaited<ReturnType<typeof simulate>> & { ok: true };
    let paying: Awaited<ReturnType<typeof findPaying>>;
    try {
      const roster = valueOrThrow(await reading);
      paying = valueOrThrow(await found);
      const members = settled ? roster.filter((m) => !settled.has(m.idNumber)) : roster;
      if (members.length === 0) {
        throw new BadUserInput(settled ? '没有尚未结算的成员，无需补充结算' : `${village.name}${year}年度花名册为空，请先导入花名册`);
      }
      const evaluated = await simulate(paying?.version.ruleSet ?? null, members, policies, {
        year,
        mode: 'import',
        schemeActive: paying !== null,
      });
      if (!evaluated.ok) {
        const issues = evaluated.validation?.errors;
        if (issues && paying) throw new InvalidRuleSet(issues, `执行中的补助标准按${year}年度政策校验不通过，请修订后重新备案`);
        if (issues) throw new BadUserInput(issues.map((i) => i.message).join('；'), { issues });
        throw new BadRows(evaluated.rows, `花名册中有${evaluated.rows.length}处成员信息有误，请重新导入更正后再结算`);
      }
      result = evaluated;
    } finally {
      await Promise.all([found, replacing, elsewhere]);
    }
    const replaced = await replacing.then(valueOrThrow);
    const ruleSet: RuleSet | null = paying?.version.ruleSet ?? null;
    const warnings = [
      ...result.warnings,
      ...crossVillageWarnings(
        await elsewhere.then(valueOrThrow),
        year,
        result.members.map((m) => m.idNumber),
      ),
    ];
    // Social donations (社会资助): gifts and pools shared out within the cap, then evaluated again if they changed anything.
    const donations = await allocateForSettlement(tx, policies, {
      village,
      year,
      ruleSet,
      schemeActive: paying !== null,
      members: result.members,
      result: result.result,
    });
    const evaluated = donations.result;
    const t = evaluated.totals;
    const settlement = tx.create(Settlement, {
      village,
      year,
      status: 'DRAFT',
      supplementary: settled !== null,
      ruleSetVersion: paying?.version ?? null,
      schemeActive: paying !== null,
      membersCount: t.members,
      eligibleCount: t.eligible,
      contributionFen: t.contribution,
      governmentSubsidyFen: t.governmentSubsidy,
      collectiveFen: t.collective,
      donationFen: t.donation,
      donationExcessFen: t.donationExcess,
      accountCreditFen: t.accountCredit,
      budgetExceeded: evaluated.budgetExceeded,
      prorateFactor: evaluated.prorateFactor,
      warnings,
      createdBy: user,
    });
    await tx.flush();
    const outcomes = outcomeRows(evaluated.outcomes, result.members);
    await insertOutcomes(tx, settlement.id, outcomes);
    await donations.store(settlement.id);
    audit(
      tx,
      user,
      'SETTLE',
      'Settlement',
      settlement.id,
      null,
      { ...settlementSnapshot(settlement), replacedDrafts: replaced },
      { village, year },
    );
    await tx.flush();
    return { settlement, outcomes };
  });
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that always fulfils, with the value or the error (so that awaiting it later never throws early). */
const settledOrFailed = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

function valueOrThrow<T>(settled: Settled<T>): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}
