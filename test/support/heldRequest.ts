/**
 * A request that is running on the server while the suite decides when it ends: sent with
 * `Expect: 100-continue`, so the server answers "100 Continue" once it has read the headers and is handling the
 * request (Node's HTTP server), and the body follows only when the suite calls `finish()`. Used to have a
 * request in flight at a chosen moment, e.g. when the server is told to stop.
 */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface HeldRequest {
  /** Resolves once the server has taken the request (it sent 100 Continue). */
  started: Promise<void>;
  /** Sends the body: the server can now answer. */
  finish(): void;
  response: Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>;
}

export function heldPost(url: string, json: unknown): HeldRequest {
  const body = JSON.stringify(json);
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const started = new Promise<void>((resolve, reject) => {
    req.once('continue', resolve);
    req.once('error', reject);
  });
  const response = new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      req.once('error', reject);
      req.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        res.on('error', reject);
      });
    },
  );
  req.flushHeaders();
  return { started, finish: () => req.end(body), response };
}

/** Whether a new TCP connection to the server's port is refused (the listener is closed). */
export function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Polls `check` every 100 ms until it holds, failing after `timeoutMs` with `what`. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
