/**
 * Several server processes started at once on one empty database (as an orchestrator starting replicas does):
 * one prepares it (migrations and seed) while the others wait for its lock, then every one answers, and the
 * database holds the seed once. Also the separate step `pnpm --filter @cunce/server migrate`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { divisions, NINGXIA_POLICY_YEARS } from '@cunce/rules';
import { expect, test } from 'vitest';
import { freshDatabase, type TestDatabase } from '../support/database.js';
import { client } from '../support/gql.js';
import { sql } from '../support/inspect.js';
import { ADMIN_PASSWORD, startServer, type TestServer } from '../support/server.js';
import { SERVER_DIR, serverPath } from '../support/serverCommand.js';

const townships = divisions.counties.flatMap((c) => c.townships);
const villages = townships.flatMap((t) => t.villages);
/** The migrations the server ships for this dialect (one file each). */
const MIGRATIONS = readdirSync(
  join(SERVER_DIR, 'src/migrations', process.env.CUNCE_E2E_DB === 'postgres' ? 'postgresql' : 'sqlite'),
).filter((f) => /^Migration\d+\.ts$/.test(f)).length;

async function seededOnce(db: TestDatabase): Promise<void> {
  const count = async (table: string, where = '') =>
    Number((await sql<{ n: number | string }>(db, `select count(*) as n from "${table}" ${where}`))[0]!.n);
  expect({
    users: await count('app_user'),
    admins: await count('app_user', "where username = 'admin'"),
    counties: await count('county'),
    townships: await count('township'),
    villages: await count('village'),
    policyYears: await count('policy_year'),
    migrations: await count('mikro_orm_migrations'),
    distinctMigrations: Number((await sql<{ n: number | string }>(db, 'select count(distinct name) as n from mikro_orm_migrations'))[0]!.n),
  }).toEqual({
    users: 1,
    admins: 1,
    counties: divisions.counties.length,
    townships: townships.length,
    villages: villages.length,
    policyYears: NINGXIA_POLICY_YEARS.length,
    migrations: MIGRATIONS,
    distinctMigrations: MIGRATIONS,
  });
}

test('three servers started together on one empty database all come up, and the database is migrated and seeded once', async () => {
  const db = await freshDatabase();
  const servers: TestServer[] = [];
  try {
    const started = await Promise.allSettled([0, 1, 2].map(() => startServer({ database: db })));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason).slice(0, 2000) : 'up'))).toEqual(['up', 'up', 'up']);
    for (const server of servers) {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      expect((await admin.ok<{ counties: unknown[] }>('{ counties { code } }')).counties).toHaveLength(divisions.counties.length);
    }
    await seededOnce(db);
  } finally {
    for (const server of servers) await server.stop();
    await db.drop();
  }
});

test('`pnpm --filter @cunce/server migrate` prepares an empty database as a step of its own; a server started afterwards finds it ready', async () => {
  const db = await freshDatabase();
  let server: TestServer | undefined;
  try {
    const env = { ...process.env, PATH: serverPath(), DATABASE_URL: db.url, CUNCE_ADMIN_PASSWORD: ADMIN_PASSWORD };
    const first = execFileSync('pnpm', ['run', 'migrate'], { cwd: SERVER_DIR, env, encoding: 'utf8' });
    expect(MIGRATIONS).toBeGreaterThanOrEqual(4);
    expect(first).toContain(`ran ${MIGRATIONS} migration(s)`);
    const again = execFileSync('pnpm', ['run', 'migrate'], { cwd: SERVER_DIR, env, encoding: 'utf8' });
    expect(again).toMatch(/the database was up to date/);
    await seededOnce(db);
    server = await startServer({ database: db });
    await client(server.url).login('admin', ADMIN_PASSWORD);
    await seededOnce(db);
  } finally {
    await server?.stop();
    await db.drop();
  }
});
