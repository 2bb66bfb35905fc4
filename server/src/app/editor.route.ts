/**
 * The built editor (web/dist) at `/`, with index.html for the editor's own routes (paths without a file
 * extension). Its files under /assets/ have content-hashed names: browsers keep them a year without asking again
 * (`immutable`), and get the brotli or gzip copy the build wrote beside each (web/build/precompress.ts) when they
 * accept it. index.html is asked again on every visit (`no-cache`; its ETag makes that a 304), so a new build
 * reaches everyone at once. Every other answer keeps headers.ts's `no-store`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { pickEncoding, SUFFIX } from './encoding.js';

export const HASHED_FILE_CACHE = 'public, max-age=31536000, immutable';
export const PAGE_CACHE = 'no-cache';

export function editorRouter(dist: string): Router {
  const router = Router();
  if (!existsSync(join(dist, 'index.html'))) return router;
  const page = join(dist, 'index.html');
  const assets = resolve(dist, 'assets');
  router.get('/assets/{*file}', packedAsset(assets));
  router.use(
    express.static(dist, {
      index: 'index.html',
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(assets + sep) ? HASHED_FILE_CACHE : PAGE_CACHE),
    }),
  );
  router.get(/^\/(?!graphql)(?:[^.]*)$/, (req: Request, res: Response, next: NextFunction) => {
    if (!req.accepts('html')) return next();
    res.sendFile(page, { headers: { 'Cache-Control': PAGE_CACHE } });
  });
  return router;
}

/** The packed copy of an asset the browser accepts, if the build wrote one; otherwise on to express.static. */
function packedAsset(assets: string) {
  const files = new Set(existsSync(assets) ? readdirSync(assets) : []);
  return (req: Request, res: Response, next: NextFunction) => {
    const name = req.path.slice('/assets/'.length);
    if (!files.has(name) || !files.has(`${name}${SUFFIX.br}`)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (!encoding || !files.has(`${name}${SUFFIX[encoding]}`)) return next();
    res.type(extname(name));
    res.setHeader('Content-Encoding', encoding);
    res.sendFile(join(assets, `${name}${SUFFIX[encoding]}`), {
      headers: { 'Cache-Control': HASHED_FILE_CACHE },
      acceptRanges: false,
    });
  };
}
