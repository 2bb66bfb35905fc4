import { Migration } from '@mikro-orm/migrations';

export class Migration20261206182818 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`login_throttle\` (\`key\` text not null, \`username\` text null, \`failures\` integer not null default 0, \`window_start\` datetime not null, \`locked_until\` datetime null, \`last_success_at\` datetime null, primary key (\`key\`));`,
    );
    this.addSql(`create index \`login_throttle_username_index\` on \`login_throttle\` (\`username\`);`);

    this.addSql(`alter table \`app_user\` drop column \`failed_logins\`;`);
    this.addSql(`alter table \`app_user\` drop column \`locked_until\`;`);
  }
}
