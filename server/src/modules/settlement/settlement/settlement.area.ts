/**
 * An area's villages settled at once (settleVillages): a county's or the whole region's drafts, each village
 * exactly as its own `settle` would store it (settlement.service.ts's steps, the same refusals, one SETTLE audit
 * entry a village), the rosters checked and evaluated in worker threads while the main thread reads and writes.
 *
 * The villages go in chunks of CHUNK, one transaction a chunk: its villages' rosters are read and their drafts
 * written in it, so a roster imported meanwhile is settled whole or not at all, and no transaction holds the
 * database (SQLite's one writer) for long. A village refused (practice roster, confirmed settlement, bad rows, a
 * paying version that no longer validates) is listed with the reason and leaves nothing behind; the refusals are
 * all known before its first write. Any other failure rolls back its chunk and ends the call: the villages of the
 * chunks before keep their drafts, as if settled one by one (a draft is replaced by the next settlement).
 */
import type { PolicySource } from '@cunce/rules';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import {
  allRaw,
  batchInsert,
  columnsOf,
  insertRowsJsonParts,
  withSpacedCheckpoints,
  type Column,
  type DatabaseKind,
} from '../../../adapter/index.js';
import type { Em } from '../../../db/orm.js';
import { CodedError } from '../../../errors.js';
import { auditManyNow, auditNow } from '../../audit/audit.js';
import { practiceRefusal } from '../../lifecycle/roster/roster.practice.js';
import { rostersJson } from '../../lifecycle/roster/roster.read.js';
import { findPayingOf, type Paying } from '../../lifecycle/scheme/scheme.paying.js';
import { lockVillage } from '../../lifecycle/scheme/village.lock.js';
import { configuredYears } from '../../lifecycle/simulation/simulate.pool.js';
import type { Settlement } from '../../lifecycle/settlementRecord/settlement.entity.js';
import { CONFIRMED_STATUSES, removeDrafts, type VillageYearSettlements } from '../../lifecycle/settlementRecord/settlement.repository.js';
import { SettlementOutcome } from '../../lifecycle/settlementRecord/settlementOutcome.entity.js';
import { Village } from '../../reference/division/village.entity.js';
import type { User } from '../../reference/user/user.entity.js';
import { DonationAllocation } from '../allocation/donationAllocation.entity.js';
import { DonationBasis } from '../allocation/donationBasis.entity.js';
import { crossVillageRows, crossVillageRowsOf, crossVillageWarnings } from './settlement.crossVillage.js';
import { insertDrafts } from './settlement.draft.js';
import { acceptEvaluation, evaluationRefusal, runSettleEvaluation } from './settlement.evaluate.js';
import { settleInWorker, withSettlementThreads } from './settlement.pool.js';
import type { SettlementFigures } from './settlement.types.js';
import { confirmedRefusal, prepareSettlement, recordSettlement } from './settlement.service.js';
import { settlementSnapshot } from './settlement.snapshot.js';
import type { SettleTaskAnswer } from './settlement.task.js';

/** The WAL's size between checkpoints while an area is settled (80 MB; SQLite's default is 4 MB). */
const CHECKPOINT_PAGES = 20_000;

/** Villages a transaction: about half a second of writing on SQLite. */
export const CHUNK = 40;
/** Villages whose drafts are written together (a statement a step) while the threads evaluate the next ones. */
const WRITE_GROUP = 5;

export interface AreaRequest {
  /** Null: the whole region. */
  countyCode: string | null;
  year: number;
}

export interface VillageRefusal {
  village: Village;
  code: string;
  message: string;
}

export interface AreaSettled {
  /** The area's villages with members on the year's roster. */
  villages: number;
  /** The area's villages with nobody on the year's roster (not settled, not refused). */
  withoutRoster: number;
  /** The drafts stored, in village code order. */
  settled: { village: Village; settlement: SettledDraft }[];
  refused: VillageRefusal[];
}

/** A stored draft as the answer keeps it: its id and sums, not its warnings (a region's drafts carry hundreds of thousands). */
export type SettledDraft = SettlementFigures & { id: number };

const draftOf = (s: Settlement): SettledDraft => ({
  id: s.id,
  membersCount: s.membersCount,
  eligibleCount: s.eligibleCount,
  contributionFen: s.contributionFen,
  governmentSubsidyFen: s.governmentSubsidyFen,
  collectiveFen: s.collectiveFen,
  donationFen: s.donationFen,
  donationExcessFen: s.donationExcessFen,
  accountCreditFen: s.accountCreditFen,
});

export async function settleArea(em: Em, user: User, policies: PolicySource, req: AreaRequest): Promise<AreaSettled> {
  const all = await areaVillages(em, req.countyCode);
  const withRoster = await villagesWithRoster(em, all, req.year);
  const villages = all.filter((v) => withRoster.has(v.id));
  const answer: AreaSettled = { villages: villages.length, withoutRoster: all.length - villages.length, settled: [], refused: [] };
  await withSettlementThreads(() =>
    withSpacedCheckpoints(em, CHECKPOINT_PAGES, async () => {
      for (let from = 0; from < villages.length; from += CHUNK) {
        const chunk = villages.slice(from, from + CHUNK);
        // A fork of its own a chunk: the entities a chunk reads are not carried into the next one's flush.
        const { settled, refused } = await em.fork({ clear: true }).transactional((tx) => settleChunk(tx, user, policies, chunk, req.year));
        answer.settled.push(...settled);
        answer.refused.push(...refused);
      }
    }),
  );
  answer.refused.sort((a, b) => a.village.code.localeCompare(b.village.code));
  await em.transactional((tx) =>
    auditNow(tx, user, 'SETTLE_AREA', 'Area', req.countyCode ?? REGION_CODE, null, summary(answer), { year: req.year }),
  );
  return answer;
}

/** The code an audit entry of the whole region is filed under (宁夏回族自治区). */
export const REGION_CODE = '640000';

async function settleChunk(tx: Em, user: User, policies: PolicySource, villages: readonly Village[], year: number) {
  const settled: AreaSettled['settled'] = [];
  const refused: VillageRefusal[] = [];
  for (const village of villages) await lockVillage(tx, village);
  const facts = await chunkFacts(tx, villages, year);
  const paying = await findPayingOf(tx, villages, year);
  // Steps 1 and 2 of settlement.service.ts for every village of the chunk at once; a village with recorded gifts or
  // pools is settled as `settle` does it, on this thread; the others' rosters go to the threads as they are read.
  const jobs: Job[] = [];
  const withDonations: Job[] = [];
  for (const village of villages) {
    const f = facts.get(village.id)!;
    const job = { village, paying: paying.get(village.id) ?? null, stored: f.stored };
    if (f.practice > 0) refuse(refused, village, practiceRefusal(village, year, f.practice));
    else if (f.stored.confirmed.length > 0) refuse(refused, village, confirmedRefusal(village, year));
    else if (f.donations) withDonations.push(job);
    else jobs.push(job);
  }
  const rosters = await rostersJson(
    tx,
    jobs.map((j) => j.village.id),
    year,
  );
  const base = { year, years: configuredYears(policies), kind: kindOf(tx), columns: outcomeColumnsOf(tx) };
  const answers = jobs.flatMap((job) => {
    const roster = rosters.get(job.village.id);
    if (roster === undefined) return []; // emptied since the chunk was listed: nothing to settle
    const answer = settleInWorker({ ...base, roster, ruleSet: job.paying?.version.ruleSet ?? null, schemeActive: job.paying !== null });
    answer.catch(() => {}); // awaited below; a failure is not unhandled meanwhile
    return [{ job, answer }];
  });
  for (const job of withDonations) {
    const settlement = await asSettle(tx, user, policies, job, year, refused);
    if (settlement) settled.push({ village: job.village, settlement: draftOf(settlement) });
  }
  // Steps 3 to 5 for the villages evaluated in the threads, a statement a step for WRITE_GROUP villages at a time:
  // the database writes a group while the threads evaluate the next ones.
  for (let at = 0; at < answers.length; at += WRITE_GROUP) {
    const evaluated: Evaluated[] = [];
    for (const { job, answer } of answers.slice(at, at + WRITE_GROUP)) {
      const a = await answer;
      if (a.ok) evaluated.push({ ...job, answer: a });
      else refuse(refused, job.village, evaluationRefusal(a, job.paying, year));
    }
    const drafts = await storeDrafts(tx, user, evaluated, year);
    drafts.forEach((settlement, i) => settled.push({ village: evaluated[i]!.village, settlement: draftOf(settlement) }));
  }
  settled.sort((a, b) => a.village.code.localeCompare(b.village.code));
  return { settled, refused };
}

interface Job {
  village: Village;
  paying: Paying | null;
  stored: VillageYearSettlements;
}

type Evaluated = Job & { answer: SettleTaskAnswer & { ok: true } };

/**
 * storeDraft (settlement.service.ts) for every village evaluated in a thread, each step one statement for all of
 * them: the drafts replaced, the warnings of members in other villages' confirmed settlements, the draft rows, the
 * outcome rows, the allocation rows (the roster's own donations), the bases (no gift or pool) and the audit entries.
 */
async function storeDrafts(tx: Em, user: User, evaluated: readonly Evaluated[], year: number): Promise<Settlement[]> {
  if (evaluated.length === 0) return [];
  await removeDrafts(
    tx,
    evaluated.flatMap((e) => e.stored.drafts),
  );
  const elsewhere = await crossVillageRowsOf(
    tx,
    evaluated.map((e) => e.village),
    year,
  );
  const settlements = await insertDrafts(
    tx,
    evaluated.map(({ village, paying, answer }) => ({
      village,
      year,
      supplementary: false,
      paying,
      evaluated: answer.figures,
      warnings: [...answer.warnings, ...crossVillageWarnings(elsewhere.get(village.id)!, year, answer.idNumbers)],
      createdBy: user,
    })),
  );
  const columns = outcomeColumnsOf(tx);
  const parts = (json: (e: Evaluated) => string | Uint8Array | null) =>
    evaluated.flatMap((e, i) => {
      const rows = json(e);
      return rows === null ? [] : [{ json: rows, shared: { settlement: settlements[i]!.id } }];
    });
  await insertRowsJsonParts(
    tx,
    SettlementOutcome,
    columns.outcomes,
    parts((e) => e.answer.outcomes),
  );
  await insertRowsJsonParts(
    tx,
    DonationAllocation,
    columns.allocation,
    parts((e) => e.answer.allocation),
  );
  await batchInsert(
    tx,
    DonationBasis,
    settlements.map((s) => ({ settlement: s.id, fingerprint: '' })),
  );
  await auditManyNow(
    tx,
    user,
    settlements.map((s, i) => ({
      action: 'SETTLE',
      entityName: 'Settlement',
      entityId: s.id,
      before: null,
      after: { ...settlementSnapshot(s), replacedDrafts: evaluated[i]!.stored.drafts },
      scope: { village: evaluated[i]!.village, year },
    })),
  );
  return settlements;
}

/** A village with recorded gifts or pools: settle's own steps on this thread (they read and lock the donations). */
async function asSettle(tx: Em, user: User, policies: PolicySource, job: Job, year: number, refused: VillageRefusal[]) {
  const { village } = job;
  try {
    const prepared = await prepareSettlement(tx, { village, year, supplementary: false });
    const first = acceptEvaluation(await runSettleEvaluation(prepared.task, policies), prepared.paying, year);
    await removeDrafts(tx, prepared.stored.drafts);
    const elsewhere = await crossVillageRows(tx, village, year);
    return (await recordSettlement(tx, user, policies, prepared, first, elsewhere)).settlement;
  } catch (error) {
    return refuseOrThrow(refused, village, error);
  }
}

function refuse(refused: VillageRefusal[], village: Village, error: CodedError): void {
  refused.push({ village, code: String(error.extensions.code), message: error.message });
}

/** Lists a coded (user-facing) refusal and gives null; anything else is thrown (the chunk rolls back). */
function refuseOrThrow(refused: VillageRefusal[], village: Village, error: unknown): null {
  if (!(error instanceof CodedError)) throw error;
  refuse(refused, village, error);
  return null;
}

const kindOf = (em: Em): DatabaseKind => (em.getPlatform() instanceof SqlitePlatform ? 'sqlite' : 'postgres');

const OUTCOME_FIELDS = [
  'idNumber',
  'name',
  'eligible',
  'reasons',
  'age',
  'sections',
  'rawFen',
  'collectiveFen',
  'donationFen',
  'donationExcessFen',
  'governmentSubsidyFen',
  'accountCreditFen',
  'contributionFen',
];
const ALLOCATION_FIELDS = ['source', 'gift', 'pool', 'donor', 'idNumber', 'name', 'appliedFen', 'returnedFen'];

/** The columns the threads write the rows for, in settlement.rows.ts's order. */
function outcomeColumnsOf(em: Em): { outcomes: Column[]; allocation: Column[] } {
  return { outcomes: columnsOf(em, SettlementOutcome, OUTCOME_FIELDS), allocation: columnsOf(em, DonationAllocation, ALLOCATION_FIELDS) };
}

interface ChunkFacts {
  practice: number;
  stored: VillageYearSettlements;
  /** Any gift to the village-year, or pool covering it. */
  donations: boolean;
}

/** What settle's first steps read, for every village of the chunk at once: four plain SELECTs. */
async function chunkFacts(tx: Em, villages: readonly Village[], year: number): Promise<Map<number, ChunkFacts>> {
  const ids = villages.map((v) => v.id);
  const marks = ids.map(() => '?').join(', ');
  const practice = await allRaw<{ village: unknown; n: unknown }>(
    tx,
    `select "village_id" as "village", count(*) as "n" from "member" where "village_id" in (${marks}) and "year" = ? and "practice" = ? group by "village_id"`,
    [...ids, year, true],
  );
  const settlements = await allRaw<{ id: unknown; village: unknown; status: string }>(
    tx,
    `select "id", "village_id" as "village", "status" from "settlement" where "village_id" in (${marks}) and "year" = ? order by "id"`,
    [...ids, year],
  );
  const gifts = await allRaw<{ village: unknown }>(
    tx,
    `select distinct "village_id" as "village" from "donation_gift" where "village_id" in (${marks}) and "year" = ?`,
    [...ids, year],
  );
  const pools = await allRaw<{ village: unknown; county: string }>(
    tx,
    `select distinct pv."village_id" as "village", p."county_code" as "county" from "donation_pool" p join "donation_pool_village" pv on pv."pool_id" = p."id" where p."year" = ? and pv."village_id" in (${marks})`,
    [year, ...ids],
  );
  const confirmed = new Set<string>(CONFIRMED_STATUSES);
  const facts = new Map<number, ChunkFacts>(
    ids.map((id) => [id, { practice: 0, stored: { confirmed: [], drafts: [] }, donations: false }]),
  );
  for (const r of practice) facts.get(Number(r.village))!.practice = Number(r.n);
  for (const r of settlements) {
    const stored = facts.get(Number(r.village))!.stored;
    if (confirmed.has(r.status)) stored.confirmed.push(Number(r.id));
    else if (r.status === 'DRAFT') stored.drafts.push(Number(r.id));
  }
  for (const r of gifts) facts.get(Number(r.village))!.donations = true;
  const county = new Map(villages.map((v) => [v.id, v.township.county.code]));
  for (const r of pools) if (county.get(Number(r.village)) === r.county) facts.get(Number(r.village))!.donations = true;
  return facts;
}

/** The area's villages in code order, with township and county (the refusals and donations name them). */
function areaVillages(em: Em, countyCode: string | null): Promise<Village[]> {
  const where = countyCode ? { township: { county: { code: countyCode } } } : {};
  return em.find(Village, where, { populate: ['township.county'], orderBy: { code: 'asc' } });
}

/** The ids of `villages` with anyone on the year's roster: one index probe a village. */
async function villagesWithRoster(em: Em, villages: readonly Village[], year: number): Promise<Set<number>> {
  const found = new Set<number>();
  const ids = villages.map((v) => v.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await allRaw<{ id: unknown }>(
      em,
      `select v."id" as "id" from "village" v where v."id" in (${part.map(() => '?').join(', ')}) and exists (select 1 from "member" m where m."village_id" = v."id" and m."year" = ?)`,
      [...part, year],
    );
    for (const r of rows) found.add(Number(r.id));
  }
  return found;
}

/** The audit entry's summary: counts and the refused villages' codes and reasons (no one's personal data). */
function summary(a: AreaSettled) {
  return {
    villages: a.villages,
    withoutRoster: a.withoutRoster,
    settled: a.settled.length,
    members: a.settled.reduce((n, s) => n + s.settlement.membersCount, 0),
    collectiveFen: a.settled.reduce((n, s) => n + s.settlement.collectiveFen, 0),
    refused: a.refused.map((r) => ({ village: r.village.code, code: r.code })),
  };
}
