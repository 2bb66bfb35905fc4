/**
 * The one place errors are masked: coded GraphQLErrors (ours, also where Apollo wraps them as validation errors,
 * and Apollo's request errors) pass through; concurrency failures of the database become CONFLICT; anything else
 * is logged and returned as INTERNAL_SERVER_ERROR.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CodedError } from '../errors.js';

const MASKED: GraphQLFormattedError = {
  message: '服务器内部错误',
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof CodedError) return withoutStack(formatted);
  // Our validation rules refuse with coded errors, which Apollo wraps as GRAPHQL_VALIDATION_FAILED: ours stands.
  const cause = original instanceof GraphQLError ? original.originalError : undefined;
  if (cause instanceof CodedError) return withoutStack({ ...formatted, extensions: { ...formatted.extensions, code: cause.extensions.code } });
  if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
    return {
      message: '数据已被他人同时修改，请刷新后重试',
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
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
