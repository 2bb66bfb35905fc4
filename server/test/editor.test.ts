import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createHarness, type Harness } from './harness.js';

let h: Harness;
let app: App;
let server: Server;
let base: string;
const dist = mkdtempSync(join(tmpdir(), 'cunce-dist-'));
/** A built script big enough for the build to have written packed copies beside it. */
const BIG = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `第${i}条`))};\n`;

/** A GET with the raw bytes of the answer (fetch would unpack them). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>村策</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'big-Hash1.js'), BIG);
  writeFileSync(join(dist, 'assets', 'big-Hash1.js.br'), brotliCompressSync(BIG));
  writeFileSync(join(dist, 'assets', 'big-Hash1.js.gz'), gzipSync(BIG));
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

const CHROME = 'gzip, deflate, br, zstd';

test('sends a hashed file packed with brotli when the browser takes it, else gzip, else as it is', async () => {
  const br = await raw('/assets/big-Hash1.js', { 'accept-encoding': CHROME });
  expect([br.status, br.headers['content-encoding'], br.headers['content-type']]).toEqual([200, 'br', 'text/javascript; charset=utf-8']);
  expect(brotliDecompressSync(br.body).toString()).toBe(BIG);
  expect(br.body.length).toBeLessThan(Buffer.byteLength(BIG) / 3);

  for (const accept of ['gzip, deflate', 'br;q=0, gzip']) {
    const gz = await raw('/assets/big-Hash1.js', { 'accept-encoding': accept });
    expect([accept, gz.headers['content-encoding']]).toEqual([accept, 'gzip']);
    expect(gunzipSync(gz.body).toString()).toBe(BIG);
  }
  for (const accept of ['identity', '*;q=0', '']) {
    const plain = await raw('/assets/big-Hash1.js', accept ? { 'accept-encoding': accept } : {});
    expect([accept, plain.headers['content-encoding'], plain.body.toString()]).toEqual([accept, undefined, BIG]);
  }
  expect((await raw('/assets/big-Hash1.js', { 'accept-encoding': '*' })).headers['content-encoding']).toBe('br');
});

test('lets browsers keep hashed files for a year and ask for the page each visit, under the same security headers', async () => {
  for (const [path, accept] of [
    ['/assets/big-Hash1.js', CHROME],
    ['/assets/big-Hash1.js', 'identity'],
    ['/assets/app.js', CHROME],
  ]) {
    const res = await raw(path!, { 'accept-encoding': accept! });
    expect([path, accept, res.headers['cache-control']]).toEqual([path, accept, 'public, max-age=31536000, immutable']);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  }
  expect((await raw('/assets/big-Hash1.js', { 'accept-encoding': 'identity' })).headers.vary).toBe('Accept-Encoding');
  for (const path of ['/', '/index.html', '/village/640121102201/2025']) {
    const res = await raw(path, { accept: 'text/html' });
    expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }
  const missing = await raw('/assets/missing-Hash2.js', { 'accept-encoding': CHROME });
  expect([missing.status, missing.headers['cache-control']]).toEqual([404, 'no-store']);
});
