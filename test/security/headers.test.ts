/**
 * Security headers on every answer the server gives (GraphQL, its errors, files, the editor's page and its
 * built files, health, 404s), and a Content-Security-Policy that the built editor passes: it loads only its own
 * files and has no inline script (the browser check is headers.editor.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEditor } from '../browser/support/editorBuild.js';
import { REPO_ROOT } from '../support/serverCommand.js';
import { useServer } from '../support/useServer.js';

beforeAll(() => buildEditor(), 300_000);
const suite = useServer();
const origin = () => new URL(suite.server.url).origin;

const editorHtml = () => readFileSync(join(REPO_ROOT, 'web/dist/index.html'), 'utf8');
const firstAsset = () => /src="(\/assets\/[^"]+\.js)"/.exec(editorHtml())![1]!;

const json = { 'content-type': 'application/json' };
const ANSWERS: [string, () => Promise<Response>][] = [
  [
    'a GraphQL answer',
    () => fetch(suite.server.url, { method: 'POST', headers: json, body: '{"query":"{ policyYear(year: 2025) { year } }"}' }),
  ],
  ['a GraphQL error', () => fetch(suite.server.url, { method: 'POST', headers: json, body: '{"query":"{ nope }"}' })],
  ['a malformed body', () => fetch(suite.server.url, { method: 'POST', headers: json, body: '{ not json' })],
  ['a file download refused', () => fetch(`${origin()}/files/1`)],
  ['the editor', () => fetch(`${origin()}/`, { headers: { accept: 'text/html' } })],
  ['an editor route', () => fetch(`${origin()}/village/640121102201/2025`, { headers: { accept: 'text/html' } })],
  ["the editor's script", () => fetch(origin() + firstAsset())],
  ['a 404', () => fetch(`${origin()}/no-such-file.txt`)],
  ['/healthz', () => fetch(`${origin()}/healthz`)],
  ['/readyz', () => fetch(`${origin()}/readyz`)],
];

/** The policy's directives by name. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe.each(ANSWERS)('%s', (_what, send) => {
  test('carries the security headers', async () => {
    const res = await send();
    await res.arrayBuffer();
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['style-src-elem']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect({
      nosniff: res.headers.get('x-content-type-options'),
      frame: res.headers.get('x-frame-options'),
      referrer: res.headers.get('referrer-policy'),
      hsts: res.headers.get('strict-transport-security'),
      opener: res.headers.get('cross-origin-opener-policy'),
      resource: res.headers.get('cross-origin-resource-policy'),
      embedder: res.headers.get('cross-origin-embedder-policy'),
      crossDomain: res.headers.get('x-permitted-cross-domain-policies'),
      poweredBy: res.headers.get('x-powered-by'),
    }).toEqual({
      nosniff: 'nosniff',
      frame: 'DENY',
      referrer: 'no-referrer',
      hsts: 'max-age=31536000; includeSubDomains',
      opener: 'same-origin',
      resource: 'same-origin',
      embedder: 'require-corp',
      crossDomain: 'none',
      poweredBy: null,
    });
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });
});

/** The editor's own files carry no data: its hashed files are kept a year, its page asked again each visit. */
const EDITOR_CACHE: Record<string, string> = {
  "the editor's script": 'public, max-age=31536000, immutable',
  'the editor': 'no-cache',
  'an editor route': 'no-cache',
};

test("answers that may carry residents' data are never stored by a cache; the editor's files may be", async () => {
  for (const [what, send] of ANSWERS) {
    const res = await send();
    await res.arrayBuffer();
    expect([what, res.headers.get('cache-control')]).toEqual([what, EDITOR_CACHE[what] ?? 'no-store']);
  }
});

test('the built editor has no inline script or style element and loads only its own files', async () => {
  const html = await (await fetch(`${origin()}/`, { headers: { accept: 'text/html' } })).text();
  expect(html).toContain('id="app"');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\ssrc="\/[^/]/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/<style\b/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^(\/(?!\/)|data:)/);
});
