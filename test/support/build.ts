/** Builds the server as its start script would, once (skipped with CUNCE_E2E_SKIP_BUILD=1). */
import { execSync } from 'node:child_process';
import { SERVER_DIR, serverCommand, serverPath } from './serverCommand.js';

export function buildServer(): void {
  const { build } = serverCommand();
  if (!build || process.env.CUNCE_E2E_SKIP_BUILD === '1') return;
  try {
    execSync(build, { cwd: SERVER_DIR, env: { ...process.env, PATH: serverPath() }, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building the server failed (${build}):\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: error });
  }
}
