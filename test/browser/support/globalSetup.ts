/**
 * Once per browser run: build the editor (when stale) and the server, start the real server on a free port with
 * a fresh SQLite file and CUNCE_ADMIN_PASSWORD, add 2,200 generated villages (support/region.ts), check that it
 * serves the editor at `/`, and hand its origin to the suites. The suites share this one server; each works in villages of its own.
 */
import type { TestProject } from 'vitest/node';
import { buildServer } from '../../support/build.js';
import { freshDatabase } from '../../support/database.js';
import { ADMIN_PASSWORD, startServer } from '../../support/server.js';
import { buildEditor } from './editorBuild.js';
import { addGeneratedVillages } from './region.js';
import './provided.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildEditor();
  buildServer();
  const database = await freshDatabase('sqlite');
  const server = await startServer({ database });
  const origin = new URL(server.url).origin;
  let generated: string;
  try {
    generated = await addGeneratedVillages(database.file!);
    await expectEditorServed(origin);
  } catch (error) {
    await server.close();
    throw error;
  }
  project.provide('origin', origin);
  project.provide('adminPassword', ADMIN_PASSWORD);
  project.provide('generatedVillage', generated);
  return () => server.close();
}

/** The started server answers `/` and an editor route with the built editor's index.html. */
async function expectEditorServed(origin: string): Promise<void> {
  for (const path of ['/', '/village/640181105201/2025']) {
    const res = await fetch(origin + path, { headers: { accept: 'text/html' } });
    const body = await res.text();
    if (res.status !== 200 || !body.includes('id="app"')) {
      throw new Error(
        `the server started by \`pnpm --filter @cunce/server start\` does not serve the editor at ${path} (HTTP ${res.status}): ${body.slice(0, 200)}`,
      );
    }
  }
}
