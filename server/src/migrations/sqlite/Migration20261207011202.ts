import { Migration } from '@mikro-orm/migrations';

export class Migration20261207011202 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`member\` add column \`practice\` integer not null default false;`);
  }

}
