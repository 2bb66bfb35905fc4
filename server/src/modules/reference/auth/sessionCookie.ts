/**
 * The editor's session cookie: login sets it HttpOnly (out of reach of scripts), SameSite=Strict (never sent by
 * another site's page), Secure when the request came over https, for as long as the token lives; logout clears
 * it. A request without an `Authorization` header is authenticated by the cookie's token as if it had sent it
 * as `Bearer` (GraphQL and /files alike). Cross-site requests cannot carry it, and Apollo Server's CSRF
 * prevention refuses the simple requests a form could make.
 */
import { parse } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { TOKEN_LIFETIME_SECONDS } from './token.js';

export const SESSION_COOKIE = 'cunce_session';

/** What a resolver may do to the HTTP exchange of the login (absent when operations run without HTTP). */
export interface SessionHttp {
  /** The client's address as express sees it (req.ip). */
  ip: string | undefined;
  setSession(token: string): void;
  clearSession(): void;
}

export function sessionHttp(req: Request, res: Response): SessionHttp {
  const options = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
  return {
    ip: req.ip,
    setSession: (token) => res.cookie(SESSION_COOKIE, token, { ...options, maxAge: TOKEN_LIFETIME_SECONDS * 1000 }),
    clearSession: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** Middleware: the session cookie's token as `Authorization: Bearer` when the request sent no such header. */
export function bearerFromCookie(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers.cookie;
  if (!req.headers.authorization && header?.includes(SESSION_COOKIE)) {
    const token = parse(header)[SESSION_COOKIE];
    if (token) req.headers.authorization = `Bearer ${token}`;
  }
  next();
}
