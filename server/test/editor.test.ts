import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
let app: App;
let server: Server;
let base: string;
const dist = mkdtempSync(join(tmpdir(), 'cunce-dist-'));

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>村策</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(
    join(dist, 'graphiql.html'),
    '<!doctype html><title>GraphiQL</title><script type="module" src="/assets/graphiql.js"></script>',
  );
  h = await createHarness();
  app = await createApp(h.orm, { jwtSecret: undefined }, dist);
  server = await new Promise<Server>((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await app.apollo.stop();
  await h.close();
  rmSync(dist, { recursive: true, force: true });
});

test('serves the built editor at / and its files', async () => {
  expect(await (await fetch(`${base}/`)).text()).toContain('<title>村策</title>');
  expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
});

test('answers the editor’s own routes with index.html, missing files with 404', async () => {
  const route = await fetch(`${base}/villages/640121102201/2025`, { headers: { accept: 'text/html' } });
  expect(await route.text()).toContain('<title>村策</title>');
  expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
});

test('keeps GraphQL on the same port', async () => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ policyYear(year: 2024) { year } }' }),
  });
  expect(await res.json()).toMatchObject({ data: { policyYear: { year: 2024 } } });
});

test('a browser at /graphql gets our GraphiQL page, with same-origin scripts only; clients still get GraphQL', async () => {
  const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  const html = await page.text();
  expect(html).toContain('<title>GraphiQL</title>');
  expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/assets/graphiql.js']);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
  const json = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(await json.json()).toMatchObject({ data: { __typename: 'Query' } });
});

test("without the built page, a browser at /graphql gets no landing page from Apollo's CDN", async () => {
  const res = await fetch(`${await h.url()}/graphql`, { headers: { accept: 'text/html' } });
  expect(await res.text()).not.toMatch(/cdn|embeddable-sandbox|apollographql/i);
});
