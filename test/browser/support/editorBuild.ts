/**
 * Builds the editor (web/dist) as `pnpm start` would, unless web/dist/index.html is newer than every source it
 * is built from (web/src, web/index.html, web/vite.config.ts, web/build and rules/, whose code the editor bundles).
 * CUNCE_E2E_SKIP_BUILD=1 skips it, as it skips the server's build.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, serverPath } from '../../support/serverCommand.js';

const WEB = join(REPO_ROOT, 'web');
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'graphiql.html'),
  join(WEB, 'scripts'),
  join(WEB, 'vite.config.ts'),
  join(WEB, 'build'),
  join(REPO_ROOT, 'rules/src'),
  join(REPO_ROOT, 'rules/policy'),
];

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function editorIsStale(): boolean {
  const built = join(WEB, 'dist/index.html');
  return !existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.map(newest));
}

export function buildEditor(): void {
  if (process.env.CUNCE_E2E_SKIP_BUILD === '1' || !editorIsStale()) return;
  try {
    execSync('pnpm --filter @cunce/web build', { cwd: REPO_ROOT, env: { ...process.env, PATH: serverPath() }, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building the editor failed (pnpm --filter @cunce/web build):\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: error });
  }
}
