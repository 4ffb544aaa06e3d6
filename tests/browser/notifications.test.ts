import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { notifications, users } from '../../src/db/schema';
import { notify } from '../../src/server/platform/notifications';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

describe('notifications: the bell, the list, mark as read, email choices; the admin\'s outbox', () => {
  const suite = useBrowserSuite();

  async function notifyUser(username: string, titles: string[]) {
    const { database, app } = suite.server;
    const [u] = await database.db.select().from(users).where(eq(users.username, username));
    for (const title of titles) {
      await database.db.transaction((tx) =>
        notify(app.ctx, tx, { agencyId: u!.agencyId, to: { userIds: [u!.id] }, kind: 'import.failed', title, body: 'Tệp có 2 dòng lỗi; không có dòng nào được ghi.', link: '/people' }),
      );
    }
  }

  it('the bell shows the unread count; the list opens; marking read lowers the count', async () => {
    const { page } = suite;
    // The demo's proposals already notified the office: start this check from an empty bell.
    const [office] = await suite.server.database.db.select().from(users).where(eq(users.username, 'demo.vanphong'));
    await suite.server.database.db.delete(notifications).where(eq(notifications.userId, office!.id));
    await notifyUser('demo.vanphong', ['Nhập danh sách cán bộ không thành công', 'Nhập kết quả xếp loại không thành công']);
    await signInAs(page, 'demo.vanphong');
    const count = page.getByTestId('bell-count');
    await expect.poll(() => count.textContent()).toBe('2');
    expect(await page.getByTestId('notification-bell').getAttribute('aria-label')).toBe('2 thông báo chưa đọc');

    await page.getByTestId('notification-bell').click();
    const items = page.getByTestId('bell-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('Nhập kết quả xếp loại không thành công');
    await items.first().getByTestId('bell-mark-read').click();
    await expect.poll(() => count.textContent()).toBe('1');
    await expect.poll(() => items.first().getAttribute('data-unread')).toBe('false');

    // The page "Thông báo": mark all read.
    await page.getByTestId('bell-see-all').click();
    await page.getByTestId('notifications-page').waitFor();
    await expect.poll(() => page.getByTestId('notification-row').count()).toBe(2);
    await page.getByTestId('notifications-mark-all').click();
    await expect.poll(() => page.getByTestId('notification-row').filter({ has: page.locator('[data-unread="true"]') }).count()).toBe(0);
    await expect.poll(async () => (await count.textContent()) ?? '').toBe('');
    expect(await page.locator('[data-testid="notification-row"][data-unread="true"]').count()).toBe(0);

    // Email choices: "import.failed" is on by default; turn it off, and it stays off.
    await page.getByTestId('notifications-tab-settings').click();
    const toggle = page.getByTestId('pref-email-import.failed');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await page.reload();
    await page.getByTestId('notifications-tab-settings').click();
    await expect.poll(() => page.getByTestId('pref-email-import.failed').getAttribute('aria-checked')).toBe('false');
    expectNoPageErrors(suite);
  });

  it('the admin sees mail waiting for SMTP in Quản trị › Thư điện tử, with its delivery log', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.getByTestId('menu-mail').click();
    await page.getByTestId('mail-page').waitFor();
    expect(await page.getByTestId('mail-smtp-status').textContent()).toContain('Chưa cấu hình SMTP');
    await page.getByTestId('mail-test-address').fill('kiem-tra@example.gov.vn');
    await page.getByTestId('mail-test-send').click();
    const row = page.getByTestId('mail-row').filter({ hasText: 'kiem-tra@example.gov.vn' });
    await expect.poll(async () => {
      await page.getByTestId('mail-refresh').click();
      return (await row.textContent()) ?? '';
    }, { timeout: 15_000 }).toContain('Chưa gửi — chưa cấu hình SMTP');
    await row.click();
    await page.getByTestId('mail-detail').waitFor();
    expect(await page.getByTestId('mail-attempt').first().textContent()).toContain('Chưa cấu hình SMTP');
    expect(await page.getByTestId('mail-detail').textContent()).toContain('Thư thử');
    expectNoPageErrors(suite);
  });
});
