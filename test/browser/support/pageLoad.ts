/**
 * What one page load costs in the browser: the JavaScript fetched before the page is ready (bytes on the wire
 * and unpacked, from the Resource Timing entries), the time until it is ready (performance.now() when the
 * `ready` selectors are all on the page, seen by a MutationObserver installed before any script runs), and the
 * GraphQL operations it sent (name and variables), with 4× CPU throttling as on a cadre's slow laptop.
 */
import type { Page } from 'playwright-core';

export interface PageLoad {
  /** Milliseconds from the navigation's start until every `ready` selector was on the page. */
  readyMs: number;
  /** JavaScript files that finished loading before then: their number, bytes as sent, bytes unpacked. */
  scripts: number;
  encodedBytes: number;
  decodedBytes: number;
  /** Of these, the ones the browser asked the server for (not taken from its cache without asking). */
  fetched: number;
  /** GraphQL operations sent until the network was idle after the page was ready, as `Name {variables}`. */
  operations: string[];
}

/** What the in-page functions use of the browser (the test's own types have no DOM: they run in the page). */
interface InPage {
  __readyAt?: number;
  document: { querySelector(selector: string): unknown };
  performance: { now(): number; getEntriesByType(type: 'resource'): ResourceEntry[] };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
}
interface ResourceEntry {
  name: string;
  responseEnd: number;
  encodedBodySize: number;
  decodedBodySize: number;
  transferSize: number;
}

/** Installs the observer that stamps `window.__readyAt` when every selector matches (run once per context). */
export async function watchReady(page: Page, selectors: string[]): Promise<void> {
  await page.addInitScript((wanted: string[]) => {
    const w = globalThis as unknown as InPage;
    const check = () => {
      if (w.__readyAt !== undefined || !wanted.every((s) => w.document.querySelector(s))) return;
      w.__readyAt = w.performance.now();
      observer.disconnect();
    };
    const observer = new w.MutationObserver(check);
    observer.observe(w.document, { childList: true, subtree: true, characterData: true, attributes: true });
  }, selectors);
}

/**
 * Opens `path` with an empty HTTP cache (`cold`) or with what earlier loads left in it, the CPU slowed down
 * `cpuRate` times, and measures the load. `watchReady` must have been called on the page first.
 */
export async function measureLoad(page: Page, path: string, options: { cold: boolean; cpuRate: number }): Promise<PageLoad> {
  const cdp = await page.context().newCDPSession(page);
  if (options.cold) await cdp.send('Network.clearBrowserCache');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
  const operations: string[] = [];
  const onRequest = (req: import('playwright-core').Request) => {
    if (!req.url().endsWith('/graphql') || req.method() !== 'POST') return;
    const body = req.postDataJSON() as { operationName?: string; query?: string; variables?: unknown };
    const name = body.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '(anonymous)';
    operations.push(`${name} ${JSON.stringify(body.variables ?? {})}`);
  };
  page.on('request', onRequest);
  try {
    await page.goto(path);
    await page.waitForFunction(() => (globalThis as unknown as InPage).__readyAt !== undefined, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const figures = await page.evaluate(() => {
      const w = globalThis as unknown as InPage;
      const readyMs = w.__readyAt!;
      const js = w.performance
        .getEntriesByType('resource')
        .filter((r) => /\.js(\?|$)/.test(new URL(r.name).pathname) && r.responseEnd <= readyMs);
      return {
        readyMs,
        scripts: js.length,
        encodedBytes: js.reduce((sum, r) => sum + r.encodedBodySize, 0),
        decodedBytes: js.reduce((sum, r) => sum + r.decodedBodySize, 0),
        fetched: js.filter((r) => r.transferSize > 0).length,
      };
    });
    return { ...figures, operations };
  } finally {
    page.off('request', onRequest);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

/** The operations sent more than once with the same variables. */
export function duplicates(operations: readonly string[]): string[] {
  return [...new Set(operations.filter((op, i) => operations.indexOf(op) !== i))];
}

export const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
