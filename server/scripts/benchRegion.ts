/**
 * The region bench's setup (test/bench/regionSetup.ts), not measured: `tsx scripts/benchRegion.ts <file.json>` with
 * DATABASE_URL (and CUNCE_ADMIN_PASSWORD) as the server would be started. Migrates and seeds the database as the
 * server's start does, then inserts in one transaction the file's villages that do not exist yet and, for every
 * village of the file, a FILED scheme of its rule set: version 1 (validated against the policy years here; an
 * invalid one stops the setup), the five decision steps and the three departments' receipts, recorded by `admin`.
 * Through the API the same state takes 11 requests a village (half an hour for the region); here seconds.
 *
 * The file: `[{ code, township, name, ruleSet }]`. With a number after it (`... file.json 850`), every village also
 * gets a synthetic roster of that many members for its rule set's year (benchRosters.ts), for the reform bench alone.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import { NINGXIA_POLICY_YEARS, policySource, validateRuleSet, type RuleSet } from '@cunce/rules';
import { loadConfig } from '../src/config.js';
import { forkEm, openOrm, type Em } from '../src/db/orm.js';
import { entities } from '../src/entities.js';
import { DecisionStep } from '../src/modules/lifecycle/decision/decisionStep.entity.js';
import { FilingReceipt } from '../src/modules/lifecycle/filing/filingReceipt.entity.js';
import { RuleSetVersion } from '../src/modules/lifecycle/ruleset/ruleSetVersion.entity.js';
import { Scheme } from '../src/modules/lifecycle/scheme/scheme.entity.js';
import { Township } from '../src/modules/reference/division/township.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { DEPARTMENTS } from '../src/modules/reference/user/department.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { prepareDatabase } from '../src/seeders/prepare.js';
import { seedRosters } from './benchRosters.js';

interface BenchVillage {
  code: string;
  township: string;
  name: string;
  ruleSet: RuleSet;
}

const STEPS = [
  'PARTY_BRANCH_PROPOSAL',
  'COMMITTEES_DELIBERATION',
  'PARTY_MEMBERS_REVIEW',
  'VILLAGERS_RESOLUTION',
  'RESOLUTION_DISCLOSED',
] as const;
const MEETINGS = new Set<string>(['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION']);

const list = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BenchVillage[];
const members = Number(process.argv[3] ?? 0);
const policies = policySource(NINGXIA_POLICY_YEARS);
for (const v of list) {
  const validation = validateRuleSet(v.ruleSet, policies);
  if (!validation.valid) throw new Error(`${v.code}: the rule set does not validate: ${JSON.stringify(validation.errors)}`);
}

const config = loadConfig();
const orm = await openOrm(config.database, entities);
try {
  await prepareDatabase(orm, { adminPassword: config.adminPassword });
  await forkEm(orm).transactional(async (em) => {
    const admin = await em.findOneOrFail(User, { username: 'admin' });
    const townships = new Map((await em.find(Township, {})).map((t) => [t.code, t.id]));
    const existing = new Set((await em.find(Village, {}, { fields: ['code'] })).map((v) => v.code));
    const added = list.filter((v) => !existing.has(v.code));
    await inChunks(
      em,
      Village,
      added.map((v) => ({ code: v.code, name: v.name, provisional: true, township: townships.get(v.township)! })),
    );
    const villageIds = new Map((await em.find(Village, {}, { fields: ['code'] })).map((v) => [v.code, v.id]));
    const at = new Date();
    const byVillage = new Map(list.map((v) => [villageIds.get(v.code)!, v.ruleSet]));
    await inChunks(
      em,
      Scheme,
      list.map((v) => ({
        village: villageIds.get(v.code)!,
        year: v.ruleSet.year,
        lastYear: v.ruleSet.lastYear ?? null,
        status: 'FILED' as const,
        filedVersion: 1,
        currentVersion: 1,
        filingRound: 1,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      })),
    );
    const schemes = await em.find(Scheme, { village: { $in: [...byVillage.keys()] } }, { fields: ['village'] });
    await inChunks(
      em,
      RuleSetVersion,
      schemes.map((s) => ({
        scheme: s.id,
        version: 1,
        ruleSet: byVillage.get(s.village.id)!,
        valid: true,
        createdBy: admin.id,
        createdAt: at,
      })),
    );
    await inChunks(
      em,
      DecisionStep,
      schemes.flatMap((s) =>
        STEPS.map((step, i) => ({
          scheme: s.id,
          version: 1,
          step,
          date: `2025-01-${String(6 + i).padStart(2, '0')}`,
          note: step,
          ...(MEETINGS.has(step) ? { attendanceExpected: 30, attendancePresent: 24, votesFor: 20, votesAgainst: 2, votesAbstain: 2 } : {}),
          createdBy: admin.id,
          createdAt: at,
        })),
      ),
    );
    await inChunks(
      em,
      FilingReceipt,
      schemes.flatMap((s) =>
        DEPARTMENTS.map((department) => ({ scheme: s.id, version: 1, round: 1, department, kind: 'FILING' as const, user: admin.id, at })),
      ),
    );
  });
  if (members > 0) {
    const villageIds = new Map((await forkEm(orm).find(Village, {}, { fields: ['code'] })).map((v) => [v.code, v.id]));
    await seedRosters(forkEm(orm), list, villageIds, members, policies);
  }
  console.log(`${list.length} villages filed${members > 0 ? `, ${members} members each` : ''}`);
} finally {
  await orm.close();
}

/** insertMany in chunks of 1,000 rows: under SQLite's bound-parameter limit. */
async function inChunks<T extends object>(em: Em, entity: EntityClass<T>, rows: RequiredEntityData<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) await em.insertMany(entity, rows.slice(start, start + 1000));
}
