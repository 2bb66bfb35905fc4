/**
 * GET /healthz (the process is up) and GET /readyz (the database answers and its migrations are current) as
 * JSON, before the editor's catch-all route; /readyz answers 503 saying why when the database lacks a migration
 * or (PostgreSQL) refuses connections, while GraphQL answers DATABASE_UNAVAILABLE, and both recover.
 */
import { expect, test } from 'vitest';
import { databaseKind, maintenance } from '../support/database.js';
import { session } from '../support/dbLocks.js';
import { useServer } from '../support/useServer.js';

const suite = useServer();
const origin = () => new URL(suite.server.url).origin;

async function get(path: string): Promise<{ status: number; type: string | null; body: any }> {
  const res = await fetch(origin() + path, { headers: { accept: 'text/html,application/json' } });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: JSON.parse(text) };
}

test('GET /healthz answers that the process is up, as JSON', async () => {
  const res = await get('/healthz');
  expect(res).toEqual({ status: 200, type: 'application/json; charset=utf-8', body: { status: 'ok' } });
});

test('GET /readyz answers ready when the database answers and every migration has run', async () => {
  expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready', database: 'ok', migrations: 'current' } });
});

test('GET /readyz answers 503 naming the migration the database lacks, and ready once it is recorded again', async () => {
  const db = await session(suite.server.database);
  try {
    const [last] = await db.query<{ id: number; name: string }>('select id, name from mikro_orm_migrations order by id desc limit 1');
    await db.query(`delete from mikro_orm_migrations where id = ${last!.id}`);
    const res = await get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'unavailable', database: 'ok', migrations: 'pending', pending: [last!.name] });
    expect(res.body.reason).toMatch(/迁移/);
    await db.query(`insert into mikro_orm_migrations (name) values ('${last!.name}')`);
    expect((await get('/readyz')).status).toBe(200);
  } finally {
    await db.close();
  }
});

test.runIf(databaseKind() === 'postgres')(
  'while PostgreSQL refuses connections GraphQL answers DATABASE_UNAVAILABLE (retryable) and /readyz 503; both recover when it accepts them again',
  async () => {
    const name = new URL(suite.server.database.url).pathname.slice(1);
    await maintenance(`alter database ${name} allow_connections false`);
    try {
      await maintenance(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      for (const who of [suite.anon, suite.admin]) {
        const result = await who.request('{ counties { code } }');
        expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
        expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
      }
      const ready = await get('/readyz');
      expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'unreachable' } });
      expect(JSON.stringify(ready.body)).not.toContain(name);
    } finally {
      await maintenance(`alter database ${name} allow_connections true`);
    }
    expect((await suite.admin.ok<{ counties: unknown[] }>('{ counties { code } }')).counties.length).toBeGreaterThan(0);
    expect((await get('/readyz')).status).toBe(200);
  },
);
