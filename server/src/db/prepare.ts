/** Brings a database up to date at start: runs pending migrations, then seeds what is missing. */
import { DatabaseSeeder } from '../seeders/DatabaseSeeder.js';
import type { AdminSeedContext } from '../seeders/AdminSeeder.js';
import type { Orm } from './orm.js';

export async function prepareDatabase(orm: Orm, seed: AdminSeedContext = {}): Promise<void> {
  await orm.getMigrator().up();
  await orm.em.fork().transactional((em) => new DatabaseSeeder().run(em, seed));
}
