/**
 * The region bench's setup (not measured): `count` villages (the seeded ones, then new ones), each with a filed
 * scheme of `year` (one of the 16 pilot standards in turn), written straight into the fresh database before the
 * server starts by the server's own script (server/scripts/benchRegion.ts: its migrations, seeders and entities).
 * Through the API (11 requests a village) the region took half an hour to set up; the measured import, settle and
 * reform still go through the API.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { divisions, type RuleSet } from '@cunce/rules';
import type { TestDatabase } from '../support/database.js';
import { makeUser, ruleSet, type TestUser, type VillageTeam } from '../support/factories.js';
import type { Client } from '../support/gql.js';
import { ADMIN_PASSWORD } from '../support/server.js';
import { REPO_ROOT, SERVER_DIR, serverPath } from '../support/serverCommand.js';

/**
 * `count` villages, each with a filed scheme of `year`, in `database`; their rule sets by village code, in order.
 * With `members`, each village also gets the synthetic roster region.ts would import for it (the reform bench alone).
 */
export function filedVillages(database: TestDatabase, count: number, year: number, members = 0): Map<string, RuleSet> {
  const templates = readdirSync(join(REPO_ROOT, 'rules/villages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const villages = villageList(count);
  const docs = new Map<string, RuleSet>();
  villages.forEach((v, i) => docs.set(v.code, ruleSet(v.code, year, {}, templates[i % templates.length])));
  const dir = mkdtempSync(join(tmpdir(), 'cunce-region-'));
  try {
    const file = join(dir, 'villages.json');
    writeFileSync(file, JSON.stringify(villages.map((v) => ({ ...v, ruleSet: docs.get(v.code) }))));
    execFileSync('tsx', ['scripts/benchRegion.ts', file, String(members)], {
      cwd: SERVER_DIR,
      env: { ...process.env, PATH: serverPath(), DATABASE_URL: database.url, CUNCE_ADMIN_PASSWORD: ADMIN_PASSWORD, CUNCE_SCRYPT_LN: '12' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return docs;
}

/** The seeded villages, then new ones (township code + 400, 401, ...), `count` in all, townships in code order. */
function villageList(count: number): { code: string; township: string; name: string }[] {
  const townships = divisions.counties.flatMap((c) => c.townships).sort((a, b) => a.code.localeCompare(b.code));
  const seeded = townships.flatMap((t) => t.villages.map((v) => ({ code: v.code, township: t.code, name: v.name }))).slice(0, count);
  const added = Array.from({ length: count - seeded.length }, (_, n) => {
    const township = townships[n % townships.length]!;
    return { township: township.code, code: `${township.code}${400 + Math.floor(n / townships.length)}`, name: `测试村${n + 1}` };
  });
  return [...seeded, ...added];
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
