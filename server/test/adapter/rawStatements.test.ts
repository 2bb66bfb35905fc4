/**
 * What the rooms rely on from the adapter's raw statements, on both databases: batched inserts of thousands of
 * rows (JSON serialised, dates as the ORM reads them back), rows as plain objects inside and outside a
 * transaction, raw statements that belong to the caller's transaction, a SELECT repeated with other bindings, and
 * loaded dates that do not count as changes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allRaw, batchInsert, forkEm, repeatedSelect, runRaw } from '../../src/adapter/index.js';
import { AuditEntry } from '../../src/modules/audit/auditEntry.entity.js';
import { DATABASES, scratchSqlite, type Scratch } from './databases.js';

const AT = new Date('2025-03-01T08:00:00.000Z');
const row = (i: number) => ({ at: AT, action: 'TEST', entity: 'Adapter', entityId: String(i), year: 2025, before: { n: i, tags: ['一'] } });

describe.each(DATABASES)('%s', (_name, open) => {
  let db: Scratch;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  test('batchInsert writes 2,500 rows inside the transaction; allRaw reads them as plain rows', async () => {
    const counted = await forkEm(db.orm).transactional(async (tx) => {
      await batchInsert(
        tx,
        AuditEntry,
        Array.from({ length: 2500 }, (_, i) => row(i)),
      );
      return allRaw<{ n: unknown }>(tx, 'select count(*) as "n" from "audit_entry" where "action" = ?', ['TEST']);
    });
    expect(counted.map((r) => Number(r.n))).toEqual([2500]);
    const outside = await allRaw<{ entity_id: string }>(
      forkEm(db.orm),
      'select "entity_id" from "audit_entry" where "entity_id" in (?, ?) order by "entity_id"',
      ['7', '2499'],
    );
    expect(outside).toEqual([{ entity_id: '2499' }, { entity_id: '7' }]);
    const read = await forkEm(db.orm).findOneOrFail(AuditEntry, { entityId: '2499' });
    expect([read.at.toISOString(), read.before, read.after, read.year]).toEqual([AT.toISOString(), { n: 2499, tags: ['一'] }, null, 2025]);
  });

  test('runRaw inside a transaction that fails leaves nothing behind', async () => {
    const failing = forkEm(db.orm).transactional(async (tx) => {
      await runRaw(tx, 'insert into "setting" ("key", "value") values (?, ?)', ['adapter-rollback', 'x']);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await allRaw(forkEm(db.orm), 'select * from "setting" where "key" = ?', ['adapter-rollback'])).toEqual([]);
  });

  test('repeatedSelect answers as allRaw does, statement after statement, inside and outside a transaction', async () => {
    const sql = 'select "value" from "setting" where "key" = ? or "key" = ? order by "value"';
    await runRaw(forkEm(db.orm), 'insert into "setting" ("key", "value") values (?, ?), (?, ?)', ['repeat-a', '甲', 'repeat-b', '乙']);
    const select = repeatedSelect<{ value: string }>(forkEm(db.orm), sql);
    for (const keys of [
      ['repeat-a', 'repeat-b'],
      ['repeat-b', 'none'],
      ['none', 'none'],
      ['repeat-a', 'repeat-a'],
    ])
      expect(await select.all(keys)).toEqual(await allRaw(forkEm(db.orm), sql, keys));
    await select.close();
    const inside = await forkEm(db.orm).transactional(async (tx) => {
      const again = repeatedSelect<{ value: string }>(tx, sql);
      const rows = await again.all(['repeat-a', 'none']);
      await again.close();
      return rows;
    });
    expect(inside).toEqual([{ value: '甲' }]);
  });

  test('an entity loaded with a date and flushed unchanged is not written back', async () => {
    await forkEm(db.orm).transactional(async (tx) => void tx.create(AuditEntry, { ...row(0), entityId: 'dated' }));
    const em = forkEm(db.orm);
    await em.findOneOrFail(AuditEntry, { entityId: 'dated' });
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    expect(uow.getChangeSets()).toEqual([]);
  });
});

describe('SQLite', () => {
  /** Whether the pool's connection closes: SQLite refuses while a statement prepared on it is not finalized. */
  async function closes(db: Scratch): Promise<boolean> {
    const pool = (forkEm(db.orm).getKnex() as unknown as { client: { pool: NodeJS.EventEmitter } }).client.pool;
    let refused = false;
    pool.on('destroyFail', () => (refused = true));
    await db.close();
    return !refused;
  }

  test('once closed, a repeatedSelect leaves nothing that keeps the connection from closing', async () => {
    const db = await scratchSqlite();
    const select = repeatedSelect(forkEm(db.orm), 'select count(*) as "n" from "setting" where "key" = ?');
    expect(await select.all(['x'])).toEqual([{ n: 0 }]);
    await select.close();
    expect(await closes(db)).toBe(true);
  });

  test('a repeatedSelect not closed keeps the connection from closing (what close is for)', async () => {
    const db = await scratchSqlite();
    await repeatedSelect(forkEm(db.orm), 'select count(*) as "n" from "setting" where "key" = ?').all(['x']);
    expect(await closes(db)).toBe(false);
  });
});
