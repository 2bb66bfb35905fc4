import { Migration } from '@mikro-orm/migrations';

export class Migration20261129042324 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "posting" ("id" serial primary key, "settlement_id" int not null, "id_number" varchar(18) not null, "status" varchar(16) not null, "reason" text null, "collective_fen" int not null, "eligible" boolean not null, "recorded_at" timestamptz not null, "recorded_by_id" int not null);`);
    this.addSql(`create index "posting_settlement_id_status_eligible_collective_fen_index" on "posting" ("settlement_id", "status", "eligible", "collective_fen");`);
    this.addSql(`alter table "posting" add constraint "posting_settlement_id_id_number_unique" unique ("settlement_id", "id_number");`);

    this.addSql(`alter table "posting" add constraint "posting_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "posting" add constraint "posting_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "posting" cascade;`);
  }

}
