import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const dist = mkdtempSync(join(tmpdir(), 'cunce-graphiql-'));

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>村策</title>');
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
