/**
 * Security headers on every answer (OWASP Secure Headers Project, ASVS 14.4), mounted first in app.ts, by helmet:
 *
 * - Content-Security-Policy: only the server's own scripts, styles, fonts, images and connections; no inline
 *   script and no script attribute; no plugin, no <base>, forms post only here, no framing (frame-ancestors 'none').
 *   Styles: `style-src-elem 'self'` (no inline <style> element: the built editor has none), but style
 *   attributes are allowed (`'unsafe-inline'` in `style-src`, which `style-src-attr` inherits): Element Plus
 *   and ECharts write `style="…"` into the HTML of tooltips and popups. A style attribute cannot run script.
 * - Strict-Transport-Security (browsers honour it over HTTPS only), X-Content-Type-Options: nosniff,
 *   X-Frame-Options: DENY, Referrer-Policy: no-referrer, Cross-Origin-Opener/Resource/Embedder-Policy
 *   same-origin / same-origin / require-corp, X-Permitted-Cross-Domain-Policies: none, Origin-Agent-Cluster;
 *   Permissions-Policy turning off devices the editor never uses; Cache-Control: no-store (answers carry
 *   residents' data), which editor.route.ts replaces on the editor's own files (they carry none).
 *
 * A route that serves a page needing more (e.g. a GraphQL IDE) mounts `contentSecurityPolicy(extra)` after
 * these, which replaces the header with the base policy plus its own sources.
 */
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

export const CSP_DIRECTIVES: Readonly<Directives> = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'"],
};

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()';

export function securityHeaders(): ((req: Request, res: Response, next: NextFunction) => void)[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: { policy: 'require-corp' },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}

/** The base policy with `extra` sources added per directive, for one route (mount it on that route only). */
export function contentSecurityPolicy(extra: Directives): (req: Request, res: Response, next: NextFunction) => void {
  const directives: Directives = { ...CSP_DIRECTIVES };
  for (const [name, sources] of Object.entries(extra))
    directives[name] = [...(directives[name] ?? CSP_DIRECTIVES['default-src']!), ...sources];
  return helmet.contentSecurityPolicy({ useDefaults: false, directives });
}
