/**
 * Whether the database can serve requests: it answers a query within a bound, and every migration this build
 * ships has been run on it (a server started against a database another build migrated, or whose migrations
 * failed, is not ready). Read-only: never creates the migrations table or runs anything.
 */
import type { Orm } from './orm.js';

export type Readiness =
  | { ready: true; database: 'ok'; migrations: 'current' }
  | { ready: false; database: 'unreachable' | 'ok'; migrations: 'unknown' | 'pending'; pending?: string[]; reason: string };

const BOUND_MS = 3000;

export async function readiness(orm: Orm): Promise<Readiness> {
  let executed: Set<string>;
  try {
    executed = await withinBound(executedMigrations(orm));
  } catch (error) {
    return { ready: false, database: 'unreachable', migrations: 'unknown', reason: `数据库无法访问：${describe(error)}` };
  }
  const expected = (orm.config.get('migrations').migrationsList ?? []).map((m) => m.name);
  const pending = expected.filter((name) => !executed.has(name));
  if (pending.length > 0) {
    return {
      ready: false,
      database: 'ok',
      migrations: 'pending',
      pending,
      reason: `数据库有${pending.length}个迁移尚未执行，请运行 pnpm --filter @cunce/server migrate`,
    };
  }
  return { ready: true, database: 'ok', migrations: 'current' };
}

async function executedMigrations(orm: Orm): Promise<Set<string>> {
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const rows = (await orm.em.getConnection().execute(`select name from ${table}`)) as { name: string }[];
  return new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
}

function withinBound<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${BOUND_MS} ms`)), BOUND_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Which kind of failure, without the driver's message (which may name hosts and databases). */
function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  if (typeof e.message === 'string' && e.message.startsWith('no answer within')) return '超时未应答';
  if (typeof e.message === 'string' && /no such table|does not exist/.test(e.message)) return '尚未迁移';
  return typeof e.code === 'string' ? `连接失败（${e.code}）` : '连接失败';
}
