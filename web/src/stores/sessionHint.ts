/**
 * Whether this browser has a session, for the router to send a visitor to the login page without asking the
 * server: only the session's expiry, never the token (which lives in the HttpOnly cookie). Removes the token the
 * first releases kept in localStorage.
 */
const KEY = 'cunce.sessionExpires';

localStorage.removeItem('cunce.token');

export function hasSession(): boolean {
  const expires = Date.parse(localStorage.getItem(KEY) ?? '');
  return Number.isFinite(expires) && expires > Date.now();
}

export function rememberSession(expiresAt: string | null): void {
  if (expiresAt) localStorage.setItem(KEY, expiresAt);
  else localStorage.removeItem(KEY);
}
