/**
 * What DEBUG_SQL=1 prints: each statement with placeholders instead of its values (MikroORM's `query`
 * namespace without `query-params`), so no password hash, signing secret or resident's data reaches the log;
 * and, should a secret ever be written into a statement's text, the writer replaces every secret registered
 * with `redactInSqlLog` by [REDACTED].
 */
import type { LoggerNamespace } from '@mikro-orm/core';

const secrets = new Set<string>();

export const SQL_LOG_NAMESPACES: LoggerNamespace[] = ['query', 'info', 'discovery'];

/** Never print `value` in the SQL log (the token signing secret, in every form it is stored or sent). */
export function redactInSqlLog(value: string): void {
  if (value.length >= 8) secrets.add(value);
}

export function writeSqlLog(message: string): void {
  let line = message;
  for (const secret of secrets) line = line.split(secret).join('[REDACTED]');
  console.log(line);
}
