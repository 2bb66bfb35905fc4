/**
 * batchInsert's contract on both databases: every kind of value comes back as written (text that PostgreSQL's
 * array syntax would have to escape, nulls, JSON, booleans, dates), and on PostgreSQL all the rows go in one
 * statement with one array parameter a column (`insert … select * from unnest(…)`), however many rows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { batchInsert, forkEm, pgConnection, type PgClient } from '../../src/adapter/index.js';
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

  test.runIf(name === 'PostgreSQL')('PostgreSQL: 5,000 rows in one statement, one array parameter a column', async () => {
    const sent: { sql: string; params: unknown[] }[] = [];
    await forkEm(db.orm).transactional(async (tx) => {
      const client = (await pgConnection(tx)) as PgClient;
      const query = client.query.bind(client);
      client.query = (sql, params) => (sent.push({ sql, params }), query(sql, params));
      try {
        await batchInsert(
          tx,
          AuditEntry,
          Array.from({ length: 5000 }, (_, i) => ({ ...row(i), action: 'ONE' })),
        );
      } finally {
        client.query = query;
      }
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.sql).toMatch(/^insert into "audit_entry" \(.*\) select \* from unnest\(\$1::.*\[\], .*\$7::.*\[\]\)$/);
    expect(sent[0]!.params.map((p) => (p as unknown[]).length)).toEqual(Array(7).fill(5000));
    expect(await forkEm(db.orm).count(AuditEntry, { action: 'ONE' })).toBe(5000);
  });
});
