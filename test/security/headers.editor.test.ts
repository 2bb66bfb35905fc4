/**
 * The editor under its Content-Security-Policy in Chromium: the administrator logs in and opens every main page
 * (the area tree, a village's year, the dashboard's charts, users, policy years, divisions, projection, audit
 * log, donations) with no CSP violation and no error in the console, while a script injected into the page is
 * refused by the same policy.
 */
import { chromium, selectors, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEditor } from '../browser/support/editorBuild.js';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from '../browser/support/browser.js';
import { ADMIN_PASSWORD } from '../support/server.js';
import { useServer } from '../support/useServer.js';

beforeAll(() => buildEditor(), 300_000);
const suite = useServer();
let browser: Browser;
beforeAll(async () => {
  selectors.setTestIdAttribute('data-test');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

const PAGES = [
  '/',
  '/village/640121102201/2025',
  '/dashboard',
  '/admin/users',
  '/admin/policy-years',
  '/admin/divisions',
  '/projection',
  '/audit',
  '/donations',
];

declare global {
  interface Window {
    cspViolations?: string[];
    injectedRan?: boolean;
  }
}

test('every main page of the editor works under the policy: no violation, no console error; an injected inline script is refused', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', baseURL: new URL(suite.server.url).origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  try {
    await page.goto('/login');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    const violations: Record<string, string[]> = {};
    for (const path of PAGES) {
      await page.goto(path);
      await page.getByTestId('current-user').waitFor();
      await page.waitForLoadState('networkidle');
      violations[path] = await page.evaluate(() => window.cspViolations ?? []);
    }
    expect(violations).toEqual(Object.fromEntries(PAGES.map((p) => [p, []])));
    expect(problems).toEqual([]);

    const refused = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: window.injectedRan === true, violations: window.cspViolations ?? [] };
    });
    expect(refused).toEqual({ ran: false, violations: [expect.stringMatching(/^script-src/)] });
  } finally {
    await context.close();
  }
});
