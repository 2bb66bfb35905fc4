import { Migration } from '@mikro-orm/migrations';

export class Migration20261206231450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`township\` add column \`provisional\` integer not null default false;`);

    this.addSql(`alter table \`app_user\` add column \`real_name\` text null;`);
    this.addSql(`alter table \`app_user\` add column \`phone\` text null;`);
  }

}
