/**
 * The refusals of the request limits (README "Security"): an operation over its cost budget (400 BAD_USER_INPUT,
 * with the cost and the limit; 401 UNAUTHENTICATED when it is over the anonymous budget only, as logging in is
 * the fix and the editor then asks for it), too many anonymous requests from one address (429 RATE_LIMITED) and
 * no evaluation thread free in time (503 SERVER_BUSY). The last two say when to retry, in `retryAfter` and
 * `Retry-After`.
 */
import { HeaderMap } from '@apollo/server';
import { BadUserInput, CodedError } from '../errors.js';

export interface Cost {
  requested: number;
  limit: number;
}

export class TooCostly extends BadUserInput {
  constructor(cost: Cost) {
    super(`查询的计算量为${points(cost.requested)}点，超过每次查询的上限${points(cost.limit)}点：请减少成员、别名和所查字段后分批查询`, {
      cost: reported(cost),
      http: { status: 400 },
    });
  }
}

export class LogInForCost extends CodedError {
  /** `problem`: why the token sent did not authenticate, if one was sent. */
  constructor(cost: Cost, problem: string | null) {
    super(
      'UNAUTHENTICATED',
      `${problem ?? '请先登录'}：未登录时每次查询的计算量上限为${points(cost.limit)}点，本次为${points(cost.requested)}点`,
      {
        cost: reported(cost),
        http: { status: 401 },
      },
    );
  }
}

/** The cost as `extensions.cost` reports it: null for a document too big to cost. */
export function reported(cost: Cost): { requested: number | null; limit: number } {
  return { requested: Number.isFinite(cost.requested) ? cost.requested : null, limit: cost.limit };
}

export class RateLimited extends CodedError {
  constructor(seconds: number) {
    super('RATE_LIMITED', `本地址未登录的查询过于频繁，请${seconds}秒后再试，或登录后使用`, {
      retryable: true,
      retryAfter: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    });
  }
}

export class ServerBusy extends CodedError {
  constructor(seconds: number) {
    super('SERVER_BUSY', `服务器正忙于其他试算，请${seconds}秒后再试`, {
      retryable: true,
      retryAfter: seconds,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    });
  }
}

const points = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '无穷');
