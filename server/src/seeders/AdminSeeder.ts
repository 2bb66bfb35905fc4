import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { generatePassword, hashPassword } from '../modules/auth/password.js';
import { User } from '../modules/user/user.entity.js';

export interface AdminSeedContext {
  /** CUNCE_ADMIN_PASSWORD; without it a generated password is printed. */
  adminPassword?: string;
  log?: (line: string) => void;
}

/** The user `admin` (REGION_ADMIN), created when the database has no users. */
export class AdminSeeder extends Seeder {
  async run(em: EntityManager, context: AdminSeedContext = {}): Promise<void> {
    if ((await em.count(User, {})) > 0) return;
    const password = context.adminPassword ?? generatePassword();
    em.create(User, { username: 'admin', passwordHash: await hashPassword(password), role: 'REGION_ADMIN', areaCode: null });
    await em.flush();
    if (!context.adminPassword) (context.log ?? console.log)(`[cunce] 已创建管理员 admin，初始密码：${password}（请登录后修改）`);
  }
}
