/**
 * GraphiQL at /graphql in the browser, from the server's own bundle (no CDN, the editor's CSP): it opens with the
 * example operations and runs one.
 */
import { expect, test } from 'vitest';
import { useBrowser } from './support/browser.js';

const suite = useBrowser('graphiql');

test('GET /graphql in a browser opens our GraphiQL, all its files from this origin, and runs an operation', async () => {
  const { page, errors } = await suite.person('developer');
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/graphql');
  await page.locator('.graphiql-tab').first().waitFor();
  expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(4);
  // The first example, `query PolicyYears { policyYears { year tiers { … } … } }`, is open.
  await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('policyYears');
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(() => page.locator('.result-window').innerText()).toMatch(/"policyYears": \[\s*\{\s*"year": 2024/);
  expect(requested.filter((url) => !url.startsWith(suite.origin) && !url.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
  await suite.shots.take(page, 'graphiql');
});
