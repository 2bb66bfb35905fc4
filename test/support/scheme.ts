/**
 * A village's year step by step through the API, for suites that need a scheme in a given state:
 * save, the five decision steps, submit, the three receipts, import, settle.
 */
import type { MemberInput, RuleSet } from '@cunce/rules';
import type { VillageTeam } from './factories.js';
import type { Client } from './gql.js';
import { ACKNOWLEDGE, IMPORT, RECORD_STEP, SAVE_RULE_SET, SCHEME, SETTLE, SUBMIT } from './operations.js';

export interface Scheme {
  id: string;
  year: number;
  lastYear: number;
  status: string;
  village: { code: string };
  filedVersion: { version: number } | null;
  currentVersion: { version: number } | null;
  versions: { version: number }[];
  decisionSteps: { step: string; date: string; note: string | null }[];
  filingReceipts: { department: string; user: string; at: string }[];
  suspension: { reason: string; effectiveDate: string } | null;
}

export interface Settlement {
  id: string;
  status: string;
  version: number | null;
  createdAt: string;
  budgetExceeded: boolean;
  totals: Record<string, number>;
  warnings: { index: number; idNumber: string; field: string; code: string; message: string }[];
  outcomes: {
    idNumber: string;
    eligible: boolean;
    reasons: string[];
    collective: number;
    donation: number;
    donationExcess: number;
    governmentSubsidy: number;
    accountCredit: number;
  }[];
}

/** 四议两公开 up to the resolution's disclosure; the two meetings with a quorum and a majority. */
export const DECISION_STEPS = [
  'PARTY_BRANCH_PROPOSAL',
  'COMMITTEES_DELIBERATION',
  'PARTY_MEMBERS_REVIEW',
  'VILLAGERS_RESOLUTION',
  'RESOLUTION_DISCLOSED',
] as const;
export const MEETING = { attendance: { expected: 30, present: 24 }, votes: { for: 20, against: 2, abstain: 2 } };
const MEETINGS = new Set(['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION']);

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function save(cadre: Client, doc: RuleSet, expectedVersion?: number | null): Promise<number> {
  const data = await cadre.ok(SAVE_RULE_SET, { village: doc.village, year: doc.year, ruleSet: doc, expectedVersion });
  return data.saveRuleSet.version;
}

export async function schemeOf(reader: Client, village: string, year: number): Promise<Scheme | null> {
  const data = await reader.ok(SCHEME, { village, year });
  return data.village.scheme;
}

/** Records one step (the meetings with MEETING's attendance and votes). */
export async function recordStep(cadre: Client, schemeId: string, step: string, date: string): Promise<Scheme> {
  const meeting = MEETINGS.has(step) ? MEETING : {};
  const data = await cadre.ok(RECORD_STEP, { schemeId, step, date, note: `${step} ${date}`, ...meeting });
  return data.recordDecisionStep;
}

/** The five steps, one a day from `firstDate`. */
export async function decide(cadre: Client, schemeId: string, firstDate = '2025-01-06'): Promise<Scheme> {
  let scheme: Scheme | undefined;
  for (const [i, step] of DECISION_STEPS.entries()) scheme = await recordStep(cadre, schemeId, step, addDays(firstDate, i));
  return scheme!;
}

/** Submits and has the township, county HRSS and county agriculture acknowledge: FILED. */
export async function submitAndFile(team: VillageTeam, schemeId: string): Promise<Scheme> {
  await team.cadre.client.ok(SUBMIT, { schemeId });
  let scheme: Scheme | undefined;
  for (const officer of [team.township, team.hrss, team.agriculture])
    scheme = (await officer.client.ok(ACKNOWLEDGE, { schemeId })).acknowledgeFiling;
  return scheme!;
}

/** Saves `doc` and takes it to FILED; returns the scheme. */
export async function filedScheme(team: VillageTeam, doc: RuleSet, firstDate?: string): Promise<Scheme> {
  await save(team.cadre.client, doc);
  const scheme = (await schemeOf(team.cadre.client, doc.village, doc.year))!;
  await decide(team.cadre.client, scheme.id, firstDate);
  return submitAndFile(team, scheme.id);
}

export async function importRoster(cadre: Client, village: string, year: number, list: readonly MemberInput[], replace = false) {
  return (await cadre.ok(IMPORT, { village, year, members: list, replace })).importMembers as {
    imported: number;
    updated: number;
    removed: number;
  };
}

export async function settle(who: Client, village: string, year: number, supplementary = false): Promise<Settlement> {
  return (await who.ok(SETTLE, { village, year, supplementary })).settle;
}
