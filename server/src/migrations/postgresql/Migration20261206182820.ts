import { Migration } from '@mikro-orm/migrations';

export class Migration20261206182820 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_throttle" ("key" varchar(160) not null, "username" varchar(64) null, "failures" int not null default 0, "window_start" timestamptz not null, "locked_until" timestamptz null, "last_success_at" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(`create index "login_throttle_username_index" on "login_throttle" ("username");`);

    this.addSql(`alter table "app_user" drop column "failed_logins", drop column "locked_until";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(
      `alter table "app_user" add column "failed_logins" int4 not null default 0, add column "locked_until" timestamptz(6) null;`,
    );
  }
}
