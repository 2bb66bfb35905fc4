/**
 * Big `simulate` calls take turns to turn their members from GraphQL input into objects: type-graphql converts
 * the arguments after the middlewares and before the resolver, synchronously (10,000 members: tens of
 * milliseconds), and forty aliases of one operation would otherwise be converted back to back. This middleware
 * has a call of more than FREE_MEMBERS members wait for the previous big call's conversion and then a turn of the
 * event loop, so that other requests are answered in between; smaller calls go at once.
 */
import { setImmediate } from 'node:timers/promises';
import type { MiddlewareFn } from 'type-graphql';
import { count } from '../../../limits/costRule.js';

/** Members converted in about a millisecond. */
const FREE_MEMBERS = 100;

let previous: Promise<void> = Promise.resolve();

export const takeTurns: MiddlewareFn = async ({ args }, next) => {
  if (count(args.members) <= FREE_MEMBERS) return next();
  const before = previous;
  let done!: () => void;
  previous = new Promise((resolve) => (done = resolve));
  try {
    await before;
    await setImmediate();
    // The conversion and the resolver's first synchronous part run inside next(), before it returns.
    const answer = next();
    return answer;
  } finally {
    done();
  }
};
