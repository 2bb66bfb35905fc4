/**
 * HTTP for the login suites where fetch cannot go: a request sent from a chosen loopback address (127.0.0.x, so
 * that the server sees several clients), raw headers in and out (Set-Cookie, Cookie, X-Forwarded-For), and
 * tokens minted with a known signing secret, as someone holding it could.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import type { GqlResult } from '../support/gql.js';

export interface RawResponse<T = any> extends GqlResult<T> {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SendOptions {
  /** The local address to send from (default 127.0.0.1). */
  from?: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
}

/** Sends `body` (JSON unless a content-type says otherwise) to `url`. */
export function send<T = any>(url: string, body: unknown, opts: SendOptions = {}): Promise<RawResponse<T>> {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const headers = { 'content-type': 'application/json', ...opts.headers, 'content-length': String(Buffer.byteLength(text)) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'POST', headers, localAddress: opts.from ?? '127.0.0.1' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let parsed: Omit<GqlResult<T>, 'status'> = {};
        try {
          parsed = JSON.parse(raw);
        } catch {
          // not JSON (a file, an HTML page): the body says what it is
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw, ...parsed });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

export const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username } } }';

/** A login from `from`; the result as sent (never throws on a refusal). */
export function loginFrom(url: string, username: string, password: string, from = '127.0.0.1', headers: Record<string, string> = {}) {
  return send<{ login: { token: string; expiresAt: string } }>(
    url,
    { query: LOGIN, variables: { u: username, p: password } },
    { from, headers },
  );
}

/** The session cookie's `name=value` from a response's Set-Cookie, and its attributes. */
export function sessionCookie(res: RawResponse): { pair: string; attributes: string[] } | null {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = all.find((c) => c.startsWith('cunce_session='));
  if (!line) return null;
  const [pair, ...attributes] = line.split(';').map((p) => p.trim());
  return { pair: pair!, attributes };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 JWT over `claims`, signed with `secret` (the server's CUNCE_JWT_SECRET). */
export function mintToken(secret: string, claims: Record<string, unknown>): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
