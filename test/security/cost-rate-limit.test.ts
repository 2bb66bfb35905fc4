/**
 * The rate limit of anonymous callers by address (issue 11), set low here: 1,000 points a window, each request
 * spending at least 100. Logged-in users are not counted; a request whose token does not authenticate is.
 */
import { describe, expect, test } from 'vitest';
import { useServer } from '../support/useServer.js';

const QUERY = JSON.stringify({ query: '{ policyYear(year: 2025) { year } }' });

describe('the anonymous rate limit', () => {
  const s = useServer({ env: { CUNCE_COST_ANONYMOUS: '1000', CUNCE_ANON_RATE_POINTS: '1000', CUNCE_ANON_RATE_WINDOW: '600' } });

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      json: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
    };
  };

  test('an address that spent its points is refused with 429 RATE_LIMITED saying when to retry, and logged-in users are still answered', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const res = await post(QUERY);
      statuses.push(res.status);
      if (res.status !== 200) refused = res;
    }
    // Of the 1,000 points, the server's start (waiting for an answer) and the suite's login spent 100 each.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    const error = refused!.json.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    const seconds = error.extensions.retryAfter as number;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(refused!.retryAfter).toBe(String(seconds));
    expect(error.message).toContain(`${seconds}秒后再试`);

    expect((await s.admin.request('{ policyYear(year: 2025) { year } }')).data).toEqual({ policyYear: { year: 2025 } });
  });

  test('a token that does not authenticate counts as anonymous', async () => {
    const res = await post(QUERY, { authorization: 'Bearer not-a-token' });
    expect(res.status).toBe(429);
    expect(res.json.errors![0]!.extensions.code).toBe('RATE_LIMITED');
  });

  test('once spent, an address is refused before its body is read', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(429);
    expect(res.json.errors![0]!.extensions.code).toBe('RATE_LIMITED');
  });
});
