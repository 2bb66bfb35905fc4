/**
 * (d) Floods: small queries (a 1-member simulate and policyYear, in turn, one after another) while three of the
 * heaviest simulate requests the budget allows run without a pause (each answered one sent again), against the
 * same small queries on the idle server in the same run. Anonymous with the anonymous budget, then logged in with
 * the users' budget. The server is started with the anonymous rate limit out of the way: everything here comes
 * from one address, which the rate limit would otherwise refuse (tested in test/security/).
 */
import type { MemberInput, RuleSet } from '@cunce/rules';
import type { Client } from '../support/gql.js';
import { heaviestSimulate, OUTCOME_FIELDS, simulateQuery, type Heavy } from '../support/heaviest.js';
import { fmt, ms } from './measure.js';

const SMALL_SAMPLES = 200;
const HEAVY_RUNNING = 3;
const POLICY_YEAR = '{ policyYear(year: 2025) { year } }';

export async function flood(name: string, client: Client, anon: Client, doc: RuleSet, roster: MemberInput[]): Promise<number> {
  const heavy = await heaviestSimulate(client, doc, OUTCOME_FIELDS, (n) => roster.slice(0, n));
  const small = smallQueries(anon, doc, roster[0]!);
  const idle = await latencies(small, SMALL_SAMPLES);
  let running = true;
  let answered = 0;
  let cost = 0;
  const loops = Array.from({ length: HEAVY_RUNNING }, async () => {
    while (running) {
      const res = await client.request(heavy.query, heavy.variables).catch(retryOnce(() => client.request(heavy.query, heavy.variables)));
      if (res.errors) throw new Error(`the heavy request was refused: ${JSON.stringify(res.errors).slice(0, 300)}`);
      cost = res.extensions!.cost!.requested!;
      answered += 1;
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500)); // all three under way
  const t0 = performance.now();
  const loaded = await latencies(small, SMALL_SAMPLES);
  const seconds = (performance.now() - t0) / 1000;
  running = false;
  await Promise.all(loops);
  const p99 = percentile(loaded, 0.99);
  console.log(`${name} flood: p99 ${ms(p99)} for a small query while ${HEAVY_RUNNING} heavy simulate requests run`);
  console.log(
    `  heavy: ${describe(heavy, cost)}, ${answered} answered in the ${seconds.toFixed(1)} s; small: a 1-member simulate and policyYear in turn, ${SMALL_SAMPLES} one after another`,
  );
  console.log(
    `  small query p50 ${ms(percentile(loaded, 0.5))}, p99 ${ms(p99)}, max ${ms(percentile(loaded, 1))}; on the idle server p50 ${ms(percentile(idle, 0.5))}, p99 ${ms(percentile(idle, 0.99))}: p99 ${(p99 / percentile(idle, 0.99)).toFixed(1)}× idle`,
  );
  return p99;
}

/** A keep-alive connection the server closed just as it was reused fails the request: sent again, once. */
function retryOnce<T>(again: () => Promise<T>): (error: unknown) => Promise<T> {
  return (error) => {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
    return again();
  };
}

function smallQueries(anon: Client, doc: RuleSet, member: MemberInput): () => Promise<unknown> {
  let turn = 0;
  return () => (turn++ % 2 === 0 ? anon.ok(simulateQuery(1), { r: doc, m: [member] }) : anon.ok(POLICY_YEAR));
}

async function latencies(run: () => Promise<unknown>, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function describe(heavy: Heavy, cost: number): string {
  const calls = heavy.aliases === 1 ? `${fmt(heavy.members)} members` : `${heavy.aliases} aliases × ${fmt(heavy.members)} members`;
  return `simulate of ${calls}, every outcome field (cost ${fmt(cost)})`;
}
