import { Migration } from '@mikro-orm/migrations';

export class Migration20261207053216 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "settlement_outcome_settlement_id_index" on "settlement_outcome" ("settlement_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "settlement_outcome_settlement_id_index";`);
  }

}
