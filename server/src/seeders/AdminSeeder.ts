import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { generatePassword, hashPassword } from '../modules/reference/auth/password.js';
import { passwordProblem } from '../modules/reference/auth/passwordPolicy.js';
import { User } from '../modules/reference/user/user.entity.js';

export interface AdminSeedContext {
  /** CUNCE_ADMIN_PASSWORD; without it a generated password is printed. */
  adminPassword?: string;
  log?: (line: string) => void;
}

/**
 * The user `admin` (REGION_ADMIN), created when the database has no users, with CUNCE_ADMIN_PASSWORD, which must
 * pass the password policy (else the start fails saying why), or a generated password.
 */
export class AdminSeeder extends Seeder {
  async run(em: EntityManager, context: AdminSeedContext = {}): Promise<void> {
    if ((await em.count(User, {})) > 0) return;
    const problem =
      context.adminPassword === undefined
        ? null
        : passwordProblem(context.adminPassword, 'admin', '管理员初始密码（环境变量 CUNCE_ADMIN_PASSWORD）');
    if (problem) throw new Error(`[cunce] ${problem}；或不设此变量，由服务器生成并打印一个初始密码`);
    const password = context.adminPassword ?? generatePassword();
    em.create(User, { username: 'admin', passwordHash: await hashPassword(password), role: 'REGION_ADMIN', areaCode: null });
    await em.flush();
    if (!context.adminPassword) (context.log ?? console.log)(`[cunce] 已创建管理员 admin，初始密码：${password}（请登录后修改）`);
  }
}
