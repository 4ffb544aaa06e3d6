import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

/**
 * The Content-Security-Policy (scripts from the own origin only, no inline script; inline styles
 * allowed for antd) lets the app and the API documentation render in Chromium: no "Refused to …"
 * report on the way through sign-in, the people list and /api/docs.
 */
describe('the app under its Content-Security-Policy', () => {
  const suite = useBrowserSuite();
  const violations = (page: Page) => {
    const seen: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
    });
    return seen;
  };

  it('signs in and shows the people list without a CSP violation', async () => {
    const { page } = suite;
    const seen = violations(page);
    const res = await page.goto('/login');
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signInAs(page, 'demo.vanphong');
    await page.goto('/people');
    // The table is drawn before its rows arrive: wait for the people, as a reader would.
    await page.locator('.ant-table-row').first().waitFor();
    expect(seen).toEqual([]);
    expectNoPageErrors(suite);
  });

  it('renders the API documentation without a CSP violation', async () => {
    const { page } = suite;
    const seen = violations(page);
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info .title').waitFor();
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain('VinhDanh API');
    expect(seen).toEqual([]);
  });
});
