/**
 * Graceful shutdown: on SIGTERM the server stops accepting connections, lets the running requests finish with
 * their answers, then closes Apollo and the database pool and exits 0.
 */
import { expect, test } from 'vitest';
import { databaseKind } from '../support/database.js';
import { holdLock, lockWaiters, session } from '../support/dbLocks.js';
import { client } from '../support/gql.js';
import { heldPost, refusesConnections, waitUntil } from '../support/heldRequest.js';
import { ADMIN_PASSWORD, startServer } from '../support/server.js';

test('on SIGTERM a request in flight still gets its answer, new connections are refused, and the process exits 0', async () => {
  const server = await startServer();
  try {
    const held = heldPost(server.url, { query: '{ counties { code } }' });
    await held.started;
    server.signal('SIGTERM');
    await waitUntil(() => refusesConnections(server.url), 'the server refuses new connections');
    held.finish();
    const res = await held.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.counties.length).toBeGreaterThan(0);
    expect(await server.exit()).toEqual({ code: 0, signal: null });
  } finally {
    await server.close();
  }
});

test.runIf(databaseKind() === 'postgres')(
  'on SIGTERM a request waiting on the database finishes, its later queries included, before the pool is closed',
  async () => {
    const server = await startServer();
    const db = await session(server.database);
    try {
      const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
      // The request first waits for its user (app_user is locked), then reads the counties on another connection.
      const lock = await holdLock(db, server.database, 'app_user');
      const answer = admin.request('{ counties { code } }');
      await waitUntil(async () => (await lockWaiters(db)).length > 0, 'the request waits for the lock');
      server.signal('SIGTERM');
      await waitUntil(() => refusesConnections(server.url), 'the server refuses new connections');
      await lock.release();
      const result = await answer;
      expect(result.errors).toBeUndefined();
      expect(result.data.counties.length).toBeGreaterThan(0);
      expect(await server.exit()).toEqual({ code: 0, signal: null });
    } finally {
      await db.close();
      await server.close();
    }
  },
);
