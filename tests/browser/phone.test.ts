/**
 * The app on a phone (390 × 844, touch): sign-in, the menu in a drawer, people search, a person's
 * TĐKT record and the screening with its explanation, each without the page running wider than the
 * screen and with its key controls visible and usable.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { persons } from '../../src/db/schema';
import { DEMO_PASSWORD, expectNoPageErrors, PHONE_VIEWPORT, useBrowserSuite } from './harness';

/** The document is no wider than the screen (nothing forces sideways scrolling of the page). */
async function expectFitsWidth(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${where}: page ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/** Visible, inside the screen's width, and wide enough to use (not squeezed to nothing). */
async function expectUsable(el: Locator, minWidth: number, what: string) {
  await el.waitFor();
  const box = (await el.boundingBox())!;
  expect(box, what).not.toBeNull();
  expect(box.width, `${what} width`).toBeGreaterThanOrEqual(minWidth);
  expect(box.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right edge`).toBeLessThanOrEqual(PHONE_VIEWPORT.width + 0.5);
}

/** The suite's page at a phone's size (a failing test still leaves its screenshot). */
async function phonePage(suite: ReturnType<typeof useBrowserSuite>): Promise<Page> {
  await suite.page.setViewportSize(PHONE_VIEWPORT);
  return suite.page;
}

async function signInOnPhone(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Opens the menu from the header's button and follows an entry; the drawer closes behind it. */
async function goByMenu(page: Page, key: string, url: string) {
  await page.getByTestId('menu-toggle').click();
  const drawer = page.locator('.vd-menu-drawer .ant-drawer-section');
  await drawer.waitFor();
  await drawer.getByTestId(`menu-${key}`).click();
  await page.waitForURL(url);
  await expect.poll(() => page.locator('.vd-menu-drawer.ant-drawer-open').count()).toBe(0);
}

describe('on a phone (390 px)', () => {
  const suite = useBrowserSuite();

  it('the sign-in page is usable: a wide username box, "Đăng nhập" on one line, and signing in works', async () => {
    const page = await phonePage(suite);
    await page.goto('/login');
    await expectUsable(page.getByTestId('signin-username'), 250, 'username box');
    await expectUsable(page.getByTestId('signin-password'), 250, 'password box');
    await expectUsable(page.getByTestId('signin-submit'), 250, 'sign-in button');
    expect((await page.getByTestId('signin-submit').textContent())?.trim()).toBe('Đăng nhập');
    // One line: the heading is about one line-height tall, not a column of letters.
    const heading = (await page.getByTestId('signin-title').boundingBox())!;
    expect(heading.height).toBeLessThan(50);
    expect(heading.width).toBeGreaterThan(100);
    const button = (await page.getByTestId('signin-submit').boundingBox())!;
    expect(button.height).toBeLessThan(60);
    await expectFitsWidth(page, 'sign-in');
    await page.getByTestId('signin-username').fill('demo.vanphong');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('overview-page').waitFor();
    await expectFitsWidth(page, 'overview');
    expectNoPageErrors(suite);
  });

  it('the side menu is folded into a drawer opened from the header, and it navigates', async () => {
    const page = await phonePage(suite);
    await signInOnPhone(page, 'demo.vanphong');
    // No side bar taking the screen: the content starts at the left edge.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    const content = (await page.getByTestId('overview-page').boundingBox())!;
    expect(content.x).toBeLessThan(20);
    expect(content.width).toBeGreaterThan(PHONE_VIEWPORT.width - 40);
    await expectUsable(page.getByTestId('menu-toggle'), 24, 'menu button');
    expect(await page.getByTestId('menu-toggle').getAttribute('aria-expanded')).toBe('false');
    await goByMenu(page, 'people', '**/people');
    await page.getByTestId('person-row').first().waitFor();
    await goByMenu(page, 'regulation', '**/settings/regulation');
    await page.getByTestId('setting-row').first().waitFor();
    await expectFitsWidth(page, 'regulation');
    expectNoPageErrors(suite);
  });

  it('people search finds a person by name typed without accents, and the list stays within the screen', async () => {
    const page = await phonePage(suite);
    await signInOnPhone(page, 'demo.vanphong');
    await goByMenu(page, 'people', '**/people');
    await page.getByTestId('person-row').first().waitFor();
    await expectUsable(page.getByTestId('people-search'), 200, 'search box');
    await page.getByTestId('people-search').fill('nguyen van an');
    await expect.poll(() => page.getByTestId('person-link').allTextContents()).toContain('Nguyễn Văn An');
    await expectFitsWidth(page, 'people list');
    await expectUsable(page.getByTestId('person-link').first(), 60, 'first name in the list');
    await page.getByTestId('person-link').filter({ hasText: 'Nguyễn Văn An' }).first().click();
    await page.waitForURL(/\/people\/[0-9a-f-]+$/);
    await page.getByTestId('assignment-row').first().waitFor();
    await expectFitsWidth(page, 'person page');
    expectNoPageErrors(suite);
  });

  it("a person's TĐKT record: the yearly timeline and the eligibility check fit the screen", async () => {
    const db = suite.server.database.db;
    const [trang] = await db.select({ id: persons.id }).from(persons).where(eq(persons.fullName, 'Hoàng Thị Thu Trang'));
    const page = await phonePage(suite);
    await signInOnPhone(page, 'demo.vanphong');
    await page.goto(`/people/${trang!.id}/record`);
    await page.getByTestId('record-timeline').waitFor();
    expect(await page.getByTestId('record-person-name').textContent()).toBe('Hoàng Thị Thu Trang');
    await expectUsable(page.getByTestId('record-timeline'), 300, 'timeline');
    await page.getByTestId('check-result').getByTestId('verdict-line').first().waitFor();
    await expectUsable(page.getByTestId('check-result').getByTestId('verdict-line').first(), 280, 'first criterion line');
    await expectFitsWidth(page, 'TĐKT record');
    expectNoPageErrors(suite);
  });

  it('the screening: summary, table and the explanation drawer fit the screen', async () => {
    const page = await phonePage(suite);
    await signInOnPhone(page, 'demo.vanphong');
    await goByMenu(page, 'screening', '**/screening');
    await page.getByTestId('screening-row').first().waitFor();
    await expectUsable(page.getByTestId('summary-LDTT'), 150, 'LĐTT summary');
    await expectFitsWidth(page, 'screening');
    await page.getByTestId('screening-search').fill('Bế Văn Toản');
    const row = page.locator('[data-testid="screening-row"][data-person-name="Bế Văn Toản"]');
    await row.waitFor();
    await row.getByTestId('screening-cell-LDTT').click();
    const drawer = page.getByTestId('verdict-drawer');
    await drawer.getByTestId('verdict-line').first().waitFor();
    // Measure the drawer once it has finished sliding in (on a busy machine the animation is still running at first).
    const panelBox = async () => (await page.locator('.vd-verdict-drawer .ant-drawer-section').boundingBox())!;
    await expect.poll(async () => { const b = await panelBox(); return b.x + b.width; }, { timeout: 10_000 }).toBeLessThanOrEqual(PHONE_VIEWPORT.width + 0.5);
    expect((await panelBox()).x).toBeGreaterThanOrEqual(0);
    await expectUsable(drawer.getByTestId('verdict-line').first(), 250, 'criterion line in the drawer');
    await expectFitsWidth(page, 'screening with the explanation open');
    expectNoPageErrors(suite);
  });

  it('at 360 px, the narrowest phone, the main screens still fit the width', async () => {
    const { page } = suite;
    await page.setViewportSize({ width: 360, height: 740 });
    await signInOnPhone(page, 'demo.vanphong');
    const screens: [string, string][] = [
      ['/', 'overview-page'],
      ['/people', 'person-row'],
      ['/units', 'unit-row'],
      ['/screening?year=2025', 'screening-row'],
      ['/records/ratings?year=2025', 'rating-row'],
      ['/records/ratings?year=2025&tab=cap', 'cap-row'],
      ['/records/awards', 'award-row'],
      ['/records/initiatives', 'initiative-row'],
      ['/records/discipline?tab=inspections', 'inspection-row'],
      ['/settings/regulation', 'setting-row'],
      ['/people/import', 'import-template'],
    ];
    for (const [url, testId] of screens) {
      await page.goto(url);
      await page.getByTestId(testId).first().waitFor();
      const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
      expect(scrollWidth, `${url} is ${scrollWidth} px wide at 360 px`).toBeLessThanOrEqual(360);
    }
    expectNoPageErrors(suite);
  });
});
