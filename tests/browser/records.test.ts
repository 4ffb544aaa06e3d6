import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { agencySettings, persons, ratings, units } from '../../src/db/schema';
import { subtreeOf } from '../../src/domain/policies';
import { chooseOption, expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

/** Types a name into a person picker and takes the match. */
const pickPerson = (page: Page, testId: string, fullName: string) =>
  chooseOption(page, page.getByTestId(testId), fullName, { type: true });

const pickOption = (page: Page, fieldId: string, label: string) =>
  chooseOption(page, page.locator('.ant-select', { has: page.locator(fieldId) }), label);

describe('TĐKT records: ratings, the cap report, records of a person, the agency regulation', () => {
  const suite = useBrowserSuite();

  it('a rating without a level, then without a person, is refused with Vietnamese messages next to the fields, and nothing is saved', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    const before = (await db.select({ id: ratings.id }).from(ratings)).length;
    await signInAs(page, 'demo.vanphong');
    await page.getByTestId('menu-ratings').click();
    await page.getByTestId('rating-row').first().waitFor();
    await page.getByTestId('rating-create').click();
    await page.getByTestId('rating-save').click();
    const level = page.locator('.ant-form-item', { has: page.locator('#rating_level') });
    await level.locator('.ant-form-item-explain-error').waitFor();
    expect(await level.locator('.ant-form-item-explain-error').textContent()).toBe('Mức xếp loại là bắt buộc');
    // With a level, the missing subject is what the shared schema refuses next.
    await pickOption(page, '#rating_level', 'Hoàn thành tốt nhiệm vụ');
    await page.getByTestId('rating-save').click();
    const person = page.locator('.ant-form-item', { has: page.locator('#rating_personId') });
    await person.locator('.ant-form-item-explain-error').waitFor();
    expect(await person.locator('.ant-form-item-explain-error').textContent()).toBe(
      'Phải chọn đúng một đối tượng: một cán bộ (cá nhân) hoặc một đơn vị (tập thể)',
    );
    expect((await db.select({ id: ratings.id }).from(ratings)).length).toBe(before);
    expectNoPageErrors(suite);
  });

  it('the office records a rating for 2026 and finds it in the list of that year', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/records/ratings');
    await page.getByTestId('rating-create').click();
    await pickPerson(page, 'rating-person', 'Nguyễn Văn An');
    await page.locator('#rating_year').fill('2026');
    await pickOption(page, '#rating_level', 'Hoàn thành xuất sắc nhiệm vụ');
    await page.locator('#rating_decisionNo').fill('15/QĐ-SKHCN');
    await page.getByTestId('rating-save').click();
    await page.getByTestId('rating-save').waitFor({ state: 'detached' });

    const [an] = await db.select({ id: persons.id }).from(persons).where(eq(persons.fullName, 'Nguyễn Văn An'));
    const [saved] = await db.select().from(ratings).where(and(eq(ratings.personId, an!.id), eq(ratings.year, 2026)));
    expect(saved!.level).toBe('HTXSNV');
    expect(saved!.decisionNo).toBe('15/QĐ-SKHCN');

    await page.goto('/records/ratings?year=2026&subject=person');
    const row = page.getByTestId('rating-row').filter({ hasText: 'Nguyễn Văn An' });
    await row.waitFor();
    expect(await row.textContent()).toContain('15/QĐ-SKHCN');
    expectNoPageErrors(suite);
  });

  it('the cap report states the 20% / 25% rule with its article and shows every unit', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/records/ratings?year=2025&tab=cap');
    await page.getByTestId('cap-row').first().waitFor();
    const rule = await page.getByTestId('cap-rule').textContent();
    expect(rule).toContain('20\u00a0%');
    expect(rule).toContain('25\u00a0%');
    // 2025 ratings were made under Nghị định 90/2020 (amended by 48/2023): the banner cites that, not 233/2026.
    const regimes = await page.getByTestId('cap-regimes').textContent();
    expect(regimes).toContain('Nghị định 90/2020/NĐ-CP');
    expect(regimes).toContain('Nghị định 48/2023/NĐ-CP');
    expect(regimes).not.toContain('233/2026');
    const names = await page.getByTestId('cap-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit-name')));
    expect(names).toContain('Phòng Quản lý khoa học');
    // A unit over the cap is flagged in red; within it, in green.
    const rows = page.getByTestId('cap-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const over = (await rows.nth(i).getAttribute('data-over')) === 'true';
      expect(await rows.nth(i).getByTestId('cap-over').count()).toBe(over ? 1 : 0);
    }
    expectNoPageErrors(suite);
  });

  it('a staff member opens their own record from the menu, and has no screening', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.canbo');
    await page.getByTestId('menu-records').waitFor();
    expect(await page.getByTestId('menu-screening').count()).toBe(0);
    expect(await page.getByTestId('menu-regulation').count()).toBe(0);
    await page.getByTestId('menu-myRecord').click();
    await page.getByTestId('person-record-page').waitFor();
    expect(await page.getByTestId('record-person-name').textContent()).toBe('Trần Thị Ngọc Ánh');
    await page.getByTestId('record-year').first().waitFor();
    await page.goto('/screening');
    await page.getByTestId('forbidden').waitFor();
    expectNoPageErrors(suite);
  });

  it("the unit head opening the record of another unit's person sees \"not found\"", async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    const allUnits = await db.select({ id: units.id, parentId: units.parentId, name: units.name }).from(units);
    const qlkh = allUnits.find((u) => u.name === 'Phòng Quản lý khoa học')!;
    const inside = subtreeOf(allUnits, [qlkh.id]);
    const everyone = await db.select({ id: persons.id, unitId: persons.unitId, fullName: persons.fullName }).from(persons);
    const outside = everyone.find((p) => !inside.has(p.unitId))!;
    await signInAs(page, 'demo.truongphong');
    await page.goto(`/people/${outside.id}/record`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByText(outside.fullName).count()).toBe(0);
  });

  it('the office adds a dated rule to the regulation; it applies from its date and the history keeps it', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/settings/regulation');
    const row = page.locator('[data-testid="setting-row"][data-key="ldtt.maternityLeaveCountsAsWork"]');
    await row.waitFor();
    expect(await row.getByTestId('setting-current').textContent()).toContain('Có');
    await row.getByTestId('setting-change').click();
    await page.getByTestId('setting-value-switch').click();
    await page.locator('#setting_effectiveFrom').fill('01/01/2020');
    await page.keyboard.press('Tab');
    await page.locator('#setting_note').fill('Quyết định số 45/QĐ-SKHCN ban hành Quy chế thi đua, khen thưởng');
    await page.getByTestId('setting-save').click();
    await page.getByTestId('setting-save').waitFor({ state: 'detached' });

    await expect.poll(() => row.getByTestId('setting-current').textContent()).toContain('Không');
    await row.getByTestId('setting-history').click();
    const history = page.getByTestId('setting-history-row');
    await history.first().waitFor();
    expect(await history.first().textContent()).toContain('01/01/2020');
    expect(await history.first().textContent()).toContain('45/QĐ-SKHCN');
    const [entry] = await db.select().from(agencySettings).where(eq(agencySettings.key, 'ldtt.maternityLeaveCountsAsWork'));
    expect(entry!.value).toBe(false);
    expect(entry!.effectiveFrom).toBe('2020-01-01');
    expectNoPageErrors(suite);
  });
});
