/**
 * Database failures a client may simply retry, recognised by the driver's codes anywhere in an error's chain of
 * causes (MikroORM's exceptions, knex's and the drivers' own errors, Apollo's wrappers):
 * - `BUSY`: another writer held the data for too long (SQLite's busy timeout, PostgreSQL's statement or lock
 *   timeout, a deadlock or serialization failure); the statement's transaction was rolled back.
 * - `DATABASE_UNAVAILABLE`: the connection to the database was lost or could not be made.
 */
export type RetryableFailure = 'BUSY' | 'DATABASE_UNAVAILABLE';

/** PostgreSQL SQLSTATEs: lock_not_available, query_canceled (statement_timeout), deadlock, serialization. */
const PG_BUSY = new Set(['55P03', '57014', '40P01', '40001']);
/** admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, too_many_connections, and class 08. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
const NET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /is not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Client has encountered a connection error/i,
];

export function retryableFailure(error: unknown): RetryableFailure | null {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /SQLITE_BUSY|database is locked/.test(message)) return 'BUSY';
    if (code && PG_BUSY.has(code)) return 'BUSY';
    if (e.name === 'KnexTimeoutError') return 'BUSY'; // every pooled connection stayed in use
    if (code && (PG_UNAVAILABLE.has(code) || code.startsWith('08') || NET_UNAVAILABLE.has(code))) return 'DATABASE_UNAVAILABLE';
    if (code === 'SQLITE_CANTOPEN' || UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return 'DATABASE_UNAVAILABLE';
  }
  return null;
}

/** For the log: the driver's code and its own words, without the statement and its values (which knex prepends). */
export function failureSummary(error: unknown): string {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && typeof e.message === 'string') return `${e.code}: ${e.message.split(' - ').pop()}`;
  }
  const message = (error as { message?: unknown })?.message;
  return typeof message === 'string' ? message.split(' - ').pop()! : String(error);
}

interface Causal {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  originalError?: unknown;
  previous?: unknown;
}

/** The error and what it wraps (`originalError`, `cause`, MikroORM's `previous`), at most 10 deep. */
function* causes(error: unknown): Generator<Causal> {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current && typeof current === 'object'; depth++) {
    const e = current as Causal;
    yield e;
    current = e.originalError ?? e.previous ?? e.cause;
  }
}
