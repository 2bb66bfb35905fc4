/**
 * GET /healthz: the process is up (200 JSON, no database access). GET /readyz: the process can serve requests:
 * the database answers and its migrations are current (200), else 503 with JSON saying why; 503 too once the
 * process is shutting down. For load balancers and orchestrators; no login, nothing stored is read.
 */
import express, { type Request, type Response } from 'express';
import type { Orm } from '../db/orm.js';
import { readiness } from '../db/readiness.js';
import { isDraining } from './lifecycle.js';

export function healthRouter(orm: Orm): express.Router {
  const router = express.Router();
  let wasReady = true;
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    if (isDraining()) {
      res.status(503).json({ status: 'unavailable', reason: '服务正在停止' });
      return;
    }
    const state = await readiness(orm);
    if (state.ready !== wasReady) console.log(`[cunce] readiness: ${state.ready ? 'ready' : state.reason}`);
    wasReady = state.ready;
    const { ready, ...rest } = state;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', ...rest });
  });
  return router;
}
