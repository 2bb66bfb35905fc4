import { Migration } from '@mikro-orm/migrations';

export class Migration20261206230406 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index settlement_one_confirmed_full on settlement (village_id, year) where status in ('CONFIRMED', 'ACCEPTED') and supplementary = false;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "settlement_one_confirmed_full";`);
  }
}
