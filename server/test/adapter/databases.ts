/**
 * A fresh database of each kind the adapter serves, with the schema migrated: SQLite in a temporary file and
 * PostgreSQL in a new database on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/test,
 * the one migration:check uses), dropped afterwards.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/config.js';
import { openOrm, type Orm } from '../../src/db/orm.js';
import { entities } from '../../src/entities.js';

export interface Scratch {
  orm: Orm;
  close(): Promise<void>;
}

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function migrated(db: Database, cleanUp: () => Promise<void>): Promise<Scratch> {
  const orm = await openOrm(db, entities);
  await orm.getMigrator().up();
  return { orm, close: async () => (await orm.close(), await cleanUp()) };
}

export async function scratchSqlite(): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), 'cunce-adapter-'));
  return migrated({ kind: 'sqlite', file: join(dir, 'adapter.sqlite') }, async () => rmSync(dir, { recursive: true, force: true }));
}

export async function scratchPostgres(): Promise<Scratch> {
  const name = `cunce_adapter_${process.pid}_${Date.now()}`;
  const admin = await openOrm({ kind: 'postgresql', url: PG_URL }, entities);
  await admin.em.getConnection().execute(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = '/' + name;
  return migrated({ kind: 'postgresql', url: url.toString() }, async () => {
    await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  });
}

export const DATABASES = [
  ['SQLite', scratchSqlite],
  ['PostgreSQL', scratchPostgres],
] as const;
