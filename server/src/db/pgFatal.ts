/**
 * A PostgreSQL connection whose server has sent a FATAL error (its backend terminated, the server shutting down) is
 * never handed out again. The error reaches the query that was running before the socket closes; until the close
 * the pool took the connection back as healthy, and the next request could get it and fail as well (seen under
 * load in security/operations.database.test.ts). Marked the way knex marks a connection that ended: its pool then
 * destroys it instead of lending it.
 */
interface RawConnection {
  connection?: { on(event: 'errorMessage', listener: (message: { severity?: string }) => void): void };
  __knex__disposed?: unknown;
}

/** The pool's afterCreate (knex calls it with each new connection). */
export function markFatalErrors(raw: unknown, done: (error: Error | null, raw: unknown) => void): void {
  const client = raw as RawConnection;
  client.connection?.on('errorMessage', (message) => {
    if (message.severity === 'FATAL') client.__knex__disposed = message;
  });
  done(null, raw);
}
