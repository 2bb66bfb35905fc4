/**
 * The region bench's setup through the API (not measured): the villages (the seeded ones, then new ones added
 * as admin), the receiving departments of their townships and counties, and a filed scheme for each village
 * (one of the 16 pilot standards in turn).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleSet } from '@cunce/rules';
import { makeUser, ruleSet, type TestUser, type VillageTeam } from '../support/factories.js';
import type { Client } from '../support/gql.js';
import { filedScheme } from '../support/scheme.js';
import { REPO_ROOT } from '../support/serverCommand.js';

/** Villages filed at once during the setup (the measured import and settle run one village at a time). */
const SETUP_CONCURRENCY = 4;

/** `count` villages, each with a filed scheme of `year`; their rule sets by village code, in order. */
export async function filedVillages(admin: Client, count: number, year: number): Promise<Map<string, RuleSet>> {
  const villages = await villageCodes(admin, count);
  const teams = await departments(admin, villages);
  const templates = readdirSync(join(REPO_ROOT, 'rules/villages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const docs = new Map<string, RuleSet>();
  villages.forEach((village, i) => docs.set(village, ruleSet(village, year, {}, templates[i % templates.length])));
  await inParallel(villages, SETUP_CONCURRENCY, (village) => filedScheme(teams(village), docs.get(village)!));
  return docs;
}

/** The seeded villages, then new ones (township code + 400, 401, ...) added through the API, `count` in all. */
async function villageCodes(admin: Client, count: number): Promise<string[]> {
  const { counties } = await admin.ok(`{ counties { townships { code villages { code } } } }`);
  const townships: { code: string; villages: { code: string }[] }[] = counties.flatMap((c: { townships: unknown[] }) => c.townships);
  const codes = townships.flatMap((t) => t.villages.map((v) => v.code)).slice(0, count);
  const added = Array.from({ length: count - codes.length }, (_, n) => {
    const township = townships[n % townships.length]!;
    return { township: township.code, code: `${township.code}${400 + Math.floor(n / townships.length)}`, name: `测试村${n + 1}` };
  });
  await inParallel(added, SETUP_CONCURRENCY, (v) =>
    admin.ok(
      `mutation ($t: String!, $c: String!, $n: String!) { addVillage(townshipCode: $t, code: $c, name: $n, provisional: true) { code } }`,
      { t: v.township, c: v.code, n: v.name },
    ),
  );
  codes.push(...added.map((v) => v.code));
  return codes;
}

/** The receiving departments of every township and county involved; the admin stands in for the cadres. */
export async function departments(admin: Client, villages: string[]): Promise<(village: string) => VillageTeam> {
  const users = new Map<string, TestUser>();
  const user = async (role: 'TOWNSHIP_OFFICER' | 'COUNTY_HRSS' | 'COUNTY_AGRICULTURE', area: string) => {
    const key = `${role} ${area}`;
    if (!users.has(key)) users.set(key, await makeUser(admin, role, area));
    return users.get(key)!;
  };
  for (const v of villages) {
    await user('TOWNSHIP_OFFICER', v.slice(0, 9));
    await user('COUNTY_HRSS', v.slice(0, 6));
    await user('COUNTY_AGRICULTURE', v.slice(0, 6));
  }
  const cadre = { id: '', username: 'admin', role: 'REGION_ADMIN' as const, areaCode: null, client: admin };
  return (v) => ({
    village: v,
    cadre,
    agency: cadre,
    township: users.get(`TOWNSHIP_OFFICER ${v.slice(0, 9)}`)!,
    hrss: users.get(`COUNTY_HRSS ${v.slice(0, 6)}`)!,
    agriculture: users.get(`COUNTY_AGRICULTURE ${v.slice(0, 6)}`)!,
  });
}

async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}
