/**
 * Many villages cheaply, for tests of batching and paging: provisional villages (codes `<township>3nn` upwards, up to 700 a township) spread over
 * the seeded townships, inserted directly, each with a scheme for `year` at its first version (a DRAFT), so that
 * nested queries over the region's tree have rows to read at every level.
 */
import type { Em } from '../src/db/orm.js';
import { Township } from '../src/modules/reference/division/township.entity.js';
import { Village } from '../src/modules/reference/division/village.entity.js';
import { User } from '../src/modules/reference/user/user.entity.js';
import { Scheme } from '../src/modules/lifecycle/scheme/scheme.entity.js';
import { RuleSetVersion } from '../src/modules/lifecycle/ruleset/ruleSetVersion.entity.js';

let made = 0;

/** Adds `count` villages with a DRAFT scheme for `year`; gives their codes. */
export async function addManyVillages(em: Em, count: number, year = 2025): Promise<string[]> {
  const townships = await em.find(Township, {}, { orderBy: { code: 'asc' } });
  const admin = await em.findOneOrFail(User, { username: 'admin' });
  const rows = Array.from({ length: count }, (_, i) => {
    const n = made + i;
    const township = townships[n % townships.length]!;
    return {
      code: `${township.code}${300 + Math.floor(n / townships.length)}`,
      name: `测试村${n}`,
      provisional: true,
      township: township.id,
    };
  });
  made += count;
  const at = new Date();
  await em.insertMany(Village, rows);
  const villages = await em.find(Village, { code: { $in: rows.map((r) => r.code) } }, { fields: ['id'] });
  await em.insertMany(
    Scheme,
    villages.map((village) => ({
      village: village.id,
      year,
      status: 'DRAFT' as const,
      currentVersion: 1,
      revision: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const schemes = await em.find(Scheme, { village: { $in: villages.map((v) => v.id) } }, { fields: ['id'] });
  await em.insertMany(
    RuleSetVersion,
    schemes.map((scheme) => ({ scheme: scheme.id, version: 1, ruleSet: {} as never, valid: false, createdBy: admin.id, createdAt: at })),
  );
  return rows.map((r) => r.code);
}
