import { Migration } from '@mikro-orm/migrations';

export class Migration20261129043514 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`donor\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`name\` text not null, \`contact\` text null, \`credit_code\` text null, \`area_code\` text null, \`county_code\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donor_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`donor_created_by_id_index\` on \`donor\` (\`created_by_id\`);`);
    this.addSql(`create index \`donor_county_code_index\` on \`donor\` (\`county_code\`);`);

    this.addSql(`create table \`donation_pool\` (\`id\` integer not null primary key autoincrement, \`donor_id\` integer not null, \`charity_id\` integer null, \`year\` integer not null, \`county_code\` text not null, \`label\` text null, \`amount_fen\` bigint not null, \`per_member_fen\` integer not null, \`condition\` json null, \`member_order\` text not null, \`note\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donation_pool_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on update cascade, constraint \`donation_pool_charity_id_foreign\` foreign key(\`charity_id\`) references \`donor\`(\`id\`) on delete set null on update cascade, constraint \`donation_pool_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`donation_pool_donor_id_index\` on \`donation_pool\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_pool_charity_id_index\` on \`donation_pool\` (\`charity_id\`);`);
    this.addSql(`create index \`donation_pool_created_by_id_index\` on \`donation_pool\` (\`created_by_id\`);`);
    this.addSql(`create index \`donation_pool_county_code_year_index\` on \`donation_pool\` (\`county_code\`, \`year\`);`);
    this.addSql(`create index \`donation_pool_year_donor_id_index\` on \`donation_pool\` (\`year\`, \`donor_id\`);`);

    this.addSql(`create table \`donation_basis\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`fingerprint\` text not null, constraint \`donation_basis_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`donation_basis_settlement_id_index\` on \`donation_basis\` (\`settlement_id\`);`);
    this.addSql(`create unique index \`donation_basis_settlement_id_unique\` on \`donation_basis\` (\`settlement_id\`);`);

    this.addSql(`create table \`donation_gift\` (\`id\` integer not null primary key autoincrement, \`donor_id\` integer not null, \`charity_id\` integer null, \`village_id\` integer not null, \`year\` integer not null, \`id_number\` text not null, \`name\` text null, \`amount_fen\` integer not null, \`received_on\` text null, \`note\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`created_by_id\` integer not null, \`updated_at\` datetime not null, constraint \`donation_gift_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on update cascade, constraint \`donation_gift_charity_id_foreign\` foreign key(\`charity_id\`) references \`donor\`(\`id\`) on delete set null on update cascade, constraint \`donation_gift_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on update cascade, constraint \`donation_gift_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`donation_gift_donor_id_index\` on \`donation_gift\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_gift_charity_id_index\` on \`donation_gift\` (\`charity_id\`);`);
    this.addSql(`create index \`donation_gift_village_id_index\` on \`donation_gift\` (\`village_id\`);`);
    this.addSql(`create index \`donation_gift_created_by_id_index\` on \`donation_gift\` (\`created_by_id\`);`);
    this.addSql(`create index \`donation_gift_year_donor_id_index\` on \`donation_gift\` (\`year\`, \`donor_id\`);`);
    this.addSql(`create index \`donation_gift_village_id_year_index\` on \`donation_gift\` (\`village_id\`, \`year\`);`);

    this.addSql(`create table \`donation_allocation\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`source\` text not null, \`gift_id\` integer null, \`pool_id\` integer null, \`donor_id\` integer null, \`id_number\` text not null, \`name\` text null, \`applied_fen\` integer not null, \`returned_fen\` integer not null, constraint \`donation_allocation_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade, constraint \`donation_allocation_gift_id_foreign\` foreign key(\`gift_id\`) references \`donation_gift\`(\`id\`) on delete set null on update cascade, constraint \`donation_allocation_pool_id_foreign\` foreign key(\`pool_id\`) references \`donation_pool\`(\`id\`) on delete set null on update cascade, constraint \`donation_allocation_donor_id_foreign\` foreign key(\`donor_id\`) references \`donor\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`donation_allocation_donor_id_index\` on \`donation_allocation\` (\`donor_id\`);`);
    this.addSql(`create index \`donation_allocation_gift_id_index\` on \`donation_allocation\` (\`gift_id\`);`);
    this.addSql(`create index \`donation_allocation_pool_id_index\` on \`donation_allocation\` (\`pool_id\`);`);
    this.addSql(`create index \`donation_allocation_settlement_id_index\` on \`donation_allocation\` (\`settlement_id\`);`);

    this.addSql(`create table \`donation_pool_village\` (\`pool_id\` integer not null, \`village_id\` integer not null, constraint \`donation_pool_village_pool_id_foreign\` foreign key(\`pool_id\`) references \`donation_pool\`(\`id\`) on delete cascade on update cascade, constraint \`donation_pool_village_village_id_foreign\` foreign key(\`village_id\`) references \`village\`(\`id\`) on delete cascade on update cascade, primary key (\`pool_id\`, \`village_id\`));`);
    this.addSql(`create index \`donation_pool_village_pool_id_index\` on \`donation_pool_village\` (\`pool_id\`);`);
    this.addSql(`create index \`donation_pool_village_village_id_index\` on \`donation_pool_village\` (\`village_id\`);`);
  }

}
