import { Migration } from '@mikro-orm/migrations';

export class Migration20261204041420 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "donor" ("id" serial primary key, "kind" varchar(16) not null, "name" varchar(100) not null, "contact" varchar(200) null, "credit_code" varchar(18) null, "area_code" varchar(12) null, "county_code" varchar(6) null, "version" int not null default 1, "created_at" timestamptz not null, "created_by_id" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "donor_county_code_index" on "donor" ("county_code");`);

    this.addSql(
      `create table "donation_pool" ("id" serial primary key, "donor_id" int not null, "charity_id" int null, "year" int not null, "county_code" varchar(6) not null, "label" varchar(100) null, "amount_fen" bigint not null, "per_member_fen" int not null, "condition" jsonb null, "member_order" varchar(16) not null, "note" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, "created_by_id" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "donation_pool_county_code_year_index" on "donation_pool" ("county_code", "year");`);
    this.addSql(`create index "donation_pool_year_donor_id_index" on "donation_pool" ("year", "donor_id");`);

    this.addSql(
      `create table "posting" ("id" serial primary key, "settlement_id" int not null, "id_number" varchar(18) not null, "status" varchar(16) not null, "reason" text null, "collective_fen" int not null, "eligible" boolean not null, "recorded_at" timestamptz not null, "recorded_by_id" int not null);`,
    );
    this.addSql(
      `create index "posting_settlement_id_status_eligible_collective_fen_index" on "posting" ("settlement_id", "status", "eligible", "collective_fen");`,
    );
    this.addSql(`alter table "posting" add constraint "posting_settlement_id_id_number_unique" unique ("settlement_id", "id_number");`);

    this.addSql(`create table "donation_basis" ("id" serial primary key, "settlement_id" int not null, "fingerprint" text not null);`);
    this.addSql(`alter table "donation_basis" add constraint "donation_basis_settlement_id_unique" unique ("settlement_id");`);

    this.addSql(
      `create table "step_document" ("id" serial primary key, "decision_step_id" int not null, "file_name" varchar(255) not null, "mime_type" varchar(128) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by_id" int not null, "uploaded_at" timestamptz not null);`,
    );
    this.addSql(`create index "step_document_decision_step_id_id_index" on "step_document" ("decision_step_id", "id");`);

    this.addSql(
      `create table "donation_gift" ("id" serial primary key, "donor_id" int not null, "charity_id" int null, "village_id" int not null, "year" int not null, "id_number" varchar(18) not null, "name" varchar(255) null, "amount_fen" int not null, "received_on" varchar(10) null, "note" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, "created_by_id" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "donation_gift_year_donor_id_index" on "donation_gift" ("year", "donor_id");`);
    this.addSql(`create index "donation_gift_village_id_year_index" on "donation_gift" ("village_id", "year");`);

    this.addSql(
      `create table "donation_allocation" ("id" serial primary key, "settlement_id" int not null, "source" varchar(8) not null, "gift_id" int null, "pool_id" int null, "donor_id" int null, "id_number" varchar(18) not null, "name" varchar(255) null, "applied_fen" int not null, "returned_fen" int not null);`,
    );
    this.addSql(`create index "donation_allocation_gift_id_index" on "donation_allocation" ("gift_id");`);
    this.addSql(`create index "donation_allocation_pool_id_index" on "donation_allocation" ("pool_id");`);
    this.addSql(`create index "donation_allocation_settlement_id_index" on "donation_allocation" ("settlement_id");`);

    this.addSql(
      `create table "donation_pool_village" ("pool_id" int not null, "village_id" int not null, constraint "donation_pool_village_pkey" primary key ("pool_id", "village_id"));`,
    );

    this.addSql(
      `alter table "donor" add constraint "donor_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "donation_pool" add constraint "donation_pool_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "donation_pool" add constraint "donation_pool_charity_id_foreign" foreign key ("charity_id") references "donor" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "donation_pool" add constraint "donation_pool_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "posting" add constraint "posting_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "posting" add constraint "posting_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "donation_basis" add constraint "donation_basis_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "step_document" add constraint "step_document_decision_step_id_foreign" foreign key ("decision_step_id") references "decision_step" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "step_document" add constraint "step_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "donation_gift" add constraint "donation_gift_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "donation_gift" add constraint "donation_gift_charity_id_foreign" foreign key ("charity_id") references "donor" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "donation_gift" add constraint "donation_gift_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "donation_gift" add constraint "donation_gift_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_gift_id_foreign" foreign key ("gift_id") references "donation_gift" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_pool_id_foreign" foreign key ("pool_id") references "donation_pool" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "donation_pool_village" add constraint "donation_pool_village_pool_id_foreign" foreign key ("pool_id") references "donation_pool" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "donation_pool_village" add constraint "donation_pool_village_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "decision_step" add column "settlement_id" int null;`);
    this.addSql(
      `alter table "decision_step" add constraint "decision_step_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "donation_pool" drop constraint "donation_pool_donor_id_foreign";`);

    this.addSql(`alter table "donation_pool" drop constraint "donation_pool_charity_id_foreign";`);

    this.addSql(`alter table "donation_gift" drop constraint "donation_gift_donor_id_foreign";`);

    this.addSql(`alter table "donation_gift" drop constraint "donation_gift_charity_id_foreign";`);

    this.addSql(`alter table "donation_allocation" drop constraint "donation_allocation_donor_id_foreign";`);

    this.addSql(`alter table "donation_allocation" drop constraint "donation_allocation_pool_id_foreign";`);

    this.addSql(`alter table "donation_pool_village" drop constraint "donation_pool_village_pool_id_foreign";`);

    this.addSql(`alter table "donation_allocation" drop constraint "donation_allocation_gift_id_foreign";`);

    this.addSql(`drop table if exists "donor" cascade;`);

    this.addSql(`drop table if exists "donation_pool" cascade;`);

    this.addSql(`drop table if exists "posting" cascade;`);

    this.addSql(`drop table if exists "donation_basis" cascade;`);

    this.addSql(`drop table if exists "step_document" cascade;`);

    this.addSql(`drop table if exists "donation_gift" cascade;`);

    this.addSql(`drop table if exists "donation_allocation" cascade;`);

    this.addSql(`drop table if exists "donation_pool_village" cascade;`);

    this.addSql(`alter table "decision_step" drop constraint "decision_step_settlement_id_foreign";`);

    this.addSql(`alter table "decision_step" drop column "settlement_id";`);
  }
}
