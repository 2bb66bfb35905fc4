/**
 * Graceful shutdown on SIGTERM or SIGINT: stop accepting connections, let the running requests finish (at most
 * SHUTDOWN_TIMEOUT_MS, default 20 s; answers sent meanwhile close their connection), then stop Apollo and close
 * the database pool. Exits 0 when every request finished, 1 when some had to be cut off.
 */
import type { Server } from 'node:http';
import type { App } from './app.js';
import { startDraining, isDraining } from './app/lifecycle.js';
import type { Orm } from './db/orm.js';
import { envInteger } from './envInteger.js';

export function shutdownOnSignals(server: Server, app: App, orm: Orm, env: NodeJS.ProcessEnv = process.env): void {
  const graceMs = envInteger(env, 'SHUTDOWN_TIMEOUT_MS', 20_000, 0, 3_600_000);
  // Before express answers: a keep-alive connection is not kept for another request.
  server.prependListener('request', (_req, res) => {
    if (isDraining()) res.setHeader('Connection', 'close');
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    startDraining();
    console.log(`[cunce] ${signal}: accepting no new connections, finishing the running requests (at most ${graceMs} ms)`);
    try {
      const finished = await closeServer(server, graceMs);
      if (!finished) console.error('[cunce] requests still running after SHUTDOWN_TIMEOUT_MS were cut off');
      await app.apollo.stop();
      await orm.close();
      console.log('[cunce] stopped');
      process.exit(finished ? 0 : 1);
    } catch (error) {
      console.error('[cunce] shutdown failed', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** Closes the listener and waits for the open connections (idle ones are closed at once); true if all ended in time. */
function closeServer(server: Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
