/**
 * The heaviest `simulate` a caller's budget allows, found from what the server reports: the cost of one member and
 * of SAMPLE + 1 (extensions.cost) give the cost of the call and of each member (rounded up, for rosters whose
 * members differ); calls are aliased when one call of MAX_MEMBERS members still fits (the costs of aliases add up).
 */
import type { RuleSet } from '@cunce/rules';
import { members } from './factories.js';
import type { Client } from './gql.js';

export const MAX_MEMBERS = 10_000;
const SAMPLE = 200;

/** All an outcome has but its trace. */
export const OUTCOME_FIELDS =
  'idNumber eligible reasons age sections { key amount ruleIds } raw collective donation donationExcess governmentSubsidy accountCredit';

export interface Cost {
  requested: number;
  limit: number;
}

export interface Heavy {
  query: string;
  variables: { r: RuleSet; m: unknown[] };
  aliases: number;
  members: number;
  /** The cost the server will report (at most, when the members differ). */
  cost: number;
}

/** `aliases` calls of simulate on the same members, asking `fields` of each outcome. */
export function simulateQuery(aliases: number, fields = OUTCOME_FIELDS): string {
  const calls = Array.from(
    { length: aliases },
    (_, i) => `a${i}: simulate(ruleSet: $r, members: $m) { outcomes { ${fields} } totals { members } }`,
  );
  return `query Heavy($r: JSON!, $m: [MemberInput!]!) { ${calls.join(' ')} }`;
}

export async function costOf(client: Client, query: string, variables: Record<string, unknown>): Promise<Cost> {
  const res = await client.request(query, variables);
  const cost = res.extensions?.cost;
  if (!cost || cost.requested === null || res.errors) throw new Error(`no cost reported: ${JSON.stringify(res).slice(0, 500)}`);
  return { requested: cost.requested, limit: cost.limit };
}

/** `roster(n)`: n members, all of the same fields (the cost counts the values sent). */
export async function heaviestSimulate(
  client: Client,
  doc: RuleSet,
  fields = OUTCOME_FIELDS,
  roster: (n: number) => unknown[] = members,
): Promise<Heavy> {
  const query = simulateQuery(1, fields);
  const one = await costOf(client, query, { r: doc, m: roster(1) });
  const many = await costOf(client, query, { r: doc, m: roster(SAMPLE + 1) });
  const perMember = Math.ceil((many.requested - one.requested) / SAMPLE);
  const call = one.requested - perMember;
  const fit = Math.floor((one.limit - call) / perMember);
  const size = Math.min(fit, MAX_MEMBERS);
  const aliases = fit < MAX_MEMBERS ? 1 : Math.floor(one.limit / (call + perMember * MAX_MEMBERS));
  return {
    query: simulateQuery(aliases, fields),
    variables: { r: doc, m: roster(size) },
    aliases,
    members: size,
    cost: aliases * (call + perMember * size),
  };
}
