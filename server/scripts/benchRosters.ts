/**
 * For the reform bench alone (test/bench/server.bench.ts `--reform`), not measured: every village of the file gets
 * the synthetic roster the region bench would import for it (rules/bench/roster.ts, seed = its place in the file
 * + 1, as test/bench/region.ts), checked as an import checks it and inserted straight into the member table as an
 * import inserts it, without the API, the audit or a settlement. The region's 1.87 million members take minutes
 * through the API; here well under one.
 */
import { checkMembers, type PolicySource, type RuleSet } from '@cunce/rules';
import { syntheticRoster, toMemberInput } from '../../rules/bench/roster.js';
import { batchInsert } from '../src/adapter/index.js';
import type { Em } from '../src/db/orm.js';
import { Member } from '../src/modules/lifecycle/roster/member.entity.js';
import { storedFields } from '../src/modules/lifecycle/roster/roster.mapper.js';

/** Villages written in one transaction. */
const VILLAGES_A_TRANSACTION = 100;

export async function seedRosters(
  em: Em,
  list: readonly { code: string; ruleSet: RuleSet }[],
  villageIds: ReadonlyMap<string, number>,
  members: number,
  policies: PolicySource,
): Promise<void> {
  for (let start = 0; start < list.length; start += VILLAGES_A_TRANSACTION)
    await em.fork().transactional(async (tx) => {
      for (const [i, v] of list.slice(start, start + VILLAGES_A_TRANSACTION).entries()) {
        const year = v.ruleSet.year;
        const policy = policies(year)!;
        const roster = syntheticRoster(members, {
          year,
          policy,
          facts: v.ruleSet.facts,
          addressCode: v.code.slice(0, 6),
          seed: start + i + 1,
        });
        const checked = checkMembers(roster.map(toMemberInput), {
          year,
          policy,
          ageAsOf: v.ruleSet.ageAsOf,
          facts: v.ruleSet.facts,
          mode: 'import',
        });
        if (checked.errors.length) throw new Error(`${v.code}: the synthetic roster does not check: ${JSON.stringify(checked.errors[0])}`);
        const now = new Date();
        await batchInsert(
          tx,
          Member,
          checked.members.map((m) => ({ idNumber: m.idNumber, ...storedFields(m) })),
          { village: villageIds.get(v.code)!, year, practice: false, createdAt: now, updatedAt: now },
        );
      }
    });
}
