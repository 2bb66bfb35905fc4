import { Migration } from '@mikro-orm/migrations';

export class Migration20261129042754 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "step_document" ("id" serial primary key, "decision_step_id" int not null, "file_name" varchar(255) not null, "mime_type" varchar(128) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by_id" int not null, "uploaded_at" timestamptz not null);`);
    this.addSql(`create index "step_document_decision_step_id_id_index" on "step_document" ("decision_step_id", "id");`);

    this.addSql(`alter table "step_document" add constraint "step_document_decision_step_id_foreign" foreign key ("decision_step_id") references "decision_step" ("id") on update cascade;`);
    this.addSql(`alter table "step_document" add constraint "step_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "decision_step" add column "settlement_id" int null;`);
    this.addSql(`alter table "decision_step" add constraint "decision_step_settlement_id_foreign" foreign key ("settlement_id") references "settlement" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "step_document" cascade;`);

    this.addSql(`alter table "decision_step" drop constraint "decision_step_settlement_id_foreign";`);

    this.addSql(`alter table "decision_step" drop column "settlement_id";`);
  }

}
