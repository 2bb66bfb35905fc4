/**
 * A fresh, empty database for one server: a SQLite file in a temp dir, or (CUNCE_E2E_DB=postgres) a uniquely
 * named PostgreSQL database on CUNCE_E2E_PG_URL (default postgres://postgres@127.0.0.1:5432, trust auth),
 * created through the maintenance database `postgres` (or `test`) and dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  /** The server's DATABASE_URL. */
  url: string;
  /** The SQLite file (sqlite only). */
  file?: string;
  drop(): Promise<void>;
}

export const databaseKind = (): DatabaseKind => (process.env.CUNCE_E2E_DB === 'postgres' ? 'postgres' : 'sqlite');

const PG_SERVER = (process.env.CUNCE_E2E_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/[^/:@]*$/, '');
let counter = 0;

export async function freshDatabase(kind: DatabaseKind = databaseKind()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cunce-e2e-'));
    const file = join(dir, 'cunce.sqlite');
    return { kind, url: `sqlite:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cunce_e2e_${Date.now().toString(36)}_${process.pid}_${++counter}`;
  await maintenance(`CREATE DATABASE ${name}`);
  return { kind, url: `${PG_SERVER}/${name}`, drop: () => maintenance(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Runs one statement on the maintenance database (`postgres`, else `test`). */
export async function maintenance(sql: string): Promise<void> {
  let lastError: unknown;
  for (const db of ['postgres', 'test']) {
    const client = new pg.Client({ connectionString: `${PG_SERVER}/${db}` });
    try {
      await client.connect();
      await client.query(sql);
      return;
    } catch (error) {
      lastError = error;
      if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: that database does not exist
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw lastError;
}
