/**
 * Brings a database up to date: runs pending migrations, then seeds what is missing, one process at a time
 * (db/migrationLock.ts). Run at every start, and by `pnpm --filter @cunce/server migrate` (src/migrate.ts).
 */
import { DatabaseSeeder } from './DatabaseSeeder.js';
import type { AdminSeedContext } from './AdminSeeder.js';
import { withMigrationLock } from '../db/migrationLock.js';
import type { Orm } from '../db/orm.js';

/** Returns the names of the migrations it ran. */
export async function prepareDatabase(orm: Orm, seed: AdminSeedContext = {}): Promise<string[]> {
  return withMigrationLock(orm, async () => {
    const ran = await orm.getMigrator().up();
    await orm.em.fork().transactional((em) => new DatabaseSeeder().run(em, seed));
    return ran.map((m) => m.name);
  });
}
