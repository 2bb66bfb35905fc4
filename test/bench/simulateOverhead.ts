/**
 * (a) `simulate` of a 2,000-member village over HTTP (no traces) against the in-process evaluation producing
 * the same outcomes, serialised (JSON.stringify of @cunce/rules' `simulate` result).
 */
import { isDeepStrictEqual } from 'node:util';
import { simulate, type MemberInput, type RuleSet } from '@cunce/rules';
import { policies } from '../support/expected.js';
import type { Client } from '../support/gql.js';
import { SIMULATE } from '../support/operations.js';
import { cpuPerRun, medianMs, ms } from './measure.js';

const kb = (chars: number) => `${Math.round(chars / 1024)} KB`;

const RUNS = 15;
const WARMUP = 3;

export async function simulateOverhead(anon: Client, doc: RuleSet, roster: MemberInput[], serverPid: number): Promise<number> {
  // A fresh copy of the document each run, as the server gets one per request: the rules package caches its
  // compiled plan per document object, which would otherwise favour the in-process side.
  const inProcess = async () => {
    const result = await simulate(structuredClone(doc), roster, policies, { year: doc.year });
    if (!result.ok) throw new Error('the bench roster does not evaluate');
    return JSON.stringify(result.simulation);
  };
  const overHttp = async () => (await anon.ok(SIMULATE, { ruleSet: doc, members: roster })).simulate;

  const same = isDeepStrictEqual(await overHttp(), JSON.parse(await inProcess()));
  const local = await medianMs(RUNS, WARMUP, inProcess);
  const http = await medianMs(RUNS, WARMUP, overHttp);
  const ratio = http / local;
  // What any JSON API must add to the in-process call: the client encodes the request and decodes the answer,
  // the server decodes the request and encodes the answer (here in one process, with no HTTP and no GraphQL).
  const answer = JSON.stringify({ data: { simulate: await overHttp() } });
  const floor = await medianMs(RUNS, WARMUP, async () => {
    const request = JSON.stringify({ query: SIMULATE, variables: { ruleSet: doc, members: roster } });
    const received = JSON.parse(request) as { variables: { ruleSet: RuleSet; members: MemberInput[] } };
    const result = await simulate(received.variables.ruleSet, received.variables.members, policies, { year: doc.year });
    if (!result.ok) throw new Error('the bench roster does not evaluate');
    JSON.stringify({ data: { simulate: result.simulation } });
    return JSON.parse(answer);
  });
  const cpuLocal = (await cpuPerRun(RUNS, inProcess)).client;
  const cpuHttp = await cpuPerRun(RUNS, overHttp, serverPid);
  console.log(
    `simulate ${roster.length} members: in-process + JSON.stringify ${ms(local)}, over HTTP ${ms(http)} (medians of ${RUNS}); same outcomes: ${same ? 'yes' : 'NO'}`,
  );
  console.log(
    `  CPU time a call: in-process ${ms(cpuLocal)}, over HTTP ${ms(cpuHttp.server + cpuHttp.client)} (server ${ms(cpuHttp.server)}, client ${ms(cpuHttp.client)}): ${((cpuHttp.server + cpuHttp.client) / cpuLocal).toFixed(2)}×`,
  );
  console.log(
    `  floor of any JSON API: the same evaluation with the request and the answer encoded and decoded once each, no HTTP, no GraphQL: ${ms(floor)} = ${(floor / local).toFixed(2)}× (request ${kb(JSON.stringify({ query: SIMULATE, variables: { ruleSet: doc, members: roster } }).length)}, answer ${kb(answer.length)})`,
  );
  console.log(`simulate overhead: ${ratio.toFixed(2)}×`);
  if (!same) process.exitCode = 1;
  return ratio;
}
