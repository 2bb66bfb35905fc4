import { Migration } from '@mikro-orm/migrations';

export class Migration20261129013829 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "county" ("id" serial primary key, "code" varchar(6) not null, "name" varchar(255) not null, "city" varchar(255) not null);`,
    );
    this.addSql(`alter table "county" add constraint "county_code_unique" unique ("code");`);

    this.addSql(
      `create table "policy_year" ("year" int not null, "hardship_tier_categories" jsonb not null, "back_pay_earns_subsidy" boolean not null default false, "updated_at" timestamptz not null, constraint "policy_year_pkey" primary key ("year"));`,
    );

    this.addSql(
      `create table "policy_tier" ("id" serial primary key, "policy_year_year" int not null, "position" int not null, "amount_fen" int not null, "government_subsidy_fen" int not null, "hardship_only" boolean not null);`,
    );
    this.addSql(
      `alter table "policy_tier" add constraint "policy_tier_policy_year_year_position_unique" unique ("policy_year_year", "position");`,
    );

    this.addSql(
      `create table "setting" ("key" varchar(64) not null, "value" text not null, constraint "setting_pkey" primary key ("key"));`,
    );

    this.addSql(
      `create table "township" ("id" serial primary key, "code" varchar(9) not null, "name" varchar(255) not null, "county_id" int not null);`,
    );
    this.addSql(`alter table "township" add constraint "township_code_unique" unique ("code");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "password_hash" varchar(255) not null, "role" varchar(32) not null, "area_code" varchar(12) null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz null, "token_version" int not null default 0, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "village" ("id" serial primary key, "code" varchar(12) not null, "name" varchar(255) not null, "provisional" boolean not null default false, "township_id" int not null);`,
    );
    this.addSql(`alter table "village" add constraint "village_code_unique" unique ("code");`);

    this.addSql(
      `create table "scheme" ("id" serial primary key, "village_id" int not null, "year" int not null, "last_year" int null, "status" varchar(16) not null, "filed_version" int null, "current_version" int not null default 0, "filing_round" int not null default 0, "return_reason" text null, "revision" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "scheme_updated_at_index" on "scheme" ("updated_at");`);
    this.addSql(`alter table "scheme" add constraint "scheme_village_id_year_unique" unique ("village_id", "year");`);

    this.addSql(
      `create table "suspension" ("id" serial primary key, "scheme_id" int not null, "reason" text not null, "effective_date" varchar(10) not null, "created_at" timestamptz not null, "created_by_id" int not null, "resumed_at" timestamptz null, "resumed_by_id" int null);`,
    );

    this.addSql(
      `create table "rule_set_version" ("id" serial primary key, "scheme_id" int not null, "version" int not null, "rule_set" jsonb not null, "valid" boolean not null, "created_at" timestamptz not null, "created_by_id" int not null);`,
    );
    this.addSql(
      `alter table "rule_set_version" add constraint "rule_set_version_scheme_id_version_unique" unique ("scheme_id", "version");`,
    );

    this.addSql(
      `create table "settlement" ("id" serial primary key, "village_id" int not null, "year" int not null, "status" varchar(16) not null, "supplementary" boolean not null default false, "rule_set_version_id" int null, "scheme_active" boolean not null, "members_count" int not null, "eligible_count" int not null, "contribution_fen" bigint not null, "government_subsidy_fen" bigint not null, "collective_fen" bigint not null, "donation_fen" bigint not null, "donation_excess_fen" bigint not null, "account_credit_fen" bigint not null, "budget_exceeded" boolean not null, "prorate_factor" double precision null, "warnings" jsonb not null, "created_at" timestamptz not null, "created_by_id" int not null, "confirmed_at" timestamptz null, "confirmed_by_id" int null, "accepted_at" timestamptz null, "accepted_by_id" int null);`,
    );
    this.addSql(`create index "settlement_year_status_index" on "settlement" ("year", "status");`);
    this.addSql(`create index "settlement_village_id_year_index" on "settlement" ("village_id", "year");`);

    this.addSql(
      `create table "settlement_outcome" ("id" serial primary key, "settlement_id" int not null, "id_number" varchar(18) not null, "name" varchar(255) null, "eligible" boolean not null, "reasons" jsonb not null, "age" int not null, "sections" jsonb not null, "raw_fen" int not null, "collective_fen" int not null, "donation_fen" int not null, "donation_excess_fen" int not null, "government_subsidy_fen" int not null, "account_credit_fen" int not null, "contribution_fen" int null);`,
    );
    this.addSql(`create index "settlement_outcome_id_number_index" on "settlement_outcome" ("id_number");`);

    this.addSql(
      `create table "filing_receipt" ("id" serial primary key, "scheme_id" int not null, "version" int not null, "round" int not null default 0, "department" varchar(32) not null, "kind" varchar(16) not null, "outcome" varchar(16) not null default 'ACKNOWLEDGED', "reason" text null, "user_id" int not null, "at" timestamptz not null);`,
    );
    this.addSql(`create index "filing_receipt_scheme_id_round_index" on "filing_receipt" ("scheme_id", "round");`);

    this.addSql(
      `create table "decision_step" ("id" serial primary key, "scheme_id" int not null, "version" int not null, "step" varchar(32) not null, "date" varchar(10) not null, "note" text null, "attendance_expected" int null, "attendance_present" int null, "votes_for" int null, "votes_against" int null, "votes_abstain" int null, "created_at" timestamptz not null, "created_by_id" int not null);`,
    );
    this.addSql(`create index "decision_step_scheme_id_version_index" on "decision_step" ("scheme_id", "version");`);

    this.addSql(
      `create table "member" ("id" serial primary key, "village_id" int not null, "year" int not null, "id_number" varchar(18) not null, "name" varchar(255) null, "is_collective_member" boolean not null, "contribution_fen" int null, "payment_type" varchar(16) not null, "proxy_paid" boolean not null default false, "hardship" jsonb not null, "contribution_years" int not null default 0, "household_elderly" int not null default 0, "household_children" int not null default 0, "donation_fen" int not null default 0, "prior_credit_fen" int not null default 0, "custom" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "member_year_id_number_index" on "member" ("year", "id_number");`);
    this.addSql(
      `alter table "member" add constraint "member_village_id_year_id_number_unique" unique ("village_id", "year", "id_number");`,
    );

    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "user_id" int null, "action" varchar(64) not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "village_id" int null, "village_code" varchar(12) null, "year" int null, "before" jsonb null, "after" jsonb null);`,
    );
    this.addSql(`create index "audit_entry_village_id_year_index" on "audit_entry" ("village_id", "year");`);

    this.addSql(
      `create table "village_alias" ("id" serial primary key, "code" varchar(12) not null, "village_id" int not null, "replaced_at" timestamptz not null);`,
    );
    this.addSql(`alter table "village_alias" add constraint "village_alias_code_unique" unique ("code");`);

    this.addSql(
      `alter table "policy_tier" add constraint "policy_tier_policy_year_year_foreign" foreign key ("policy_year_year") references "policy_year" ("year") on update cascade;`,
    );

    this.addSql(
      `alter table "township" add constraint "township_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "village" add constraint "village_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "scheme" add constraint "scheme_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "suspension" add constraint "suspension_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "suspension" add constraint "suspension_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "suspension" add constraint "suspension_resumed_by_id_foreign" foreign key ("resumed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rule_set_version" add constraint "rule_set_version_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rule_set_version" add constraint "rule_set_version_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "settlement" add constraint "settlement_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "settlement" add constraint "settlement_rule_set_version_id_foreign" foreign key ("rule_set_version_id") references "rule_set_version" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "settlement" add constraint "settlement_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "settlement" add constraint "settlement_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "settlement" add constraint "settlement_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "settlement_outcome" add constraint "settlement_outcome_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "filing_receipt" add constraint "filing_receipt_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "filing_receipt" add constraint "filing_receipt_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "decision_step" add constraint "decision_step_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_step" add constraint "decision_step_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "member" add constraint "member_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "village_alias" add constraint "village_alias_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade;`,
    );
  }
}
