import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { divisions } from '@cunce/rules';
import { County } from '../modules/reference/division/county.entity.js';
import { Township } from '../modules/reference/division/township.entity.js';
import { Village } from '../modules/reference/division/village.entity.js';

/** Ningxia's 22 counties, the pilot townships and villages (provisional codes marked) from @cunce/rules. */
export class DivisionSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(County, {})) > 0) return;
    for (const c of divisions.counties) {
      const county = em.create(County, { code: c.code, name: c.name, city: c.city });
      for (const t of c.townships) {
        const township = em.create(Township, { code: t.code, name: t.name, county });
        for (const v of t.villages) em.create(Village, { code: v.code, name: v.name, provisional: v.provisional, township });
      }
    }
    await em.flush();
  }
}
