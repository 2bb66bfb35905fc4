/**
 * Express middleware on /graphql, once the body is parsed and before Apollo reads it: a query text nested deeper
 * than MAX_QUERY_NESTING (which would overflow GraphQL's recursive parser) and a variable whose JSON nests deeper
 * than MAX_JSON_DEPTH (rule sets, members' `custom`) are refused with 400 BAD_USER_INPUT. GET requests carry the
 * same parameters in the URL, variables as a JSON string.
 */
import type { NextFunction, Request, Response } from 'express';
import { jsonDepth, textNesting } from './jsonDepth.js';
import { MAX_JSON_DEPTH, MAX_QUERY_NESTING } from '../limits/limits.js';

export function requestShape(req: Request, res: Response, next: NextFunction): void {
  const problem = problemOf(req.method === 'GET' ? req.query : req.body);
  if (!problem) return next();
  res.status(400).json({ errors: [{ message: problem, extensions: { code: 'BAD_USER_INPUT' } }] });
}

function problemOf(body: unknown): string | null {
  for (const params of Array.isArray(body) ? body : [body]) {
    if (params === null || typeof params !== 'object') continue; // Apollo refuses it
    const { query, variables } = params as { query?: unknown; variables?: unknown };
    if (typeof query === 'string' && textNesting(query) > MAX_QUERY_NESTING) {
      return `查询文本的括号嵌套超过${MAX_QUERY_NESTING}层，请减少嵌套后再查询`;
    }
    for (const [name, value] of Object.entries(parsed(variables) ?? {})) {
      const depth = jsonDepth(value);
      if (depth > MAX_JSON_DEPTH) {
        return `变量 $${name} 的JSON嵌套${depth}层，超过上限${MAX_JSON_DEPTH}层：补助标准文档、成员的custom等请勿嵌套过深`;
      }
    }
  }
  return null;
}

function parsed(variables: unknown): Record<string, unknown> | null {
  if (typeof variables === 'string') {
    try {
      return parsed(JSON.parse(variables));
    } catch {
      return null; // Apollo refuses it
    }
  }
  return variables !== null && typeof variables === 'object' ? (variables as Record<string, unknown>) : null;
}
