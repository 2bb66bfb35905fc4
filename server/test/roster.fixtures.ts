/** Operations of the roster tests: a page of the roster (with search), its summary, editing and removing a member. */
import type { Harness } from './harness.js';

export const PAGE = `query ($v: String!, $y: Int!, $s: String, $first: Int) {
  village(code: $v) {
    rosterConnection(year: $y, search: $s, first: $first) { totalCount nodes { id idNumber name contribution hardship practice settled } }
  }
}`;
export const SUMMARY = `query ($v: String!, $y: Int!) { village(code: $v) { rosterSummary(year: $y) { total practice settled } } }`;
export const UPDATE = `mutation ($v: String!, $id: ID!, $m: MemberInput!) {
  updateMember(villageCode: $v, memberId: $id, member: $m) { id idNumber name contribution hardship practice settled }
}`;
export const REMOVE = `mutation ($v: String!, $id: ID!) { removeMember(villageCode: $v, memberId: $id) { id idNumber name } }`;
export const IMPORT_PRACTICE = `mutation ($v: String!, $y: Int!, $m: [MemberInput!]!, $p: Boolean) {
  importMembers(villageCode: $v, year: $y, members: $m, practice: $p) { imported updated removed practiceRemoved }
}`;

export interface PageRow {
  id: string;
  idNumber: string;
  name: string | null;
  contribution: number | null;
  hardship: string[];
  practice: boolean;
  settled: boolean;
}

/** The rows of the roster of 2025 a reader finds with `search`, and how many there are. */
export async function findRows(h: Harness, token: string, village: string, search: string | null = null) {
  const data = await h.ok(PAGE, { v: village, y: 2025, s: search, first: 500 }, token);
  return data.village.rosterConnection as { totalCount: number; nodes: PageRow[] };
}
