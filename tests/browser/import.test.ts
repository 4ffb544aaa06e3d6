import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BAD_PEOPLE_ERRORS, badPeopleXlsx, GOOD_PEOPLE, goodPeopleXlsx } from '../fixtures/make-people-fixtures';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/people/import');
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: XLSX, buffer });
}

describe('importing people from Excel', () => {
  const suite = useBrowserSuite();

  it('a file with mistakes lists each error by row and column, and nothing is imported', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await chooseFile(page, 'can-bo-loi.xlsx', await badPeopleXlsx());
    const table = page.getByTestId('import-errors');
    await table.waitFor();
    const rows = await table.getByTestId('import-error-row').allTextContents();
    expect(rows).toHaveLength(BAD_PEOPLE_ERRORS.length);
    for (const [i, e] of BAD_PEOPLE_ERRORS.entries()) {
      expect(rows[i]).toContain(`${e.row}${e.column}${e.header}`);
      expect(rows[i]).toContain(e.message);
    }
    expect(await page.getByTestId('import-confirm').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-errors-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    await page.goto('/people?q=ha%20thi%20lan');
    await page.getByTestId('people-page').waitFor();
    await expect.poll(() => page.getByText('Không có cán bộ nào phù hợp').count()).toBe(1);
    expectNoPageErrors(suite);
  });

  it('a good file is checked, previewed, imported, and its people are in the list', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await chooseFile(page, 'can-bo.xlsx', await goodPeopleXlsx());
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toBe(`Nhập ${GOOD_PEOPLE.length} cán bộ`);
    expect(await page.getByTestId('import-preview').textContent()).toContain('Đinh Thị Yến');
    await confirm.click();
    const success = page.getByTestId('import-success');
    await success.waitFor();
    expect(await success.textContent()).toContain(`Đã nhập ${GOOD_PEOPLE.length} cán bộ`);

    await page.getByTestId('import-see-list').click();
    await page.getByTestId('people-search').fill('dinh thi yen');
    await expect.poll(() => page.getByTestId('person-link').allTextContents()).toEqual(['Đinh Thị Yến']);
    expectNoPageErrors(suite);
  });
});
