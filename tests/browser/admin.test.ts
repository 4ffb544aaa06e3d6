import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL('**/login');
}

/** Signs in with a password the admin set: the app asks for a new one before anything else. */
async function firstSignIn(page: Page, username: string, password: string, newPassword: string) {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  const dialog = page.getByTestId('change-password-dialog');
  await dialog.waitFor();
  expect(await page.locator('.ant-modal-title').textContent()).toBe('Bạn cần đổi mật khẩu trước khi tiếp tục');
  await page.getByTestId('current-password').fill(password);
  await page.getByTestId('new-password').fill(newPassword);
  await page.getByTestId('confirm-password').fill(newPassword);
  await page.getByTestId('change-password-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('administration: accounts, passwords, audit log, units', () => {
  const suite = useBrowserSuite();

  it('the admin creates an account; its first sign-in forces a new password', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.getByTestId('menu-users').click();
    await page.getByTestId('accounts-page').waitFor();
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-username').fill('tran.thi.moi');
    await page.getByTestId('account-displayName').fill('Trần Thị Mới');
    await page.getByTestId('account-password').fill('BanDau2025x');
    await page.getByTestId('account-save').click();
    await page.getByTestId('account-row').filter({ hasText: 'tran.thi.moi' }).waitFor();
    expect(await page.getByTestId('account-row').filter({ hasText: 'tran.thi.moi' }).textContent()).toContain('Phải đổi mật khẩu');

    await signOut(page);
    await firstSignIn(page, 'tran.thi.moi', 'BanDau2025x', 'MatKhauRieng2025');
    expect(await page.getByTestId('user-name').textContent()).toBe('Trần Thị Mới');
    expectNoPageErrors(suite);
  });

  it('a weak initial password is refused with the server\'s Vietnamese message next to the field', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.goto('/admin/users');
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-username').fill('yeu.mat.khau');
    await page.getByTestId('account-displayName').fill('Mật khẩu yếu');
    await page.getByTestId('account-password').fill('ngan');
    await page.getByTestId('account-save').click();
    const field = page.locator('.ant-form-item', { has: page.getByTestId('account-password') });
    await field.locator('.ant-form-item-explain-error').waitFor();
    expect(await field.locator('.ant-form-item-explain-error').textContent()).toBe('Mật khẩu phải có ít nhất 10 ký tự.');
  });

  it('after the admin resets a password, the user must change it at sign-in', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.goto('/admin/users');
    await page.getByTestId('account-row').filter({ hasText: 'demo.canbo' }).getByTestId('account-reset').click();
    await page.getByTestId('reset-password').fill('DatLai2025abc');
    await page.getByTestId('reset-save').click();
    await page.getByText('Đã đặt lại mật khẩu cho demo.canbo.').waitFor();

    await signOut(page);
    await firstSignIn(page, 'demo.canbo', 'DatLai2025abc', 'CuaToi2025xyz');
    await page.getByTestId('overview-page').waitFor();
  });

  it('the audit log lists the changes, and the integrity check finds the chain intact', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    // Actions in Vietnamese and subjects by name, not codes and ids.
    const rows = (await page.getByTestId('audit-row').allTextContents()).join('\n');
    expect(rows).toContain('Đặt lại mật khẩu');
    expect(rows).toMatch(/demo\.canbo\)/);
    expect(rows).not.toMatch(/\((person|user|unit|rating)\.[a-z_]+\)/);
    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Chuỗi nhật ký toàn vẹn');
    expectNoPageErrors(suite);
  });

  it('the office adds a unit under another, and the tree shows it there', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.getByTestId('menu-units').click();
    await page.getByTestId('unit-create').click();
    await page.getByTestId('unit-name').fill('Tổ Thông tin khoa học');
    await page.getByTestId('unit-code').fill('TTKH');
    await page.locator('#unit_parentId').click();
    await page.keyboard.type('quan ly khoa hoc');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Phòng Quản lý khoa học' }).click();
    await page.getByTestId('unit-save').click();
    const row = page.getByTestId('unit-row').filter({ hasText: 'Tổ Thông tin khoa học' });
    await row.waitFor();
    expect(await row.textContent()).toContain('TTKH');
    expectNoPageErrors(suite);
  });
});
