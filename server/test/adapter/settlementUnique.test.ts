import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allRaw, forkEm, runRaw } from '../../src/adapter/index.js';
import { prepareDatabase } from '../../src/seeders/prepare.js';
import { DATABASES, type Scratch } from './databases.js';

describe.each(DATABASES)('%s: one confirmed full settlement a village-year', (_name, open) => {
  let db: Scratch;
  let insert: (status: string, supplementary: boolean, year?: number) => Promise<unknown>;
  beforeAll(async () => {
    db = await open();
    await prepareDatabase(db.orm, { adminPassword: 'admin-password-1' });
    const em = forkEm(db.orm);
    const [village] = await allRaw<{ id: number }>(em, 'select id from village order by id limit 1', []);
    const [user] = await allRaw<{ id: number }>(em, 'select id from app_user order by id limit 1', []);
    insert = (status, supplementary, year = 2025) =>
      runRaw(
        em,
        `insert into settlement (village_id, year, status, supplementary, scheme_active, members_count, eligible_count,
           contribution_fen, government_subsidy_fen, collective_fen, donation_fen, donation_excess_fen, account_credit_fen,
           budget_exceeded, warnings, created_at, created_by_id)
         values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?, '[]', ?, ?)`,
        [village!.id, year, status, supplementary, true, false, new Date().toISOString(), user!.id],
      );
  });
  afterAll(() => db.close());

  test('a second confirmed or accepted full settlement is refused by the database', async () => {
    await insert('CONFIRMED', false);
    await expect(insert('CONFIRMED', false)).rejects.toThrow(/unique|duplicate/i);
    await expect(insert('ACCEPTED', false)).rejects.toThrow(/unique|duplicate/i);
  });

  test('drafts, supplementary settlements and other years are not', async () => {
    await insert('DRAFT', false);
    await insert('CONFIRMED', true);
    await insert('ACCEPTED', true);
    await insert('CONFIRMED', false, 2026);
  });
});
