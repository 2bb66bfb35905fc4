/**
 * batchInsert's contract on both databases: every kind of value comes back as written (text that PostgreSQL's
 * array syntax would have to escape, nulls, JSON, booleans, dates), and all the rows go in one statement however
 * many there are, with one JSON parameter: on PostgreSQL `insert … select … from json_to_recordset($1::json) as x(…)`,
 * on SQLite `insert … select value ->> 0, … from json_each(?)`; values that every row shares are bound once.
 * batchUpdate in one statement as well.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { batchInsert, batchUpdate, forkEm, pgConnection, type Em } from '../../src/adapter/index.js';
import { AuditEntry } from '../../src/modules/audit/auditEntry.entity.js';
import { DATABASES, type Scratch } from './databases.js';

const AT = new Date('2025-03-01T08:00:00.000Z');
const AWKWARD = ['a,b', '{c}', 'd"e', 'f\\g', 'NULL', '', ' 空格 ', '第"1"行,{}'];
const row = (i: number) => ({
  at: new Date(AT.getTime() + i * 1000),
  action: 'UNNEST',
  entity: AWKWARD[i % AWKWARD.length]!,
  entityId: String(i),
  villageCode: i % 3 === 0 ? null : `64${i}`,
  year: 2025,
  before: i % 2 ? { text: AWKWARD[i % AWKWARD.length], list: [i, null, true] } : null,
});

describe.each(DATABASES)('%s', (name, open) => {
  let db: Scratch;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  test('awkward text, nulls, JSON and dates come back as written', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => row(i));
    await forkEm(db.orm).transactional((tx) => batchInsert(tx, AuditEntry, rows));
    const read = await forkEm(db.orm).find(AuditEntry, { action: 'UNNEST' }, { orderBy: { id: 'asc' } });
    expect(read.map((e) => [e.at.toISOString(), e.entity, e.entityId, e.villageCode, e.year, e.before])).toEqual(
      rows.map((r) => [r.at.toISOString(), r.entity, r.entityId, r.villageCode, r.year, r.before]),
    );
  });

  test('batchUpdate rewrites 1,500 rows by id in one statement; the others stay as they were', async () => {
    await forkEm(db.orm).transactional((tx) =>
      batchInsert(
        tx,
        AuditEntry,
        Array.from({ length: 2000 }, (_, i) => ({ ...row(i), action: 'UPD' })),
      ),
    );
    const stored = await forkEm(db.orm).find(AuditEntry, { action: 'UPD' }, { orderBy: { id: 'asc' } });
    const later = new Date('2026-01-02T03:04:05.000Z');
    const changes = stored
      .slice(0, 1500)
      .map((e, i) => ({ id: e.id, entity: AWKWARD[(i + 3) % AWKWARD.length]!, villageCode: null, before: { i }, at: later }));
    const sent: { sql: string; params: unknown[] }[] = [];
    await forkEm(db.orm).transactional(async (tx) => {
      const restore = await recordStatements(tx, name, sent);
      await batchUpdate(tx, AuditEntry, changes).finally(restore);
    });
    expect(sent).toHaveLength(1);
    const read = await forkEm(db.orm).find(AuditEntry, { action: 'UPD' }, { orderBy: { id: 'asc' } });
    const expected = stored.map((e, i) =>
      i < 1500
        ? { ...changes[i]!, at: later.toISOString() }
        : { id: e.id, entity: e.entity, villageCode: e.villageCode, before: e.before, at: e.at.toISOString() },
    );
    expect(read.map((e) => ({ id: e.id, entity: e.entity, villageCode: e.villageCode, before: e.before, at: e.at.toISOString() }))).toEqual(
      expected,
    );
  });

  test('values shared by every row are bound once and stored with each row', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ entity: AWKWARD[i % AWKWARD.length]!, entityId: String(i), before: { i } }));
    const shared = { at: AT, action: 'SHARED', villageCode: '640105001001', year: 2024, after: { note: '共同"值"' } };
    const sent: { sql: string; params: unknown[] }[] = [];
    await forkEm(db.orm).transactional(async (tx) => {
      const restore = await recordStatements(tx, name, sent);
      await batchInsert(tx, AuditEntry, rows, shared).finally(restore);
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params).toHaveLength(6);
    const read = await forkEm(db.orm).find(AuditEntry, { action: 'SHARED' }, { orderBy: { id: 'asc' } });
    expect(read.map((e) => [e.at.toISOString(), e.entity, e.entityId, e.villageCode, e.year, e.before, e.after])).toEqual(
      rows.map((r) => [AT.toISOString(), r.entity, r.entityId, shared.villageCode, 2024, r.before, shared.after]),
    );
  });

  test('outside a transaction too', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ ...row(i), action: 'OUTSIDE' }));
    await batchInsert(forkEm(db.orm), AuditEntry, rows);
    const read = await forkEm(db.orm).find(AuditEntry, { action: 'OUTSIDE' }, { orderBy: { id: 'asc' } });
    expect(read.map((e) => [e.at.toISOString(), e.entity, e.before])).toEqual(rows.map((r) => [r.at.toISOString(), r.entity, r.before]));
  });

  test('5,000 rows in one statement with one JSON parameter', async () => {
    const sent: { sql: string; params: unknown[] }[] = [];
    await forkEm(db.orm).transactional(async (tx) => {
      const restore = await recordStatements(tx, name, sent);
      try {
        await batchInsert(
          tx,
          AuditEntry,
          Array.from({ length: 5000 }, (_, i) => ({ ...row(i), action: 'ONE' })),
        );
      } finally {
        restore();
      }
    });
    expect(sent).toHaveLength(1);
    if (name === 'PostgreSQL') {
      expect(sent[0]!.sql).toMatch(
        /^insert into "audit_entry" \(.*\) select x\."at", .* from json_to_recordset\(\$1::json\) as x\("at" .*\)$/,
      );
      expect(sent[0]!.params).toHaveLength(1);
      expect(JSON.parse(sent[0]!.params[0] as string)).toHaveLength(5000);
    } else {
      expect(sent[0]!.sql).toMatch(/^insert into "audit_entry" \(.*\) select value ->> 0, .*value ->> 6 from json_each\(\?\)$/);
      expect(JSON.parse(sent[0]!.params[0] as string)).toHaveLength(5000);
    }
    expect(await forkEm(db.orm).count(AuditEntry, { action: 'ONE' })).toBe(5000);
  });
});

/** Records the statements sent on the transaction's driver connection (pg's query, sqlite3's run) until restored. */
async function recordStatements(tx: Em, name: string, sent: { sql: string; params: unknown[] }[]): Promise<() => void> {
  const connection = (name === 'PostgreSQL' ? await pgConnection(tx) : await sqliteConnection(tx)) as Record<string, unknown>;
  const method = name === 'PostgreSQL' ? 'query' : 'run';
  const original = connection[method] as (sql: string, params: unknown[], ...rest: unknown[]) => unknown;
  connection[method] = (sql: string, params: unknown[], ...rest: unknown[]) => {
    sent.push({ sql, params });
    return original.call(connection, sql, params, ...rest);
  };
  return () => void (connection[method] = original);
}

/** knex's transaction client hands out the transaction's one sqlite3 connection. */
const sqliteConnection = (tx: Em) =>
  (tx.getTransactionContext() as unknown as { client: { acquireConnection(): Promise<unknown> } }).client.acquireConnection();
