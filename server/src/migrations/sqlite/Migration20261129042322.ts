import { Migration } from '@mikro-orm/migrations';

export class Migration20261129042322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`posting\` (\`id\` integer not null primary key autoincrement, \`settlement_id\` integer not null, \`id_number\` text not null, \`status\` text not null, \`reason\` text null, \`collective_fen\` integer not null, \`eligible\` integer not null, \`recorded_at\` datetime not null, \`recorded_by_id\` integer not null, constraint \`posting_settlement_id_foreign\` foreign key(\`settlement_id\`) references \`settlement\`(\`id\`) on delete cascade on update cascade, constraint \`posting_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`posting_settlement_id_index\` on \`posting\` (\`settlement_id\`);`);
    this.addSql(`create index \`posting_recorded_by_id_index\` on \`posting\` (\`recorded_by_id\`);`);
    this.addSql(`create index \`posting_settlement_id_status_eligible_collective_fen_index\` on \`posting\` (\`settlement_id\`, \`status\`, \`eligible\`, \`collective_fen\`);`);
    this.addSql(`create unique index \`posting_settlement_id_id_number_unique\` on \`posting\` (\`settlement_id\`, \`id_number\`);`);
  }

}
