/** The dashboard's figures of one village, and their sums over a county or the whole scope (money in fen). */
import type { PostingStatus } from '../../lifecycle/settlementRecord/posting.entity.js';
import type { SchemeStatus } from '../../lifecycle/scheme/scheme.transitions.js';
import type { Paying } from './dashboard.budget.js';
import type { SettledSums, VillageRow } from './dashboard.queries.js';

export type SchemeCounts = Record<SchemeStatus | 'NONE', number>;

export interface Figures {
  villages: number;
  schemes: SchemeCounts;
  payingVillages: number;
  rosterMembers: number;
  /** Villages with a confirmed settlement of the year. */
  settledVillages: number;
  /** In the settlements that count, less the members the agency rejected there. */
  settledMembers: number;
  /** Eligible members in the settlements that count, less those rejected. */
  coveredMembers: number;
  collectiveFen: number;
  postedMembers: number;
  postedCollectiveFen: number;
  rejectedMembers: number;
  rejectedCollectiveFen: number;
  /** Paying villages whose rule set sets a budget, their budgets and the collective money paid in them. */
  budgetedVillages: number;
  budgetFen: number;
  budgetedCollectiveFen: number;
  draftVillages: number;
  draftMembers: number;
  draftCollectiveFen: number;
}

export function emptyFigures(): Figures {
  return {
    villages: 0,
    schemes: { DRAFT: 0, SUBMITTED: 0, FILED: 0, SUSPENDED: 0, NONE: 0 },
    payingVillages: 0,
    rosterMembers: 0,
    settledVillages: 0,
    settledMembers: 0,
    coveredMembers: 0,
    collectiveFen: 0,
    postedMembers: 0,
    postedCollectiveFen: 0,
    rejectedMembers: 0,
    rejectedCollectiveFen: 0,
    budgetedVillages: 0,
    budgetFen: 0,
    budgetedCollectiveFen: 0,
    draftVillages: 0,
    draftMembers: 0,
    draftCollectiveFen: 0,
  };
}

export interface VillageFacts {
  village: VillageRow;
  roster: number;
  settled?: SettledSums;
  postings?: Partial<Record<PostingStatus, SettledSums>>;
  draft?: SettledSums;
  paying?: Paying;
}

const NONE: SettledSums = { members: 0, eligible: 0, collectiveFen: 0 };

export function villageFigures(f: VillageFacts): Figures {
  const settled = f.settled ?? NONE;
  const posted = f.postings?.POSTED ?? NONE;
  const rejected = f.postings?.REJECTED ?? NONE;
  const collectiveFen = settled.collectiveFen - rejected.collectiveFen;
  const budgetFen = f.paying?.budgetFen ?? null;
  const figures = emptyFigures();
  Object.assign(figures, {
    villages: 1,
    payingVillages: f.paying ? 1 : 0,
    rosterMembers: f.roster,
    settledVillages: f.settled ? 1 : 0,
    settledMembers: settled.members - rejected.members,
    coveredMembers: settled.eligible - rejected.eligible,
    collectiveFen,
    postedMembers: posted.members,
    postedCollectiveFen: posted.collectiveFen,
    rejectedMembers: rejected.members,
    rejectedCollectiveFen: rejected.collectiveFen,
    budgetedVillages: budgetFen === null ? 0 : 1,
    budgetFen: budgetFen ?? 0,
    budgetedCollectiveFen: budgetFen === null ? 0 : collectiveFen,
    draftVillages: f.draft ? 1 : 0,
    draftMembers: f.draft?.members ?? 0,
    draftCollectiveFen: f.draft?.collectiveFen ?? 0,
  });
  figures.schemes[f.village.status ?? 'NONE'] = 1;
  return figures;
}

/** Adds `f` into `total` (every count and amount, and the scheme counts). */
export function addFigures(total: Figures, f: Figures): Figures {
  for (const key of Object.keys(f) as (keyof Figures)[]) {
    if (key === 'schemes') continue;
    total[key] += f[key];
  }
  for (const key of Object.keys(f.schemes) as (keyof SchemeCounts)[]) total.schemes[key] += f.schemes[key];
  return total;
}
