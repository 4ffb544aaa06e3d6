/**
 * Browser journeys against the real server: a fresh PGlite database with the demo data, the built
 * web app (dist/web), and the system's Chromium driven by playwright-core. A failing test leaves a
 * full-page screenshot in tests/browser/__screenshots__/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed';
import { createTestDatabase } from '../support/databases';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const WEB_DIR = path.join(REPO_ROOT, 'dist/web');
export const SCREENSHOT_DIR = path.join(here, '__screenshots__');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export { DEMO_PASSWORD };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Browser tests never skip silently: without Chromium they fail and say how to install it. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}, which is missing. Install it with:\n\n    apt-get install -y chromium\n\n(do not use "npx playwright install").`,
    );
  }
}

/** The tests drive the built web app; `npm test` builds it first. */
export function assertWebBuilt(): void {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIR}/index.html is missing). Run: npm run build:web`);
  }
}

export interface RunningServer {
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The real server in this process on a free port, over a fresh database seeded with the demo data. */
export async function startServer(): Promise<RunningServer> {
  assertWebBuilt();
  const database = await createTestDatabase('pglite');
  await seedDemo(database.db);
  // Every test signs in from 127.0.0.1: lift the per-address limit so a long suite is not throttled.
  const config = loadConfig({ VD_WEB_DIR: WEB_DIR, VD_LOGIN_MAX_PER_IP: '10000' });
  const app = await buildApp({ database, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A phone's viewport (an iPhone 12–15 in portrait): the narrowest layout the app is tested at. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export async function newContext(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
): Promise<BrowserContext> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport, isMobile: phone, hasTouch: phone });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs in through the sign-in page and waits for the app's frame. */
export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Picks an option of an antd Select as a user would: opens the field, types to filter when asked, waits
 * until the open dropdown has stopped moving, clicks the option and sees it shown in the field. The wait
 * matters: while a list is still loading the popup grows and may flip above the field, and a click aimed
 * at where the option was lands outside and closes the list.
 */
export async function chooseOption(page: Page, field: Locator, label: string, options: { type?: boolean } = {}): Promise<void> {
  await field.click();
  if (options.type) await page.keyboard.type(label);
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).first();
  await option.waitFor();
  const settled = () => option.evaluate((el) => {
    const dropdown = el.closest('.ant-select-dropdown');
    return !!dropdown && dropdown.getAnimations({ subtree: true }).length === 0 && !/-(enter|appear|leave)\b/.test(dropdown.className);
  });
  await expect.poll(settled).toBe(true);
  const box = async () => JSON.stringify(await option.boundingBox());
  let last = await box();
  await expect.poll(async () => {
    await page.waitForTimeout(100);
    const now = await box();
    const still = now === last;
    last = now;
    return still;
  }).toBe(true);
  await option.click();
  // A multiple select shows a tag per value, a single select one value.
  await field.locator('.ant-select-selection-item, .ant-select-content-has-value', { hasText: label }).first().waitFor();
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 150);

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** A fresh page (own cookies and storage) for each test. */
  readonly page: Page;
  readonly baseUrl: string;
  /** Errors thrown in the page during the current test. */
  readonly pageErrors: string[];
}

/**
 * Registers the suite's hooks: one server and browser per file, a fresh browser context per test,
 * and a screenshot when a test fails.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assertChromium();
    assertWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    pageErrors.length = 0;
    context = await newContext(browser!, server!.baseUrl);
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${safeName(`${ctx.task.suite?.name ?? ''} ${ctx.task.name}`)}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`Screenshot of the failed test: ${path.relative(REPO_ROOT, file)}`);
      if (pageErrors.length) console.error(`Errors in the page:\n${pageErrors.join('\n')}`);
    }
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
    get baseUrl() {
      return server!.baseUrl;
    },
    pageErrors,
  };
}

/** The page threw nothing during the test (a React crash would show up here). */
export function expectNoPageErrors(suite: BrowserSuite): void {
  expect(suite.pageErrors, 'errors thrown in the page').toEqual([]);
}
