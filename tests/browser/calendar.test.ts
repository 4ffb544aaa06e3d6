import { describe, expect, it } from 'vitest';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

describe('the working calendar', () => {
  const suite = useBrowserSuite();

  it('the office reads the 2025 days off with the swapped Saturday, adds a day of its own and removes it', async () => {
    const { page } = suite;
    const chooseYear = async (year: number) => {
      await page.getByTestId('calendar-year').click();
      await page.locator('.ant-select-item-option', { hasText: String(year) }).click();
    };
    await signInAs(page, 'demo.vanphong');
    await page.getByTestId('menu-calendar').click();
    await page.getByTestId('calendar-page').waitFor();
    await chooseYear(2025);
    const saturday = page.getByTestId('calendar-day-2025-04-26');
    await saturday.waitFor();
    expect(await saturday.textContent()).toContain('26/04/2025 Thứ Bảy');
    expect(await saturday.textContent()).toContain('Làm việc bù cho thứ Sáu 02/5/2025');
    expect(await page.getByTestId('calendar-day-2025-01-29').textContent()).toContain('Tết Nguyên đán Ất Tỵ (mùng 1)');

    await page.getByTestId('calendar-add-date').fill('14/03/2025');
    await page.getByTestId('calendar-add-name').fill('Ngày truyền thống của ngành');
    await page.getByTestId('calendar-add-submit').click();
    const own = page.getByTestId('calendar-day-2025-03-14');
    await own.waitFor();
    expect(await own.textContent()).toContain('Của cơ quan');

    await page.getByTestId('calendar-add-date').fill('30/04/2025');
    await page.getByTestId('calendar-add-name').fill('Nghỉ');
    await page.getByTestId('calendar-add-submit').click();
    await page.getByTestId('calendar-add-error').waitFor();
    expect(await page.getByTestId('calendar-add-error').textContent()).toBe('Ngày 30/04/2025 đã là ngày nghỉ; không cần thêm.');

    await own.getByTestId('calendar-remove').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await own.waitFor({ state: 'detached' });

    await chooseYear(2027);
    await page.getByTestId('calendar-undated').waitFor();
    expect(await page.getByTestId('calendar-day-2027-05-03').textContent()).toContain('Theo Bộ luật Lao động');
    expectNoPageErrors(suite);
  });
});
