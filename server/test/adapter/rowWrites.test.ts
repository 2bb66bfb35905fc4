/**
 * The adapter's single-row writes and locks without the unit of work, on both databases: a row inserted with
 * its generated id given back, a row locked for the rest of a transaction (PostgreSQL; SQLite's transactions
 * hold its one write lock from the start), and entities forgotten once plain SQL deleted their rows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allRaw, forgetLoaded, forkEm, insertReturningId, lockRow, runRaw } from '../../src/adapter/index.js';
import { AuditEntry } from '../../src/modules/audit/auditEntry.entity.js';
import { DATABASES, type Scratch } from './databases.js';

const AT = new Date('2025-03-01T08:00:00.000Z');
const row = (id: string) => ({ at: AT, action: 'ROW', entity: 'Adapter', entityId: id, year: 2025, before: { tags: ['一'] }, after: null });

describe.each(DATABASES)('%s', (name, open) => {
  let db: Scratch;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  test('insertReturningId gives each row its generated id; the ORM reads back the JSON, the date and the null', async () => {
    const [a, b] = await forkEm(db.orm).transactional(async (tx) => [
      await insertReturningId(tx, AuditEntry, row('a')),
      await insertReturningId(tx, AuditEntry, row('b')),
    ]);
    expect(b).toBe(a + 1);
    const read = await forkEm(db.orm).findOneOrFail(AuditEntry, { id: a });
    expect([read.entityId, read.at.toISOString(), read.before, read.after, read.year]).toEqual([
      'a',
      AT.toISOString(),
      { tags: ['一'] },
      null,
      2025,
    ]);
  });

  test.runIf(name === 'PostgreSQL')('lockRow holds the row until the transaction ends: another FOR UPDATE NOWAIT is refused', async () => {
    const id = await insertReturningId(forkEm(db.orm), AuditEntry, row('locked'));
    const tryLock = () =>
      forkEm(db.orm).transactional((tx) => allRaw(tx, 'select 1 from "audit_entry" where "id" = ? for update nowait', [id]));
    await forkEm(db.orm).transactional(async (tx) => {
      await lockRow(tx, AuditEntry, id);
      await expect(tryLock()).rejects.toThrow(/could not obtain lock/);
    });
    await expect(tryLock()).resolves.toHaveLength(1);
  });

  test('forgetLoaded detaches an entity whose row plain SQL deleted: the flush does not touch it', async () => {
    const id = await insertReturningId(forkEm(db.orm), AuditEntry, row('gone'));
    await forkEm(db.orm).transactional(async (tx) => {
      const loaded = await tx.findOneOrFail(AuditEntry, { id });
      await runRaw(tx, 'delete from "audit_entry" where "id" = ?', [id]);
      forgetLoaded(tx, AuditEntry, [id]);
      loaded.action = 'CHANGED';
      expect(tx.getUnitOfWork().getById(AuditEntry.name, id as never)).toBeUndefined();
    });
    expect(await allRaw(forkEm(db.orm), 'select "id" from "audit_entry" where "id" = ?', [id])).toEqual([]);
  });
});
