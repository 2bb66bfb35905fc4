/** Operations and steps shared by the posting and dashboard tests: settle, confirm and accept a village's year. */
import type { Harness } from './harness.js';
import { ACCEPT, CONFIRM, IMPORT, SETTLE, type VillageTeam } from './scheme.fixtures.js';

export const POSTING_FIELDS = 'members posted rejected pending collective postedCollective rejectedCollective pendingCollective reconciled';
export const RECORD = `mutation ($id: ID!, $p: [PostingInput!]!) {
  recordPostings(settlementId: $id, postings: $p) { recorded unchanged settlement { id status posting { ${POSTING_FIELDS} } } }
}`;
export const POSTINGS = `query ($id: ID!, $s: PostingStatus) {
  settlement(id: $id) { posting { ${POSTING_FIELDS} } postings(status: $s) { idNumber status reason collective recordedBy } }
}`;
export const REJECTED = `query ($v: String!, $y: Int!) {
  village(code: $v) { rejectedPostings(year: $y) { settlementId idNumber name status reason collective recordedBy resettlement { settlementId status } } }
}`;

/** Imports `members`, settles (supplementary when asked) and, as far as `until` says, confirms and accepts. */
export async function settleYear(
  h: Harness,
  team: VillageTeam,
  village: string,
  members: Record<string, unknown>[],
  opts: { year?: number; supplementary?: boolean; until?: 'DRAFT' | 'CONFIRMED' | 'ACCEPTED' } = {},
): Promise<string> {
  const year = opts.year ?? 2025;
  if (members.length) await h.ok(IMPORT, { v: village, y: year, m: members }, team.cadre);
  const id: string = (await h.ok(SETTLE, { v: village, y: year, s: opts.supplementary ?? false }, team.cadre)).settle.id;
  const until = opts.until ?? 'ACCEPTED';
  if (until !== 'DRAFT') await h.ok(CONFIRM, { id }, team.cadre);
  if (until === 'ACCEPTED') await h.ok(ACCEPT, { id }, team.agency);
  return id;
}
