/**
 * The rate limit of anonymous callers, by address (clientAddress.ts), in this process: the requests of one address
 * may spend RATE_POINTS cost points in a window of RATE_WINDOW_SECONDS, each request its cost and at least
 * RATE_MIN_POINTS (rate-limiter-flexible's fixed window, kept in memory). Past that they are refused with 429
 * RATE_LIMITED until the window ends; an address that has nothing left is refused before its body is even read.
 * Each server process counts for itself.
 */
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { addressKey } from '../limits/clientAddress.js';
import { RATE_MIN_POINTS, RATE_POINTS, RATE_WINDOW_SECONDS } from '../limits/limits.js';
import { RateLimited } from '../limits/refusals.js';

export class AnonymousLimit {
  private readonly limiter = new RateLimiterMemory({ points: RATE_POINTS, duration: RATE_WINDOW_SECONDS });

  /** Spends `points` of the address (none for in-process execution, which has no address), or refuses. */
  async spend(address: string | undefined, points: number): Promise<void> {
    if (!address) return;
    try {
      await this.limiter.consume(addressKey(address), Math.max(points, RATE_MIN_POINTS));
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new RateLimited(secondsOf(refusal));
      throw refusal;
    }
  }

  /** Middleware before the body parser: a request without login from an address with nothing left gets 429 at once. */
  readonly gate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const used = req.headers.authorization || !req.ip ? null : await this.limiter.get(addressKey(req.ip));
    if (!used || used.consumedPoints < RATE_POINTS) return next();
    const error = new RateLimited(secondsOf(used));
    const { http: _http, ...extensions } = error.extensions;
    res
      .status(429)
      .set('retry-after', String(extensions.retryAfter))
      .json({ errors: [{ message: error.message, extensions }] });
  };
}

const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
