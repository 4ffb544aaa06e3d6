import { describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { attestations, persons, units } from '../../src/db/schema';
import { chooseOption, expectNoPageErrors, signInAs, useBrowserSuite, type BrowserSuite } from './harness';

const COMPLIANCE = 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước';
const PENDING_UNIT = 'Phòng Hạ tầng và An toàn thông tin';

async function openScreening2025(page: Page) {
  await page.goto('/screening?year=2025');
  await page.getByTestId('screening-row').first().waitFor();
  await expect.poll(() => page.getByTestId('screening-subtitle').textContent()).toContain('Năm 2025');
}

async function cellOf(page: Page, fullName: string, award: string) {
  const row = page.getByTestId('screening-table').locator(`[data-testid="screening-row"][data-person-name="${fullName}"]`);
  // The search box filters as one types; type again if the table was still settling.
  await expect.poll(async () => {
    if ((await page.getByTestId('screening-search').inputValue()) !== fullName) await page.getByTestId('screening-search').fill(fullName);
    return page.getByTestId('screening-row').count();
  }, { timeout: 15_000 }).toBe(1);
  await row.waitFor();
  return row.getByTestId(`screening-cell-${award}`);
}

/** The people of the unit whose 2025 review minutes have not reached the office (demo data). */
async function pendingUnitPeople(suite: BrowserSuite) {
  const db = suite.server.database.db;
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.name, PENDING_UNIT));
  return db.select({ id: persons.id, fullName: persons.fullName }).from(persons).where(and(eq(persons.unitId, unit!.id), eq(persons.status, 'active')));
}

describe('attestations: the answers the screening asks for, recorded where the screening points', () => {
  const suite = useBrowserSuite();

  it('the explanation names the missing answer in Vietnamese and links to where it is entered; recording it there changes the verdict', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await openScreening2025(page);
    const cell = await cellOf(page, 'Mông Thị Hạnh', 'BK_TINH');
    expect(await cell.getAttribute('data-status')).toBe('missing_information');
    await cell.click();

    const drawer = page.getByTestId('verdict-drawer');
    const line = drawer.locator('[data-testid="verdict-line"][data-line-id="BK_TINH.compliance"]');
    await line.waitFor();
    const missing = line.locator('[data-testid="verdict-missing-item"][data-answer="exemplaryCompliance"]');
    expect(await missing.textContent()).toBe(COMPLIANCE);
    expect(await drawer.textContent()).not.toContain('flags.');
    await missing.getByTestId('verdict-missing-link').click();

    await page.waitForURL(/\/people\/[^/]+\/record\?attestYear=2025/);
    const dialog = page.getByTestId('attest-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-answer')).toBe('exemplaryCompliance');
    await page.getByTestId('attest-value-yes').click();
    await page.getByTestId('attest-basis').fill('Biên bản họp bình xét ngày 16/12/2025');
    await page.getByTestId('attest-save').click();
    const item = page.locator('[data-testid="attest-item"][data-answer="exemplaryCompliance"]');
    await expect.poll(() => item.getAttribute('data-recorded')).toBe('yes');
    expect(await item.getByTestId('attest-item-value').textContent()).toBe('Có');
    expect(await item.textContent()).toContain('Biên bản họp bình xét ngày 16/12/2025');

    await openScreening2025(page);
    expect(await (await cellOf(page, 'Mông Thị Hạnh', 'BK_TINH')).getAttribute('data-status')).toBe('eligible');
    expectNoPageErrors(suite);
  });

  it('the office attests a whole unit at once, except one person, and the screening changes for all of them', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    const people = (await pendingUnitPeople(suite)).filter((p) => p.fullName !== 'Mông Thị Hạnh');
    expect(people.length).toBeGreaterThanOrEqual(2);
    const [exception, other] = people;

    await signInAs(page, 'demo.vanphong');
    await openScreening2025(page);
    await (await cellOf(page, other!.fullName, 'BK_TINH')).hover();
    await expect.poll(() => page.locator('.ant-tooltip').last().textContent()).toContain(COMPLIANCE);

    await page.goto('/records/attestations');
    await page.getByTestId('attest-bulk').waitFor();
    expect(await page.getByTestId('menu-attestations').count()).toBe(1);
    await page.getByTestId('attest-bulk-unit').click();
    await page.locator('.ant-select-tree-title', { hasText: PENDING_UNIT }).click();
    await chooseOption(page, page.getByTestId('attest-bulk-answer'), COMPLIANCE);
    await page.getByTestId('attest-bulk-value-yes').click();
    // The list of the unit's people loads after the unit is picked: type the name, as a user would, and see it chosen.
    await chooseOption(page, page.getByTestId('attest-bulk-exceptions'), exception!.fullName, { type: true });
    await page.keyboard.press('Escape');
    await page.getByTestId('attest-bulk-basis').fill('Biên bản họp bình xét năm 2025 của Phòng Hạ tầng và An toàn thông tin');
    await page.getByTestId('attest-bulk-submit').click();
    const done = page.getByTestId('attest-bulk-done');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/^Đã ghi cho \d+ người; 1 ngoại lệ; 1 người đã có sẵn cùng giá trị\.$/);

    const answers = await db.select({ personId: attestations.personId, value: attestations.value }).from(attestations)
      .where(and(eq(attestations.year, 2025), eq(attestations.key, 'exemplaryCompliance'), isNull(attestations.unitId)));
    const valueOf = (id: string) => answers.find((a) => a.personId === id)?.value;
    expect(valueOf(exception!.id)).toBe(false);
    expect(valueOf(other!.id)).toBe(true);

    // The screening now reads the unit's answer: met for the others, not met for the exception.
    const complianceOf = async (fullName: string) => {
      await openScreening2025(page);
      await (await cellOf(page, fullName, 'BK_TINH')).click();
      const line = page.getByTestId('verdict-drawer').locator('[data-testid="verdict-line"][data-line-id="BK_TINH.compliance"]');
      await line.waitFor();
      return line.getAttribute('data-result');
    };
    expect(await complianceOf(other!.fullName)).toBe('pass');
    expect(await complianceOf(exception!.fullName)).toBe('fail');
    expectNoPageErrors(suite);
  });
});
