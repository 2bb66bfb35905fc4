/** Settings from the environment (API.md "Running it"). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (with a trailing slash): the nearest folder above this file with pnpm-workspace.yaml, from src/ and from dist/ alike. */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir.endsWith('/') ? dir : `${dir}/`;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}

export type Database = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

export interface Config {
  port: number;
  database: Database;
  adminPassword: string | undefined;
  jwtSecret: string | undefined;
  /** express's `trust proxy`: false (default) takes the socket's peer as the client's address. */
  trustProxy: boolean | number | string;
  /** `CUNCE_SAFELIST_ONLY`: `anonymous` runs only the editor's operations for callers without a login. */
  safelistOnly: SafelistMode;
}

export type SafelistMode = 'off' | 'anonymous';

/** `DATABASE_URL`: unset → data/cunce.sqlite; `sqlite:<path>` (relative to the repo root); `postgres://…`. */
export function parseDatabaseUrl(url: string | undefined): Database {
  if (!url) return { kind: 'sqlite', file: fileURLToPath(new URL('data/cunce.sqlite', `file://${REPO_ROOT}`)) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === ':memory:') return { kind: 'sqlite', file: path };
    return { kind: 'sqlite', file: path.startsWith('/') ? path : REPO_ROOT + path };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got ${url}`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    database: parseDatabaseUrl(env.DATABASE_URL),
    adminPassword: env.CUNCE_ADMIN_PASSWORD || undefined,
    jwtSecret: env.CUNCE_JWT_SECRET || undefined,
    trustProxy: parseTrustProxy(env.CUNCE_TRUST_PROXY),
    safelistOnly: parseSafelistMode(env.CUNCE_SAFELIST_ONLY),
  };
}

/**
 * `CUNCE_TRUST_PROXY` behind a reverse proxy, in express's terms: a number of proxies (`1`), or the proxies'
 * addresses or subnets (`loopback`, `10.0.0.0/8, 127.0.0.1`); then the client's address is taken from
 * X-Forwarded-For. Unset: the socket's peer, and X-Forwarded-For is ignored.
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (!text || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** `CUNCE_SAFELIST_ONLY`: unset or `off`, or `anonymous` (app/safelistPlugin.ts). */
export function parseSafelistMode(value: string | undefined): SafelistMode {
  const text = value?.trim() || 'off';
  if (text === 'off' || text === 'anonymous') return text;
  throw new Error(`CUNCE_SAFELIST_ONLY must be off or anonymous, got ${value}`);
}
