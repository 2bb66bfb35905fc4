/**
 * Request limits (issue 3 "Security and bad input", issue 11 "Hardening"), listed in the README's "Security".
 * Those an operator may tune come from the environment, read once at start.
 */
import { availableParallelism } from 'node:os';
import { BadUserInput } from '../errors.js';

export const MAX_BODY = '10mb';
/** Field levels of an operation. */
export const MAX_DEPTH = 12;
/** Levels of JSON in a variable or an argument literal (rule sets, `custom`). */
export const MAX_JSON_DEPTH = 64;
/** Brackets and braces open at once in a query's text, checked before it is parsed. */
export const MAX_QUERY_NESTING = 100;
/** Field selections a document may write (aliases included), before fragments are expanded. */
export const MAX_FIELDS = 2000;
export const MAX_ALIASES = 50;
export const MAX_MEMBERS = 10_000;
export const MAX_RULESET_BYTES = 256 * 1024;

/** Cost budgets of one operation (app/cost.ts), for callers without a valid login and for logged-in users. */
export const ANONYMOUS_BUDGET = envInt('CUNCE_COST_ANONYMOUS', 150_000);
export const USER_BUDGET = envInt('CUNCE_COST_USER', 3_000_000);

/** Points the anonymous requests of one address may spend in a window; each spends its cost, at least RATE_MIN_POINTS. */
export const RATE_POINTS = envInt('CUNCE_ANON_RATE_POINTS', 1_000_000);
export const RATE_WINDOW_SECONDS = envInt('CUNCE_ANON_RATE_WINDOW', 60);
export const RATE_MIN_POINTS = 100;

/** Worker threads evaluating `simulate`, and evaluations that may wait for one before requests are refused. */
export const EVAL_THREADS = envInt('CUNCE_EVAL_THREADS', Math.max(1, availableParallelism() - 1));
export const EVAL_QUEUE = envInt('CUNCE_EVAL_QUEUE', 64);

if (RATE_POINTS < ANONYMOUS_BUDGET) {
  throw new Error(
    `CUNCE_ANON_RATE_POINTS (${RATE_POINTS}) must be at least CUNCE_COST_ANONYMOUS (${ANONYMOUS_BUDGET}): an anonymous request within its budget could never pass`,
  );
}

/** A positive integer from the environment, else `fallback`; anything else stops the server with the reason. */
function envInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${text}`);
  return value;
}

export function assertMemberCount(count: number): void {
  if (count > MAX_MEMBERS) {
    throw new BadUserInput(`每次最多提交${MAX_MEMBERS}名成员，本次${count}名，请分批提交`);
  }
}

export function assertRuleSetSize(ruleSet: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(ruleSet ?? null), 'utf8');
  if (bytes > MAX_RULESET_BYTES) {
    throw new BadUserInput(`补助标准文档过大（${Math.ceil(bytes / 1024)} KB），上限为${MAX_RULESET_BYTES / 1024} KB`);
  }
}
