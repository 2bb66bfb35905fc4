import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { AdminSeeder, type AdminSeedContext } from './AdminSeeder.js';
import { DivisionSeeder } from './DivisionSeeder.js';
import { PolicySeeder } from './PolicySeeder.js';

/** Seeds what an empty database needs; each seeder skips what is already there. */
export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager, context: AdminSeedContext = {}): Promise<void> {
    await new DivisionSeeder().run(em);
    await new PolicySeeder().run(em);
    await new AdminSeeder().run(em, context);
  }
}
