import { Migration } from '@mikro-orm/migrations';

export class Migration20261207011204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "member" add column "practice" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "member" drop column "practice";`);
  }

}
