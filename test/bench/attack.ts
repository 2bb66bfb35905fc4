/**
 * (e) The request of issue 11 that stalled the server: 40 aliases of simulate on 10,000 members with traces,
 * anonymous. Refused now before anything runs; the time of the refusal against a 1-member simulate.
 */
import type { MemberInput, RuleSet } from '@cunce/rules';
import type { Client } from '../support/gql.js';
import { OUTCOME_FIELDS, simulateQuery } from '../support/heaviest.js';
import { fmt, medianMs, ms } from './measure.js';

export async function attack(anon: Client, doc: RuleSet, roster: MemberInput[]): Promise<void> {
  const query = simulateQuery(40, `${OUTCOME_FIELDS} trace`);
  const variables = { r: doc, m: roster.slice(0, 10_000) };
  const res = await anon.request(query, variables);
  const cost = res.extensions?.cost;
  if (res.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT' || !cost)
    throw new Error(`the attack was not refused: ${JSON.stringify(res).slice(0, 300)}`);
  const refused = await medianMs(5, 1, () => anon.request(query, variables));
  const one = await medianMs(5, 1, () => anon.ok(simulateQuery(1), { r: doc, m: roster.slice(0, 1) }));
  console.log(
    `issue 11 attack: 40 aliases × 10,000 members with traces refused in ${ms(refused)} (a 1-member simulate: ${ms(one)}), cost ${fmt(cost.requested ?? Infinity)} > limit ${fmt(cost.limit)}`,
  );
}
