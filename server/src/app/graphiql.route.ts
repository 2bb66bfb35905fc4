/**
 * GraphiQL for browsers at GET /graphql (an Accept preferring text/html): the page the editor's build makes
 * (web/graphiql.html, bundled with its scripts and styles under /assets: no CDN, the base CSP). Other requests,
 * and every request when the editor is not built, go on to Apollo, whose CDN landing page is disabled.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

export const GRAPHIQL_PAGE = 'graphiql.html';

export function graphiqlPage(webDist: string) {
  const file = join(webDist, GRAPHIQL_PAGE);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || req.accepts(['json', 'html']) !== 'html' || !existsSync(file)) return next();
    res.sendFile(file);
  };
}
