/**
 * The database under strain, seen over HTTP: PostgreSQL's pool size, statement timeout and application name
 * come from the environment; a lost connection and SQLite's busy timeout are answered with coded, retryable
 * errors (DATABASE_UNAVAILABLE, BUSY) that change nothing, and the next request is served.
 */
import { expect, test } from 'vitest';
import { databaseKind } from '../support/database.js';
import { backends, holdLock, lockWaiters, session } from '../support/dbLocks.js';
import { client, type GqlResult } from '../support/gql.js';
import { waitUntil } from '../support/heldRequest.js';
import { ADMIN_PASSWORD, startServer } from '../support/server.js';

const onPostgres = databaseKind() === 'postgres';
let serial = 0;
const appName = () => `cunce-e2e-${process.pid}-${++serial}`;
const COUNTIES = '{ counties { code } }';

function expectRetryable(result: GqlResult, code: 'BUSY' | 'DATABASE_UNAVAILABLE'): void {
  expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toEqual({ code, retryable: true });
  expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
}

test.runIf(onPostgres)(
  'DB_POOL_MAX, DB_STATEMENT_TIMEOUT_MS and DB_APPLICATION_NAME hold: at most 2 named sessions, and queries stuck on a lock end as BUSY',
  async () => {
    const name = appName();
    const server = await startServer({ env: { DB_APPLICATION_NAME: name, DB_POOL_MAX: '2', DB_STATEMENT_TIMEOUT_MS: '1500' } });
    const db = await session(server.database);
    try {
      const anon = client(server.url);
      await anon.ok(COUNTIES);
      expect((await backends(db, name)).length).toBeGreaterThan(0);
      const lock = await holdLock(db, server.database, 'county');
      let most = 0;
      let settled = false;
      const answers = Promise.all(Array.from({ length: 5 }, () => anon.request(COUNTIES))).finally(() => (settled = true));
      await waitUntil(
        async () => {
          most = Math.max(most, (await backends(db, name)).length);
          return settled;
        },
        'the five queries end while the lock is held',
        60_000,
      );
      await lock.release();
      for (const result of await answers) expectRetryable(result, 'BUSY');
      expect(most).toBe(2);
      expect((await anon.ok<{ counties: unknown[] }>(COUNTIES)).counties.length).toBeGreaterThan(0);
    } finally {
      await db.close();
      await server.close();
    }
  },
);

test.runIf(onPostgres)(
  'a query whose PostgreSQL connection is lost answers DATABASE_UNAVAILABLE (retryable); the next request is served',
  async () => {
    const server = await startServer();
    const db = await session(server.database);
    try {
      const anon = client(server.url);
      const lock = await holdLock(db, server.database, 'county');
      const answer = anon.request(COUNTIES);
      let waiting: number | undefined;
      await waitUntil(async () => {
        waiting = (await lockWaiters(db))[0];
        return waiting !== undefined;
      }, 'the query waits for the lock');
      await db.query('select pg_terminate_backend($1)', [waiting]);
      expectRetryable(await answer, 'DATABASE_UNAVAILABLE');
      await lock.release();
      expect((await anon.ok<{ counties: unknown[] }>(COUNTIES)).counties.length).toBeGreaterThan(0);
    } finally {
      await db.close();
      await server.close();
    }
  },
);

test.runIf(!onPostgres)(
  'a mutation that waits longer than the busy timeout for another SQLite writer answers BUSY (retryable) and changes nothing',
  async () => {
    const server = await startServer({ env: { DB_BUSY_TIMEOUT_MS: '300' } });
    const db = await session(server.database);
    try {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      const create = () =>
        admin.request(
          'mutation { createUser(username: "busy-cadre", password: "busy-password-1", role: VILLAGE_CADRE, areaCode: "640121102201") { id } }',
        );
      const lock = await holdLock(db, server.database, 'app_user');
      let result: GqlResult;
      try {
        result = await create();
      } finally {
        await lock.release();
      }
      expectRetryable(result, 'BUSY');
      const users = async () => (await admin.ok<{ users: { username: string }[] }>('{ users { username } }')).users.map((u) => u.username);
      expect(await users()).toEqual(['admin']);
      expect((await create()).errors).toBeUndefined();
      expect(await users()).toContain('busy-cadre');
    } finally {
      await db.close();
      await server.close();
    }
  },
);
