import { Migration } from '@mikro-orm/migrations';

export class Migration20261204074604 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "settlement_outcome_id_number_index";`);

    this.addSql(`create index "settlement_outcome_id_number_settlement_id_index" on "settlement_outcome" ("id_number", "settlement_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "settlement_outcome_id_number_settlement_id_index";`);

    this.addSql(`create index "settlement_outcome_id_number_index" on "settlement_outcome" ("id_number");`);
  }
}
