/**
 * The one place errors are masked: coded GraphQLErrors (ours, also where Apollo wraps them as validation errors,
 * and Apollo's request errors) pass through; concurrency failures of the database become CONFLICT; a database
 * that was busy or could not be reached becomes BUSY or DATABASE_UNAVAILABLE with `retryable: true`
 * (db/failures.ts); anything else is logged and returned as INTERNAL_SERVER_ERROR.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { failureSummary, retryableFailure, type RetryableFailure } from '../db/failures.js';
import { CodedError } from '../errors.js';

const MASKED: GraphQLFormattedError = {
  message: '服务器内部错误',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

const RETRYABLE: Record<RetryableFailure, string> = {
  BUSY: '数据库正忙（其他操作正在写入或耗时过长），本次操作未生效，请稍后重试',
  DATABASE_UNAVAILABLE: '暂时无法连接数据库，请稍后重试；如刚才在保存，请刷新后确认是否已保存',
};

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CodedError) return withoutStack(formatted);
  // Our validation rules refuse with coded errors, which Apollo wraps as GRAPHQL_VALIDATION_FAILED: ours stands.
  const cause = original instanceof GraphQLError ? original.originalError : undefined;
  if (cause instanceof CodedError)
    return withoutStack({ ...formatted, extensions: { ...formatted.extensions, code: cause.extensions.code } });
  if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
    return {
      message: '数据已被他人同时修改，请刷新后重试',
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
  }
  const failure = retryableFailure(error);
  if (failure) {
    console.error(`[cunce] ${failure}: ${failureSummary(error)}`);
    return { message: RETRYABLE[failure], path: formatted.path, extensions: { code: failure, retryable: true } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return withoutStack(formatted);
  }
  console.error('[cunce] unexpected error', original);
  return { ...MASKED, path: formatted.path };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
