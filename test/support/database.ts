/**
 * A fresh, empty database for one server: a SQLite file in a temp dir, or (CUNCE_E2E_DB=postgres) a uniquely
 * named PostgreSQL database on CUNCE_E2E_PG_URL (default postgres://postgres@127.0.0.1:5432, trust auth),
 * created through the maintenance database `postgres` (or `test`) and dropped afterwards. Or a copy of the
 * run's template (`preparedDatabase`): a database the deployment step `pnpm --filter @cunce/server migrate`
 * prepared once in the global setup (migrations, seed, admin), copied for each suite instead of preparing each.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SERVER_DIR, serverPath } from './serverCommand.js';

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
/** Where the global setup's template is (its TestDatabase url), for the suites' processes. */
const TEMPLATE_ENV = 'CUNCE_E2E_TEMPLATE_URL';
let counter = 0;

export function freshDatabase(kind: DatabaseKind = databaseKind()): Promise<TestDatabase> {
  return newDatabase(kind);
}

/** An empty database, or a copy of `template` (a SQLite file, or a PostgreSQL database's name). */
async function newDatabase(kind: DatabaseKind, template?: string): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cunce-e2e-'));
    const file = join(dir, 'cunce.sqlite');
    if (template) copyFileSync(template, file);
    return { kind, url: `sqlite:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cunce_e2e_${Date.now().toString(36)}_${process.pid}_${++counter}`;
  await maintenance(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  return { kind, url: `${PG_SERVER}/${name}`, drop: () => maintenance(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A copy of the run's template (see `makeTemplate`): migrated and seeded, with the user `admin` and
 * `adminPassword`, as a server's first start leaves an empty database (except the token signing secret, which
 * each server still generates and stores at its own first start). Without a template: an empty database.
 */
export async function preparedDatabase(kind: DatabaseKind = databaseKind()): Promise<TestDatabase> {
  const url = process.env[TEMPLATE_ENV];
  if (!url) return freshDatabase(kind);
  if (url.startsWith('sqlite:') !== (kind === 'sqlite')) throw new Error(`the template ${url} is not a ${kind} database`);
  return newDatabase(kind, kind === 'sqlite' ? url.slice('sqlite:'.length) : url.slice(url.lastIndexOf('/') + 1));
}

/**
 * Once per run (the global setup): an empty database prepared by `pnpm --filter @cunce/server migrate` with
 * CUNCE_ADMIN_PASSWORD `adminPassword` (hashed at the test cost, CUNCE_SCRYPT_LN=12, as the test servers do),
 * announced to the suites' processes; returns its teardown, which drops it.
 */
export async function makeTemplate(adminPassword: string, kind: DatabaseKind = databaseKind()): Promise<() => Promise<void>> {
  const db = await freshDatabase(kind);
  try {
    execFileSync('pnpm', ['run', 'migrate'], {
      cwd: SERVER_DIR,
      env: { CUNCE_SCRYPT_LN: '12', ...process.env, PATH: serverPath(), DATABASE_URL: db.url, CUNCE_ADMIN_PASSWORD: adminPassword },
      stdio: 'pipe',
    });
  } catch (error) {
    await db.drop();
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`preparing the template database failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: error });
  }
  // SQLite: closing the last connection checkpoints the WAL into the file; copies take the file alone.
  if (db.file && existsSync(`${db.file}-wal`)) throw new Error(`the template ${db.file} still has a WAL file`);
  process.env[TEMPLATE_ENV] = db.url;
  return async () => {
    delete process.env[TEMPLATE_ENV];
    await db.drop();
  };
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
