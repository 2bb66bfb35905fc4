/**
 * What the rooms rely on from the adapter's hand-written SQL (sqlQuery.ts), on both databases: named-binding
 * statements give their rows (`returning` included) inside and outside a transaction and belong to the
 * transaction; a JSON field reads the same on both; aggregates come back as numbers; raw dates as Dates.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aggregateNumber, forkEm, jsonField, namedRaw, queryBuilder, rawDate } from '../../src/adapter/index.js';
import { DATABASES, type Scratch } from './databases.js';

const AT = new Date('2025-03-01T08:00:00.000Z');

describe.each(DATABASES)('%s', (_name, open) => {
  let db: Scratch;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  test('namedRaw gives the rows of a returning insert in a transaction, and a rolled-back one leaves nothing', async () => {
    const rows = await forkEm(db.orm).transactional((tx) =>
      namedRaw<{ key: string }>(tx, `insert into "setting" ("key", "value") values (:key, :value) returning "key"`, {
        key: 'sql-query',
        value: 'x',
      }),
    );
    expect(rows).toEqual([{ key: 'sql-query' }]);
    const failing = forkEm(db.orm).transactional(async (tx) => {
      await namedRaw(tx, `insert into "setting" ("key", "value") values (:key, 'y')`, { key: 'sql-query-rolled-back' });
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    const outside = await namedRaw<{ key: string }>(forkEm(db.orm), `select "key" from "setting" where "key" like :prefix order by "key"`, {
      prefix: 'sql-query%',
    });
    expect(outside).toEqual([{ key: 'sql-query' }]);
  });

  test('the query builder reads a JSON field, counts and a stored date the same on both databases', async () => {
    const em = forkEm(db.orm);
    const knex = queryBuilder(em);
    await knex('audit_entry').insert({
      at: em.getPlatform().processDateProperty(AT),
      action: 'SQL_QUERY',
      entity: 'Adapter',
      entity_id: '1',
      before: JSON.stringify({ year: 2026, name: '一村' }),
    });
    const [row]: Record<string, unknown>[] = await knex('audit_entry')
      .where('action', 'SQL_QUERY')
      .select({ year: jsonField(em, 'before', 'year'), name: jsonField(em, 'before', 'name'), at: 'at' })
      .count({ n: '*' })
      .groupBy('before', 'at');
    expect([Number(row.year), row.name, aggregateNumber(row.n), rawDate(row.at)?.toISOString()]).toEqual([
      2026,
      '一村',
      1,
      AT.toISOString(),
    ]);
    expect(aggregateNumber(null)).toBe(0);
  });
});
