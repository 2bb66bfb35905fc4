/**
 * BEGIN IMMEDIATE on SQLite (adapter/sqliteImmediate.ts). Two processes on one SQLite file (here: two ORMs, two
 * connections): a transaction that reads and then writes while the other holds the write lock waits for it
 * instead of failing with SQLITE_BUSY; past the busy timeout it fails with SQLITE_BUSY before running anything.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forkEm, openOrm, type Orm } from '../../src/db/orm.js';
import { entities } from '../../src/entities.js';
import { Setting } from '../../src/modules/reference/setting/setting.entity.js';

let dir: string;
let first: Orm;
let second: Orm;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cunce-lock-'));
  const file = join(dir, 'lock.sqlite');
  first = await openOrm({ kind: 'sqlite', file }, entities);
  await first.getMigrator().up();
  second = await openOrm({ kind: 'sqlite', file }, entities);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a read-then-write transaction waits for another connection holding the write lock', async () => {
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));

  const writer = forkEm(first).transactional(async (tx) => {
    tx.create(Setting, { key: 'first', value: '1' });
    await tx.flush();
    holding();
    await released;
  });
  await held;
  const reader = forkEm(second).transactional(async (tx) => {
    const before = await tx.count(Setting, { key: 'first' });
    tx.create(Setting, { key: 'second', value: String(before) });
    await tx.flush();
  });
  setTimeout(release, 200);
  await Promise.all([writer, reader]);

  const rows = await forkEm(first).find(Setting, { key: { $in: ['first', 'second'] } }, { orderBy: { key: 'asc' } });
  // The second transaction started after the first committed, so it saw the first row.
  expect(rows.map((r) => [r.key, r.value])).toEqual([
    ['first', '1'],
    ['second', '1'],
  ]);
});

test('past the busy timeout, a transaction fails with SQLITE_BUSY before its callback runs', async () => {
  const impatient = await openOrm({ kind: 'sqlite', file: join(dir, 'lock.sqlite') }, entities, { db: { busyTimeoutMs: 50 } });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const writer = forkEm(first).transactional(async (tx) => {
    tx.create(Setting, { key: 'holder', value: '1' });
    await tx.flush();
    holding();
    await released;
  });
  await held;
  let ran = false;
  const refused = forkEm(impatient).transactional(async () => {
    ran = true;
  });
  await expect(refused).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
  release();
  await writer;
  await impatient.close();
  expect(ran).toBe(false);
});
