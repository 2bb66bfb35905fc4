/**
 * What `pnpm --filter @cunce/server start` runs, read from server/package.json: the part before the last `&&`
 * builds (run once, in globalSetup), the last part starts the server (run by every suite, without a shell).
 */
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_DIR = join(REPO_ROOT, 'server');

export interface ServerCommand {
  /** Shell command that builds what the server needs, or null when the start script builds nothing. */
  build: string | null;
  /** The command that starts the server, as argv. */
  run: string[];
}

export function serverCommand(): ServerCommand {
  const pkg = JSON.parse(readFileSync(join(SERVER_DIR, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start;
  if (!start) throw new Error('server/package.json has no start script');
  const parts = start.split('&&').map((s) => s.trim());
  const last = parts.pop()!;
  if (/[|;<>'"$`]/.test(last)) throw new Error(`cannot run the start script's last part without a shell: ${last}`);
  return { build: parts.length ? parts.join(' && ') : null, run: last.split(/\s+/) };
}

/** PATH with the server's and the workspace's node_modules/.bin first, as pnpm run would set it. */
export function serverPath(): string {
  return [join(SERVER_DIR, 'node_modules/.bin'), join(REPO_ROOT, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter);
}
