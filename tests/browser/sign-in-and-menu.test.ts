import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { persons, users } from '../../src/db/schema';
import { DEMO_PASSWORD, expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

describe('sign-in and the menu each role sees', () => {
  const suite = useBrowserSuite();

  it('the sign-in page names the product and, in demo mode, lists the demo accounts and password', async () => {
    const { page } = suite;
    await page.goto('/');
    await page.waitForURL('**/login');
    await expect(page.getByRole('heading', { name: 'VinhDanh' }).textContent()).resolves.toBe('VinhDanh');
    expect(await page.getByTestId('app-subtitle').textContent()).toBe('Hệ thống quản lý thi đua, khen thưởng');
    const demo = page.getByTestId('demo-accounts');
    await demo.waitFor();
    for (const username of ['demo.admin', 'demo.vanphong', 'demo.giamdoc', 'demo.truongphong', 'demo.daumoi', 'demo.hoidong', 'demo.canbo']) {
      expect(await demo.getByText(username, { exact: true }).count()).toBe(1);
    }
    expect(await page.getByTestId('demo-password').textContent()).toContain(DEMO_PASSWORD);
    expectNoPageErrors(suite);
  });

  it('a wrong password gets a Vietnamese message on the sign-in page', async () => {
    const { page } = suite;
    await page.goto('/login');
    await page.getByTestId('signin-username').fill('demo.vanphong');
    await page.getByTestId('signin-password').fill('sai-mat-khau-1');
    await page.getByTestId('signin-submit').click();
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(page.url()).toContain('/login');
  });

  const roles = [
    { username: 'demo.admin', admin: true, calendar: true, importPeople: true },
    { username: 'demo.vanphong', admin: false, calendar: true, importPeople: true },
    { username: 'demo.giamdoc', admin: false, calendar: false, importPeople: false },
    { username: 'demo.truongphong', admin: false, calendar: false, importPeople: false },
    { username: 'demo.daumoi', admin: false, calendar: false, importPeople: false },
    { username: 'demo.hoidong', admin: false, calendar: false, importPeople: false },
    { username: 'demo.canbo', admin: false, calendar: false, importPeople: false },
  ];
  // The TĐKT office keeps the working calendar (days off, swapped days), so it sees Quản trị with that one entry.
  it.each(roles)('$username sees Quản trị: $admin, Lịch làm việc: $calendar, Nhập từ Excel: $importPeople', async ({ username, admin, calendar, importPeople }) => {
    const { page } = suite;
    await signInAs(page, username);
    for (const key of ['overview', 'units', 'people', 'movements', 'proposals', 'council', 'decisions', 'reports', 'honours']) {
      expect(await page.getByTestId(`menu-${key}`).count(), `menu-${key}`).toBe(1);
    }
    expect(await page.getByTestId('menu-admin').count()).toBe(admin || calendar ? 1 : 0);
    expect(await page.getByTestId('menu-calendar').count()).toBe(calendar ? 1 : 0);
    expect(await page.getByTestId('menu-users').count()).toBe(admin ? 1 : 0);
    expect(await page.getByTestId('menu-audit').count()).toBe(admin ? 1 : 0);
    // Modules still to come are shown greyed, not as links.
    const council = page.locator('li.ant-menu-item', { has: page.getByTestId('menu-council') });
    expect(await council.getAttribute('aria-disabled')).toBe('true');

    await page.getByTestId('menu-people').click();
    await page.waitForURL('**/people');
    await page.getByTestId('person-row').first().waitFor();
    expect(await page.getByTestId('people-import').count()).toBe(importPeople ? 1 : 0);
    expectNoPageErrors(suite);
  });

  it('staff see only themselves in the people list', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    const [self] = await db
      .select({ fullName: persons.fullName })
      .from(users)
      .innerJoin(persons, eq(persons.id, users.personId))
      .where(eq(users.username, 'demo.canbo'));
    await signInAs(page, 'demo.canbo');
    await page.goto('/people');
    await page.getByTestId('person-row').first().waitFor();
    expect(await page.getByTestId('person-link').allTextContents()).toEqual([self!.fullName]);
  });

  it('a page the role does not reach says so instead of showing it', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.giamdoc');
    await page.goto('/admin/users');
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('accounts-page').count()).toBe(0);
  });

  it('signing out returns to the sign-in page, and the app is closed again', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL('**/login');
    await page.goto('/people');
    await page.waitForURL('**/login?next=%2Fpeople');
    expectNoPageErrors(suite);
  });

  it('after sign-in the user lands on the page they asked for', async () => {
    const { page } = suite;
    await page.goto('/units');
    await page.waitForURL('**/login?next=%2Funits');
    await page.getByTestId('signin-username').fill('demo.vanphong');
    await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('units-page').waitFor();
    expect(await page.getByText('Phòng Quản lý khoa học').count()).toBeGreaterThan(0);
  });

  it('the language switch turns the interface to English and is remembered', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    expect(await page.getByTestId('menu-people').textContent()).toBe('Cán bộ');
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('menu-people').textContent()).toBe('People');
    await page.reload();
    await page.getByTestId('menu-people').waitFor();
    expect(await page.getByTestId('menu-people').textContent()).toBe('People');
    await page.getByTestId('lang-vi').click();
    expect(await page.getByTestId('menu-people').textContent()).toBe('Cán bộ');
  });

  // Last in this file: it locks demo.hoidong for the rest of the suite.
  it('a locked-out account sees the lock-out message on the sign-in page', async () => {
    const { page } = suite;
    await page.goto('/login');
    let status = 0;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByTestId('signin-username').fill('demo.hoidong');
      await page.getByTestId('signin-password').fill(`sai-mat-khau-${attempt}`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
        page.getByTestId('signin-submit').click(),
      ]);
      status = response.status();
    }
    expect(status).toBe(423);
    await page.getByTestId('signin-error').filter({ hasText: 'tạm khóa' }).waitFor();
  });
});
