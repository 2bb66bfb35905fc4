/**
 * The coded errors a client may see (API.md): every one is a GraphQLError with `extensions.code` and a Chinese
 * message saying what to fix. Anything else thrown is masked by `formatError` (app/formatError.ts).
 */
import { GraphQLError } from 'graphql';
import type { Issue, RowIssue } from '@cunce/rules';

export class CodedError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInput extends CodedError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extensions);
  }
}

/** Bad member rows: the whole request fails, every bad row in `extensions.rows`. */
export class BadRows extends BadUserInput {
  constructor(rows: RowIssue[], message = `有${rows.length}处成员信息有误，请按提示逐行更正后重新提交`) {
    super(message, { rows });
  }
}

export class Unauthenticated extends CodedError {
  constructor(message = '请先登录') {
    super('UNAUTHENTICATED', message);
  }
}

export class Forbidden extends CodedError {
  constructor(message = '无权进行此操作') {
    super('FORBIDDEN', message);
  }
}

export class NotFound extends CodedError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class Conflict extends CodedError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export type DomainCode =
  | 'INVALID_RULESET'
  | 'DECISION_INCOMPLETE'
  | 'INVALID_TRANSITION'
  | 'BUDGET_EXCEEDED'
  | 'SCHEME_NOT_ACTIVE'
  | 'POLICY_FROZEN'
  | 'SETTLEMENT_NOT_CONFIRMED';

/** A refusal by a rule of the domain, with its own code. */
export class DomainError extends CodedError {
  constructor(code: DomainCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}

/** A rule set that does not validate: the issues in `extensions.issues`. */
export class InvalidRuleSet extends DomainError {
  constructor(errors: Issue[], message = `补助标准有${errors.length}处错误，请按提示更正`) {
    super('INVALID_RULESET', message, { issues: errors });
  }
}
