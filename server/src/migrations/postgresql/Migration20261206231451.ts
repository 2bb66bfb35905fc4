import { Migration } from '@mikro-orm/migrations';

export class Migration20261206231451 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "township" add column "provisional" boolean not null default false;`);

    this.addSql(`alter table "app_user" add column "real_name" varchar(32) null, add column "phone" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "real_name", drop column "phone";`);

    this.addSql(`alter table "township" drop column "provisional";`);
  }

}
