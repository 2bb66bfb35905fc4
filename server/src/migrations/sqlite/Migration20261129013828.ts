import { Migration } from '@mikro-orm/migrations';

export class Migration20261129013828 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`county\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`city\` text not null);`,
    );
    this.addSql(`create unique index \`county_code_unique\` on \`county\` (\`code\`);`);

    this.addSql(
      `create table \`policy_year\` (\`year\` integer not null, \`hardship_tier_categories\` json not null, \`back_pay_earns_subsidy\` integer not null default false, \`updated_at\` datetime not null, primary key (\`year\`));`,
    );

    this.addSql(
      `create table \`policy_tier\` (\`id\` integer not null primary key autoincrement, \`policy_year_year\` integer not null, \`position\` integer not null, \`amount_fen\` integer not null, \`government_subsidy_fen\` integer not null, \`hardship_only\` integer not null, constraint \`policy_tier_policy_year_year_foreign\` foreign key(\`policy_year_year\`) references \`policy_year\`(\`year\`) on update cascade);`,
    );
    this.addSql(`create index \`policy_tier_policy_year_year_index\` on \`policy_tier\` (\`policy_year_year\`);`);
    this.addSql(
      `create unique index \`policy_tier_policy_year_year_position_unique\` on \`policy_tier\` (\`policy_year_year\`, \`position\`);`,
    );

    this.addSql(`create table \`setting\` (\`key\` text not null, \`value\` text not null, primary key (\`key\`));`);

    this.addSql(
      `create table \`township\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`county_id\` integer not null, constraint \`township_county_id_foreign\` foreign key(\`county_id\`) references \`county\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`township_code_unique\` on \`township\` (\`code\`);`);
    this.addSql(`create index \`township_county_id_index\` on \`township\` (\`county_id\`);`);

    this.addSql(
      `create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`password_hash\` text not null, \`role\` text not null, \`area_code\` text null, \`disabled\` integer not null default false, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`token_version\` integer not null default 0, \`created_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);

    this.addSql(
      `create table \`village\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`provisional\` integer not null default false, \`township_id\` integer not null, constraint \`village_township_id_foreign\` foreign key(\`township_id\`) references \`township\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`village_code_unique\` on \`village\` (\`code\`);`);
    this.addSql(`create index \`village_township_id_index\` on \`village\` (\`township_id\`);`);

    this.addSql(
      `create table \`scheme\` (\`id\` integer not null primary key autoincrement, \`village_id\` integer not null, \`year\` integer not null, \`last_year\` integer null, \`status\` text not null, \`filed_version\` integer null, \`current_version\` integer not null default 0, \`filing_round\` integer not null default 0, \`return_reason\` text null, \`revision\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`scheme_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`scheme_village_id_index\` on \`scheme\` (\`village_id\`);`);
    this.addSql(`create index \`scheme_updated_at_index\` on \`scheme\` (\`updated_at\`);`);
    this.addSql(`create unique index \`scheme_village_id_year_unique\` on \`scheme\` (\`village_id\`, \`year\`);`);

    this.addSql(
      `create table \`suspension\` (\`id\` integer not null primary key autoincrement, \`scheme_id\` integer not null, \`reason\` text not null, \`effective_date\` text not null, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`resumed_at\` datetime null, \`resumed_by_id\` integer null, constraint \`suspension_scheme_id_foreign\` foreign key(\`scheme_id\`) references \`scheme\`(\`id\`) on update cascade, constraint \`suspension_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`suspension_resumed_by_id_foreign\` foreign key(\`resumed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`suspension_scheme_id_index\` on \`suspension\` (\`scheme_id\`);`);
    this.addSql(`create index \`suspension_created_by_id_index\` on \`suspension\` (\`created_by_id\`);`);
    this.addSql(`create index \`suspension_resumed_by_id_index\` on \`suspension\` (\`resumed_by_id\`);`);

    this.addSql(
      `create table \`rule_set_version\` (\`id\` integer not null primary key autoincrement, \`scheme_id\` integer not null, \`version\` integer not null, \`rule_set\` json not null, \`valid\` integer not null, \`created_at\` datetime not null, \`created_by_id\` integer not null, constraint \`rule_set_version_scheme_id_foreign\` foreign key(\`scheme_id\`) references \`scheme\`(\`id\`) on update cascade, constraint \`rule_set_version_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`rule_set_version_scheme_id_index\` on \`rule_set_version\` (\`scheme_id\`);`);
    this.addSql(`create index \`rule_set_version_created_by_id_index\` on \`rule_set_version\` (\`created_by_id\`);`);
    this.addSql(`create unique index \`rule_set_version_scheme_id_version_unique\` on \`rule_set_version\` (\`scheme_id\`, \`version\`);`);

    this.addSql(
      `create table \`settlement\` (\`id\` integer not null primary key autoincrement, \`village_id\` integer not null, \`year\` integer not null, \`status\` text not null, \`supplementary\` integer not null default false, \`rule_set_version_id\` integer null, \`scheme_active\` integer not null, \`members_count\` integer not null, \`eligible_count\` integer not null, \`contribution_fen\` bigint not null, \`government_subsidy_fen\` bigint not null, \`collective_fen\` bigint not null, \`donation_fen\` bigint not null, \`donation_excess_fen\` bigint not null, \`account_credit_fen\` bigint not null, \`budget_exceeded\` integer not null, \`prorate_factor\` double null, \`warnings\` json not null, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`confirmed_at\` datetime null, \`confirmed_by_id\` integer null, \`accepted_at\` datetime null, \`accepted_by_id\` integer null, constraint \`settlement_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade, constraint \`settlement_rule_set_version_id_foreign\` foreign key(\`rule_set_version_id\`) references \`rule_set_version\`(\`id\`) on delete set null on update cascade, constraint \`settlement_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade, constraint \`settlement_confirmed_by_id_foreign\` foreign key(\`confirmed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`settlement_accepted_by_id_foreign\` foreign key(\`accepted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`settlement_village_id_index\` on \`settlement\` (\`village_id\`);`);
    this.addSql(`create index \`settlement_rule_set_version_id_index\` on \`settlement\` (\`rule_set_version_id\`);`);
    this.addSql(`create index \`settlement_created_by_id_index\` on \`settlement\` (\`created_by_id\`);`);
    this.addSql(`create index \`settlement_confirmed_by_id_index\` on \`settlement\` (\`confirmed_by_id\`);`);
    this.addSql(`create index \`settlement_accepted_by_id_index\` on \`settlement\` (\`accepted_by_id\`);`);
    this.addSql(`create index \`settlement_year_status_index\` on \`settlement\` (\`year\`, \`status\`);`);
    this.addSql(`create index \`settlement_village_id_year_index\` on \`settlement\` (\`village_id\`, \`year\`);`);

    this.addSql(
      `create table \`settlement_outcome\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`id_number\` text not null, \`name\` text null, \`eligible\` integer not null, \`reasons\` json not null, \`age\` integer not null, \`sections\` json not null, \`raw_fen\` integer not null, \`collective_fen\` integer not null, \`donation_fen\` integer not null, \`donation_excess_fen\` integer not null, \`government_subsidy_fen\` integer not null, \`account_credit_fen\` integer not null, \`contribution_fen\` integer null, constraint \`settlement_outcome_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`settlement_outcome_settlement_id_index\` on \`settlement_outcome\` (\`settlement_id\`);`);
    this.addSql(`create index \`settlement_outcome_id_number_index\` on \`settlement_outcome\` (\`id_number\`);`);

    this.addSql(
      `create table \`filing_receipt\` (\`id\` integer not null primary key autoincrement, \`scheme_id\` integer not null, \`version\` integer not null, \`round\` integer not null default 0, \`department\` text not null, \`kind\` text not null, \`outcome\` text not null default 'ACKNOWLEDGED', \`reason\` text null, \`user_id\` integer not null, \`at\` datetime not null, constraint \`filing_receipt_scheme_id_foreign\` foreign key(\`scheme_id\`) references \`scheme\`(\`id\`) on update cascade, constraint \`filing_receipt_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`filing_receipt_scheme_id_index\` on \`filing_receipt\` (\`scheme_id\`);`);
    this.addSql(`create index \`filing_receipt_user_id_index\` on \`filing_receipt\` (\`user_id\`);`);
    this.addSql(`create index \`filing_receipt_scheme_id_round_index\` on \`filing_receipt\` (\`scheme_id\`, \`round\`);`);

    this.addSql(
      `create table \`decision_step\` (\`id\` integer not null primary key autoincrement, \`scheme_id\` integer not null, \`version\` integer not null, \`step\` text not null, \`date\` text not null, \`note\` text null, \`attendance_expected\` integer null, \`attendance_present\` integer null, \`votes_for\` integer null, \`votes_against\` integer null, \`votes_abstain\` integer null, \`created_at\` datetime not null, \`created_by_id\` integer not null, constraint \`decision_step_scheme_id_foreign\` foreign key(\`scheme_id\`) references \`scheme\`(\`id\`) on update cascade, constraint \`decision_step_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`decision_step_scheme_id_index\` on \`decision_step\` (\`scheme_id\`);`);
    this.addSql(`create index \`decision_step_created_by_id_index\` on \`decision_step\` (\`created_by_id\`);`);
    this.addSql(`create index \`decision_step_scheme_id_version_index\` on \`decision_step\` (\`scheme_id\`, \`version\`);`);

    this.addSql(
      `create table \`member\` (\`id\` integer not null primary key autoincrement, \`village_id\` integer not null, \`year\` integer not null, \`id_number\` text not null, \`name\` text null, \`is_collective_member\` integer not null, \`contribution_fen\` integer null, \`payment_type\` text not null, \`proxy_paid\` integer not null default false, \`hardship\` json not null, \`contribution_years\` integer not null default 0, \`household_elderly\` integer not null default 0, \`household_children\` integer not null default 0, \`donation_fen\` integer not null default 0, \`prior_credit_fen\` integer not null default 0, \`custom\` json null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`member_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`member_village_id_index\` on \`member\` (\`village_id\`);`);
    this.addSql(`create index \`member_year_id_number_index\` on \`member\` (\`year\`, \`id_number\`);`);
    this.addSql(`create unique index \`member_village_id_year_id_number_unique\` on \`member\` (\`village_id\`, \`year\`, \`id_number\`);`);

    this.addSql(
      `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`user_id\` integer null, \`action\` text not null, \`entity\` text not null, \`entity_id\` text not null, \`village_id\` integer null, \`village_code\` text null, \`year\` integer null, \`before\` json null, \`after\` json null, constraint \`audit_entry_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`audit_entry_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`audit_entry_user_id_index\` on \`audit_entry\` (\`user_id\`);`);
    this.addSql(`create index \`audit_entry_village_id_index\` on \`audit_entry\` (\`village_id\`);`);
    this.addSql(`create index \`audit_entry_village_id_year_index\` on \`audit_entry\` (\`village_id\`, \`year\`);`);

    this.addSql(
      `create table \`village_alias\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`village_id\` integer not null, \`replaced_at\` datetime not null, constraint \`village_alias_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`village_alias_code_unique\` on \`village_alias\` (\`code\`);`);
    this.addSql(`create index \`village_alias_village_id_index\` on \`village_alias\` (\`village_id\`);`);
  }
}
