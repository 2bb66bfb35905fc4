/**
 * A refusal changes nothing: the state an administrator reads back (the village's scheme, roster, settlements,
 * audit log, users, policy, divisions and the region's newest audit entry) is the same before and after.
 */
import { expect } from 'vitest';
import type { Client, GqlResult } from './gql.js';
import { AUDIT_LOG, SCHEME_FIELDS } from './operations.js';

export interface Watched {
  village: string;
  year: number;
  settlementIds: string[];
}

export async function stateOf(admin: Client, w: Watched): Promise<unknown> {
  const [village, audit, region, settlements] = await Promise.all([
    admin.ok(
      `query ($v: String!, $y: Int!) {
      village(code: $v) { code name scheme(year: $y) { ${SCHEME_FIELDS} versions { version } } roster(year: $y) { idNumber contribution paymentType } }
      users { id username role areaCode disabled }
      policyYear(year: $y) { tiers { amount governmentSubsidy hardshipOnly } hardshipTierCategories backPayEarnsSubsidy }
      counties { code townships { code villages { code name provisional } } }
    }`,
      { v: w.village, y: w.year },
    ),
    admin.ok(AUDIT_LOG, { village: w.village }),
    admin.ok(`{ regionAuditLog(limit: 1) { id action } }`),
    Promise.all(
      w.settlementIds.map((id) =>
        admin.ok(`query ($id: ID!) { settlement(id: $id) { status totals { members collective } outcomes { idNumber collective } } }`, {
          id,
        }),
      ),
    ),
  ]);
  return { village, audit, region, settlements };
}

/** Sends the operation as `who` and checks it is FORBIDDEN with a Chinese message and that nothing changed. */
export async function expectRefused(
  admin: Client,
  watched: Watched,
  who: Client,
  query: string,
  variables: Record<string, unknown> = {},
  code = 'FORBIDDEN',
): Promise<GqlResult> {
  const before = await stateOf(admin, watched);
  const result = await who.request(query, variables);
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(code);
  expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  expect(Object.values(result.data ?? {}).every((v) => v === null)).toBe(true);
  expect(await stateOf(admin, watched)).toEqual(before);
  return result;
}
