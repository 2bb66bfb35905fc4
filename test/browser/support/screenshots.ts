/**
 * Screenshots of a suite under test/artifacts/browser/<suite>/, numbered in the order they were taken, with
 * transitions finished (Element Plus zooms tags and fades messages in) so each shows the settled page.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../support/serverCommand.js';

export const ARTIFACTS = join(REPO_ROOT, 'test/artifacts/browser');

export interface Screenshots {
  dir: string;
  /** Saves the window as NN-<name>.png and returns the file. */
  take(page: Page, name: string): Promise<string>;
}

export function screenshots(suite: string): Screenshots {
  const dir = join(ARTIFACTS, suite);
  let counter = 0;
  let fresh = false;
  return {
    dir,
    async take(page, name) {
      if (!fresh) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        fresh = true;
      }
      const file = join(dir, `${String(++counter).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      return file;
    },
  };
}
