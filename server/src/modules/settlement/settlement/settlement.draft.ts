/** A new DRAFT settlement: its village and year, the paying version and the evaluation's totals. */
import type { RowIssue } from '@cunce/rules';
import type { RequiredEntityData } from '@mikro-orm/core';
import { insertReturningId, insertReturningIds } from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import type { Paying } from '../../lifecycle/scheme/scheme.paying.js';
import type { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import type { DraftFigures } from './settlement.task.js';

export interface Draft {
  village: Village;
  year: number;
  /** A supplementary settlement: the year already has a confirmed one. */
  supplementary: boolean;
  paying: Paying | null;
  evaluated: DraftFigures;
  warnings: RowIssue[];
  createdBy: User;
}

/**
 * Inserts the draft's row with plain SQL (settle writes nothing through the unit of work) and gives it as an
 * entity that the entity manager does not manage, for the answer and the audit entry.
 */
export async function insertDraft(em: Em, draft: Draft): Promise<Settlement> {
  const data = { ...draftRow(draft), createdAt: new Date() };
  const { village, ruleSetVersion, createdBy, ...plain } = data;
  const id = await insertReturningId(em, Settlement, {
    ...plain,
    village: draft.village.id,
    ruleSetVersion: draft.paying?.version.id ?? null,
    createdBy: draft.createdBy.id,
  });
  return em.create(Settlement, { ...data, id, village, ruleSetVersion, createdBy }, { persist: false });
}

/** insertDraft of several drafts (of distinct villages) in one statement, in the order given. */
export async function insertDrafts(em: Em, drafts: readonly Draft[]): Promise<Settlement[]> {
  const createdAt = new Date();
  const data = drafts.map((d) => ({ ...draftRow(d), createdAt }));
  const rows = data.map(({ village: _v, ruleSetVersion: _r, createdBy: _c, ...plain }, i) => ({
    ...plain,
    village: drafts[i]!.village.id,
    ruleSetVersion: drafts[i]!.paying?.version.id ?? null,
    createdBy: drafts[i]!.createdBy.id,
  }));
  const ids = new Map((await insertReturningIds(em, Settlement, rows, 'village')).map((r) => [Number(r.key), r.id]));
  return data.map(({ village, ruleSetVersion, createdBy, ...rest }, i) =>
    em.create(Settlement, { ...rest, id: ids.get(drafts[i]!.village.id)!, village, ruleSetVersion, createdBy }, { persist: false }),
  );
}

function draftRow({ village, year, supplementary, paying, evaluated, warnings, createdBy }: Draft): RequiredEntityData<Settlement> {
  const t = evaluated.totals;
  return {
    village,
    year,
    status: 'DRAFT',
    supplementary,
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
    createdBy,
  };
}
