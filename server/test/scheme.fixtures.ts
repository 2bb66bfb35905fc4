/**
 * Factories and steps shared by the scheme, filing, roster and settlement tests: a valid rule set, ID numbers,
 * members, the people of a village's year (cadre, township, county departments, agency) and the walk to FILED.
 */
import type { Harness } from './harness.js';
import { PILOT } from './harness.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid ID number born on `birth` (YYYYMMDD) with sequence `seq` (odd: male). */
export function idNumber(seq: number, birth = '19700101', area = '640121'): string {
  const first17 = `${area}${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A valid rule set: 100 yuan from the 500 tier up, 30 below; `overrides` replace top-level fields. */
export function ruleSet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'cunce.ruleset/1',
    village: PILOT.village,
    year: 2025,
    title: '通桥村2025年城乡居保集体补助标准',
    sections: [
      {
        key: 'tier',
        label: '档次补助',
        kind: 'TIER',
        hitPolicy: 'FIRST',
        rules: [
          {
            id: 't500',
            label: '缴费500元及以上',
            when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 500 }] },
            amount: { fixed: 100 },
          },
          {
            id: 't100',
            label: '其他档次',
            when: { all: [{ fact: 'contribution', operator: 'greaterThanInclusive', value: 100 }] },
            amount: { fixed: 30 },
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** A rule set that does not validate (its only section has no rules). */
export function invalidRuleSet(): Record<string, unknown> {
  return ruleSet({ sections: [{ key: 'tier', label: '档次补助', hitPolicy: 'FIRST', rules: [] }] });
}

export function member(seq: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { idNumber: idNumber(seq), name: `成员${seq}`, isCollectiveMember: true, contribution: 500, paymentType: 'CURRENT', ...overrides };
}

export interface VillageTeam {
  cadre: string;
  township: string;
  hrss: string;
  agriculture: string;
  agency: string;
}

/** Logs in the people of a pilot village's year. */
export async function villageTeam(
  h: Harness,
  village = PILOT.village,
  township = PILOT.township,
  county = PILOT.county,
): Promise<VillageTeam> {
  return {
    cadre: (await h.loginAs('VILLAGE_CADRE', village)).token,
    township: (await h.loginAs('TOWNSHIP_OFFICER', township)).token,
    hrss: (await h.loginAs('COUNTY_HRSS', county)).token,
    agriculture: (await h.loginAs('COUNTY_AGRICULTURE', county)).token,
    agency: (await h.loginAs('AGENCY', county)).token,
  };
}

export const SCHEME_FIELDS = `id year lastYear status returnReason filedVersion { version } currentVersion { version }
  versions { version } decisionSteps { step date } filingReceipts { department kind outcome } suspension { reason effectiveDate }`;

export const SAVE = `mutation ($v: String!, $y: Int!, $r: JSON!, $e: Int) {
  saveRuleSet(villageCode: $v, year: $y, ruleSet: $r, expectedVersion: $e) { version validation { valid } createdBy }
}`;
export const STEP = `mutation ($id: ID!, $step: DecisionStep!, $date: String!, $a: AttendanceInput, $vo: VotesInput) {
  recordDecisionStep(schemeId: $id, step: $step, date: $date, attendance: $a, votes: $vo) { ${SCHEME_FIELDS} }
}`;
export const SUBMIT = `mutation ($id: ID!) { submitFiling(schemeId: $id) { ${SCHEME_FIELDS} } }`;
export const ACK = `mutation ($id: ID!) { acknowledgeFiling(schemeId: $id) { ${SCHEME_FIELDS} } }`;
export const RETURN = `mutation ($id: ID!, $reason: String!) { returnFiling(schemeId: $id, reason: $reason) { ${SCHEME_FIELDS} } }`;
export const SUSPEND = `mutation ($id: ID!, $reason: String!, $date: String!) { suspendScheme(schemeId: $id, reason: $reason, effectiveDate: $date) { ${SCHEME_FIELDS} } }`;
export const RESUME = `mutation ($id: ID!) { resumeScheme(schemeId: $id) { ${SCHEME_FIELDS} } }`;
export const SCHEME = `query ($v: String!, $y: Int!) { village(code: $v) { scheme(year: $y) { ${SCHEME_FIELDS} } } }`;

/** Saves `doc` and returns the scheme's id. */
export async function save(h: Harness, token: string, doc = ruleSet(), village = PILOT.village, year = 2025): Promise<string> {
  await h.ok(SAVE, { v: village, y: year, r: doc }, token);
  const data = await h.ok(SCHEME, { v: village, y: year }, token);
  return data.village.scheme.id;
}

/** The five steps before a submission, with meetings that pass. */
export async function recordFiveSteps(h: Harness, token: string, schemeId: string, month = '03'): Promise<void> {
  const meeting = { a: { expected: 30, present: 25 }, vo: { for: 20, against: 3, abstain: 2 } };
  await h.ok(STEP, { id: schemeId, step: 'PARTY_BRANCH_PROPOSAL', date: `2025-${month}-01` }, token);
  await h.ok(STEP, { id: schemeId, step: 'COMMITTEES_DELIBERATION', date: `2025-${month}-01` }, token);
  await h.ok(STEP, { id: schemeId, step: 'PARTY_MEMBERS_REVIEW', date: `2025-${month}-05`, ...meeting }, token);
  await h.ok(STEP, { id: schemeId, step: 'VILLAGERS_RESOLUTION', date: `2025-${month}-10`, ...meeting }, token);
  await h.ok(STEP, { id: schemeId, step: 'RESOLUTION_DISCLOSED', date: `2025-${month}-11` }, token);
}

/** The three receipts of a submission, in order. */
export async function acknowledgeAll(h: Harness, team: VillageTeam, schemeId: string): Promise<Record<string, any>> {
  await h.ok(ACK, { id: schemeId }, team.township);
  await h.ok(ACK, { id: schemeId }, team.hrss);
  return (await h.ok(ACK, { id: schemeId }, team.agriculture)).acknowledgeFiling;
}

/** Saves a valid standard, records the five steps, submits and has all three departments acknowledge. */
export async function fileScheme(h: Harness, team: VillageTeam, doc = ruleSet()): Promise<string> {
  const id = await save(h, team.cadre, doc, doc.village as string, doc.year as number);
  await recordFiveSteps(h, team.cadre, id);
  await h.ok(SUBMIT, { id }, team.cadre);
  await acknowledgeAll(h, team, id);
  return id;
}

/** The error of a failed operation as `{ code, message }`, for inline snapshots. */
export function errorOf(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const e = result.errors?.[0];
  return e ? { code: e.extensions?.code, message: e.message } : undefined;
}

export const IMPORT = `mutation ($v: String!, $y: Int!, $m: [MemberInput!]!, $replace: Boolean) {
  importMembers(villageCode: $v, year: $y, members: $m, replace: $replace) { imported updated removed }
}`;
export const SETTLEMENT_FIELDS = `id status version villageCode year supplementary schemeActive budgetExceeded prorateFactor createdAt createdBy
  confirmedBy acceptedBy totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit }
  warnings { index idNumber field code message } outcomes { idNumber name eligible reasons collective governmentSubsidy donation accountCredit sections { key amount ruleIds } }`;
export const SETTLE = `mutation ($v: String!, $y: Int!, $s: Boolean) { settle(villageCode: $v, year: $y, supplementary: $s) { ${SETTLEMENT_FIELDS} } }`;
export const CONFIRM = `mutation ($id: ID!) { confirmSettlement(settlementId: $id) { ${SETTLEMENT_FIELDS} } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptSettlement(settlementId: $id) { ${SETTLEMENT_FIELDS} } }`;
