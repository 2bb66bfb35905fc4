/**
 * Debian's Chromium (/usr/bin/chromium) driven by playwright-core, one browser per suite file. Each person in a
 * scenario gets a context of their own (their own localStorage: their own login and unsaved drafts), as on their
 * own computer, with a 1366×768 window. Locators find `data-test` attributes (`page.getByTestId`).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, selectors, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { screenshots, type Screenshots } from './screenshots.js';
import './provided.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const VIEWPORT = { width: 1366, height: 768 };
/** How long a locator waits for the page to get there (a click, a server round trip, a re-render). */
export const UI_TIMEOUT = 20_000;
/** The year the suites' villages work in. */
export const PILOT_YEAR = 2025;

export interface BrowserSuite {
  browser: Browser;
  origin: string;
  shots: Screenshots;
  /**
   * A fresh window for one person; problems the page reports (uncaught errors) are collected in `errors`. The pages
   * open on the pilot year (PILOT_YEAR, as if chosen on the area page) unless `year: 'today'`, where the editor takes
   * it from the day and the policy years.
   */
  person(name: string, options?: { year?: 'pilot' | 'today' }): Promise<Person>;
}

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page, for assertions and failure reports. */
  errors: string[];
}

let testIdSet = false;

/** Launches Chromium before the file's tests, closes it after; screenshots every open page of a failing test. */
export function useBrowser(suite: string): BrowserSuite {
  const people: Person[] = [];
  const ctx = { shots: screenshots(suite) } as BrowserSuite;
  beforeAll(async () => {
    if (!testIdSet) {
      selectors.setTestIdAttribute('data-test');
      testIdSet = true;
    }
    ctx.origin = inject('origin');
    ctx.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await ctx.browser?.close();
  });
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    for (const p of people) await ctx.shots.take(p.page, `FAILED-${p.name}`).catch(() => undefined);
  });
  ctx.person = async (name, options = {}) => {
    const context = await ctx.browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: ctx.origin });
    if (options.year !== 'today')
      await context.addInitScript(`sessionStorage.getItem('cunce.year') || sessionStorage.setItem('cunce.year', '${PILOT_YEAR}')`);
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    const person: Person = { name, context, page, errors: [] };
    page.on('pageerror', (e) => person.errors.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') person.errors.push(m.text());
    });
    people.push(person);
    context.on('close', () => people.splice(people.indexOf(person), 1));
    return person;
  };
  return ctx;
}
