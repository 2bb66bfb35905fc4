import { Migration } from '@mikro-orm/migrations';

export class Migration20261129042753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`step_document\` (\`id\` integer not null primary key autoincrement, \`decision_step_id\` integer not null, \`file_name\` text not null, \`mime_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`content\` blob not null, \`uploaded_by_id\` integer not null, \`uploaded_at\` datetime not null, constraint \`step_document_decision_step_id_foreign\` foreign key(\`decision_step_id\`) references \`decision_step\`(\`id\`) on update cascade, constraint \`step_document_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`step_document_decision_step_id_index\` on \`step_document\` (\`decision_step_id\`);`);
    this.addSql(`create index \`step_document_uploaded_by_id_index\` on \`step_document\` (\`uploaded_by_id\`);`);
    this.addSql(`create index \`step_document_decision_step_id_id_index\` on \`step_document\` (\`decision_step_id\`, \`id\`);`);

    this.addSql(`alter table \`decision_step\` add column \`settlement_id\` integer null constraint \`decision_step_settlement_id_foreign\` references \`settlement\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`decision_step_settlement_id_index\` on \`decision_step\` (\`settlement_id\`);`);
  }

}
