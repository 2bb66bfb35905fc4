/**
 * The real server process over real HTTP: started on a free port against a fresh copy of the run's prepared
 * template (support/database.ts's `preparedDatabase`; an empty database where there is none) or a given one,
 * waited for until GraphQL answers, stopped (SIGTERM) or killed (SIGKILL) by the suite, restartable on the
 * same database.
 *
 *   const server = await startServer();        // beforeAll; await server.close() in afterAll
 *   const admin = await client(server.url).login('admin', ADMIN_PASSWORD);
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { preparedDatabase, type TestDatabase } from './database.js';
import { SERVER_DIR, serverCommand, serverPath } from './serverCommand.js';

export const ADMIN_PASSWORD = 'e2e-admin-password-1';

export interface TestServer {
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  database: TestDatabase;
  pid(): number;
  /** What the process printed so far (tail). */
  output(): string;
  /** Peak resident memory of the process in bytes (VmHWM), read while it runs. */
  peakMemory(): number;
  /** Sends `signal` without waiting (see `exit`). */
  signal(signal: NodeJS.Signals): void;
  /** How the current process ended, once it has. */
  exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL, as a crash would, and wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM and wait; the database is kept. */
  stop(): Promise<void>;
  /** Starts the process again on the same database and port. */
  restart(): Promise<void>;
  /** Stops the process and drops the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Default: a copy of the prepared template; a test of the first start on an empty one passes `freshDatabase()`. */
  database?: TestDatabase;
  env?: Record<string, string>;
  /** Print the server's output as it comes (default: only on failure). */
  echo?: boolean;
  /** How many characters of the output `output()` keeps (default 20,000, the tail). */
  outputLimit?: number;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const database = opts.database ?? (await preparedDatabase());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  let log = '';
  let child: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);
  let ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }> = Promise.resolve({ code: null, signal: null });

  const launch = async () => {
    const [command, ...args] = serverCommand().run;
    child = spawn(command!, args, {
      cwd: SERVER_DIR,
      env: {
        // Passwords hashed at N=2^12 so that hundreds of logins take seconds, not minutes; a test of the
        // production cost passes CUNCE_SCRYPT_LN: '' (the default, 17).
        CUNCE_SCRYPT_LN: '12',
        ...process.env,
        PATH: serverPath(),
        PORT: String(port),
        DATABASE_URL: database.url,
        CUNCE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-(opts.outputLimit ?? 20_000));
      if (opts.echo) process.stderr.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const proc = child;
    exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    ended = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
    await waitUntilReady(url, exited, () => log);
  };
  const waitExit = async (signal: NodeJS.Signals, graceMs: number) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child?.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    url,
    database,
    pid: () => child!.pid!,
    output: () => log,
    peakMemory: () => vmHwm(child!.pid!),
    signal: (signal) => void child?.kill(signal),
    exit: () => ended,
    kill: () => waitExit('SIGKILL', 0),
    stop: () => waitExit('SIGTERM', 10_000),
    restart: async () => {
      await waitExit('SIGTERM', 10_000);
      await launch();
    },
    close: async () => {
      await waitExit('SIGTERM', 10_000);
      await database.drop();
    },
  };
}

async function waitUntilReady(url: string, exited: Promise<number | null>, log: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before answering:\n${log()}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer at ${url} within 120 s:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** VmHWM of /proc/<pid>/status in bytes (0 where /proc does not exist). */
export function vmHwm(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
