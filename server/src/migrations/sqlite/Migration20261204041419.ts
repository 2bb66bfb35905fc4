import { Migration } from '@mikro-orm/migrations';

export class Migration20261204041419 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`donor\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`name\` text not null, \`contact\` text null, \`credit_code\` text null, \`area_code\` text null, \`county_code\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donor_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`donor_created_by_id_index\` on \`donor\` (\`created_by_id\`);`);
    this.addSql(`create index \`donor_county_code_index\` on \`donor\` (\`county_code\`);`);

    this.addSql(
      `create table \`donation_pool\` (\`id\` integer not null primary key autoincrement, \`donor_id\` integer not null, \`charity_id\` integer null, \`year\` integer not null, \`county_code\` text not null, \`label\` text null, \`amount_fen\` bigint not null, \`per_member_fen\` integer not null, \`condition\` json null, \`member_order\` text not null, \`note\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donation_pool_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on update cascade, constraint \`donation_pool_charity_id_foreign\` foreign key(\`charity_id\`) references \`donor\`(\`id\`) on delete set null on update cascade, constraint \`donation_pool_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`donation_pool_donor_id_index\` on \`donation_pool\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_pool_charity_id_index\` on \`donation_pool\` (\`charity_id\`);`);
    this.addSql(`create index \`donation_pool_created_by_id_index\` on \`donation_pool\` (\`created_by_id\`);`);
    this.addSql(`create index \`donation_pool_county_code_year_index\` on \`donation_pool\` (\`county_code\`, \`year\`);`);
    this.addSql(`create index \`donation_pool_year_donor_id_index\` on \`donation_pool\` (\`year\`, \`donor_id\`);`);

    this.addSql(
      `create table \`posting\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`id_number\` text not null, \`status\` text not null, \`reason\` text null, \`collective_fen\` integer not null, \`eligible\` integer not null, \`recorded_at\` datetime not null, \`recorded_by_id\` integer not null, constraint \`posting_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade, constraint \`posting_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`posting_settlement_id_index\` on \`posting\` (\`settlement_id\`);`);
    this.addSql(`create index \`posting_recorded_by_id_index\` on \`posting\` (\`recorded_by_id\`);`);
    this.addSql(
      `create index \`posting_settlement_id_status_eligible_collective_fen_index\` on \`posting\` (\`settlement_id\`, \`status\`, \`eligible\`, \`collective_fen\`);`,
    );
    this.addSql(`create unique index \`posting_settlement_id_id_number_unique\` on \`posting\` (\`settlement_id\`, \`id_number\`);`);

    this.addSql(
      `create table \`donation_basis\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`fingerprint\` text not null, constraint \`donation_basis_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`donation_basis_settlement_id_index\` on \`donation_basis\` (\`settlement_id\`);`);
    this.addSql(`create unique index \`donation_basis_settlement_id_unique\` on \`donation_basis\` (\`settlement_id\`);`);

    this.addSql(
      `create table \`step_document\` (\`id\` integer not null primary key autoincrement, \`decision_step_id\` integer not null, \`file_name\` text not null, \`mime_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`content\` blob not null, \`uploaded_by_id\` integer not null, \`uploaded_at\` datetime not null, constraint \`step_document_decision_step_id_foreign\` foreign key(\`decision_step_id\`) references \`decision_step\`(\`id\`) on update cascade, constraint \`step_document_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`step_document_decision_step_id_index\` on \`step_document\` (\`decision_step_id\`);`);
    this.addSql(`create index \`step_document_uploaded_by_id_index\` on \`step_document\` (\`uploaded_by_id\`);`);
    this.addSql(`create index \`step_document_decision_step_id_id_index\` on \`step_document\` (\`decision_step_id\`, \`id\`);`);

    this.addSql(
      `create table \`donation_gift\` (\`id\` integer not null primary key autoincrement, \`donor_id\` integer not null, \`charity_id\` integer null, \`village_id\` integer not null, \`year\` integer not null, \`id_number\` text not null, \`name\` text null, \`amount_fen\` integer not null, \`received_on\` text null, \`note\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donation_gift_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on update cascade, constraint \`donation_gift_charity_id_foreign\` foreign key(\`charity_id\`) references \`donor\`(\`id\`) on delete set null on update cascade, constraint \`donation_gift_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade, constraint \`donation_gift_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`donation_gift_donor_id_index\` on \`donation_gift\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_gift_charity_id_index\` on \`donation_gift\` (\`charity_id\`);`);
    this.addSql(`create index \`donation_gift_village_id_index\` on \`donation_gift\` (\`village_id\`);`);
    this.addSql(`create index \`donation_gift_created_by_id_index\` on \`donation_gift\` (\`created_by_id\`);`);
    this.addSql(`create index \`donation_gift_year_donor_id_index\` on \`donation_gift\` (\`year\`, \`donor_id\`);`);
    this.addSql(`create index \`donation_gift_village_id_year_index\` on \`donation_gift\` (\`village_id\`, \`year\`);`);

    this.addSql(
      `create table \`donation_allocation\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`source\` text not null, \`gift_id\` integer null, \`pool_id\` integer null, \`donor_id\` integer null, \`id_number\` text not null, \`name\` text null, \`applied_fen\` integer not null, \`returned_fen\` integer not null, constraint \`donation_allocation_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade, constraint \`donation_allocation_gift_id_foreign\` foreign key(\`gift_id\`) references \`donation_gift\`(\`id\`) on delete set null on update cascade, constraint \`donation_allocation_pool_id_foreign\` foreign key(\`pool_id\`) references \`donation_pool\`(\`id\`) on delete set null on update cascade, constraint \`donation_allocation_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`donation_allocation_donor_id_index\` on \`donation_allocation\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_allocation_gift_id_index\` on \`donation_allocation\` (\`gift_id\`);`);
    this.addSql(`create index \`donation_allocation_pool_id_index\` on \`donation_allocation\` (\`pool_id\`);`);
    this.addSql(`create index \`donation_allocation_settlement_id_index\` on \`donation_allocation\` (\`settlement_id\`);`);

    this.addSql(
      `create table \`donation_pool_village\` (\`pool_id\` integer not null, \`village_id\` integer not null, constraint \`donation_pool_village_pool_id_foreign\` foreign key(\`pool_id\`) references \`donation_pool\`(\`id\`) on delete cascade on update cascade, constraint \`donation_pool_village_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on delete cascade on update cascade, primary key (\`pool_id\`, \`village_id\`));`,
    );
    this.addSql(`create index \`donation_pool_village_pool_id_index\` on \`donation_pool_village\` (\`pool_id\`);`);
    this.addSql(`create index \`donation_pool_village_village_id_index\` on \`donation_pool_village\` (\`village_id\`);`);

    this.addSql(
      `alter table \`decision_step\` add column \`settlement_id\` integer null constraint \`decision_step_settlement_id_foreign\` references \`settlement\` (\`id\`) on update cascade on delete set null;`,
    );
    this.addSql(`create index \`decision_step_settlement_id_index\` on \`decision_step\` (\`settlement_id\`);`);
  }
}
