/**
 * The refusals of the request limits (README "Security"): an operation over its cost budget (BAD_USER_INPUT, with
 * the cost and the limit), too many anonymous requests from one address (429 RATE_LIMITED) and no evaluation
 * thread free in time (503 SERVER_BUSY). The last two say when to retry, in `retryAfter` and `Retry-After`.
 */
import { HeaderMap } from '@apollo/server';
import { BadUserInput, CodedError } from '../errors.js';

export interface Cost {
  requested: number;
  limit: number;
}

export class TooCostly extends BadUserInput {
  constructor(cost: Cost, anonymous: boolean) {
    const hint = anonymous ? '请登录后再试，或减少成员、别名和所查字段后分批查询' : '请减少成员、别名和所查字段后分批查询';
    super(`查询的计算量为${points(cost.requested)}点，超过${anonymous ? '未登录用户' : ''}每次查询的上限${points(cost.limit)}点：${hint}`, {
      cost: { requested: Number.isFinite(cost.requested) ? cost.requested : null, limit: cost.limit },
      http: { status: 400 },
    });
  }
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
