/**
 * Once per run: build the server as its start script would (skipped with CUNCE_E2E_SKIP_BUILD=1), and with
 * CUNCE_E2E_DB=postgres check that PostgreSQL answers before any suite starts a server.
 */
import { execSync } from 'node:child_process';
import { databaseKind, maintenance } from './database.js';
import { SERVER_DIR, serverCommand, serverPath } from './serverCommand.js';

export default async function setup(): Promise<void> {
  const { build } = serverCommand();
  if (build && process.env.CUNCE_E2E_SKIP_BUILD !== '1') {
    try {
      execSync(build, { cwd: SERVER_DIR, env: { ...process.env, PATH: serverPath() }, stdio: 'pipe' });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`building the server failed (${build}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
  if (databaseKind() === 'postgres') await maintenance('SELECT 1');
}
