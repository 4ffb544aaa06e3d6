import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { persons, units, users } from '../../src/db/schema';
import { subtreeOf } from '../../src/domain/policies';
import { foldVietnamese } from '../../src/domain/text/vietnamese';
import { expectNoPageErrors, signInAs, useBrowserSuite, type BrowserSuite } from './harness';

async function personNames(page: Page): Promise<string[]> {
  return page.getByTestId('person-link').allTextContents();
}

/** Waits until the list shows only people matching the folded query, and returns their names. */
async function namesMatching(page: Page, folded: string): Promise<string[]> {
  await expect
    .poll(async () => {
      const names = await personNames(page);
      return names.length > 0 && names.every((n) => foldVietnamese(n).includes(folded));
    })
    .toBe(true);
  return personNames(page);
}

/** A person of the demo data outside the subtree of "Phòng Quản lý khoa học", and one inside it. */
async function peopleAroundUnitHead(suite: BrowserSuite) {
  const db = suite.server.database.db;
  const allUnits = await db.select({ id: units.id, parentId: units.parentId, name: units.name }).from(units);
  const qlkh = allUnits.find((u) => u.name === 'Phòng Quản lý khoa học')!;
  const inside = subtreeOf(allUnits, [qlkh.id]);
  const everyone = await db.select({ id: persons.id, unitId: persons.unitId, fullName: persons.fullName }).from(persons);
  return { outside: everyone.find((p) => !inside.has(p.unitId))!, own: everyone.find((p) => inside.has(p.unitId))! };
}

async function pickUnit(page: Page, testId: string, unitName: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(unitName);
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: unitName }).first().click();
}

describe('people: search, scope and the person page', () => {
  const suite = useBrowserSuite();

  it.each(['nguyen van an', 'Nguyễn Văn An'])('searching "%s" finds Nguyễn Văn An', async (query) => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.goto('/people');
    await page.getByTestId('person-row').first().waitFor();
    await page.getByTestId('people-search').fill(query);
    const names = await namesMatching(page, 'nguyen van an');
    expect(names).toContain('Nguyễn Văn An');
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expectNoPageErrors(suite);
  });

  it('the search is kept in the address, so reopening it shows the same list', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.admin');
    await page.goto('/people?q=nguyen%20van%20an');
    expect(await page.getByTestId('people-search').inputValue()).toBe('nguyen van an');
    expect(await namesMatching(page, 'nguyen van an')).toContain('Nguyễn Văn An');
  });

  it('the unit head opening a person of another unit sees "not found"', async () => {
    const { page } = suite;
    const { outside } = await peopleAroundUnitHead(suite);
    await signInAs(page, 'demo.truongphong');
    await page.goto(`/people/${outside.id}`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Không tìm thấy cán bộ hoặc bạn không có quyền xem');
    expect(await page.getByText(outside.fullName).count()).toBe(0);
  });

  it('the unit head opens a person of their own unit, with the work history', async () => {
    const { page } = suite;
    const { own } = await peopleAroundUnitHead(suite);
    await signInAs(page, 'demo.truongphong');
    await page.goto(`/people/${own.id}`);
    expect(await page.getByTestId('person-name').textContent()).toBe(own.fullName);
    await page.getByTestId('assignment-row').first().waitFor();
    expect(await page.getByTestId('assignment-row').first().textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // A unit head reads but does not change people.
    expect(await page.getByTestId('person-edit').count()).toBe(0);
  });

  it('an invalid email is refused with a Vietnamese message next to the field, and nothing is saved', async () => {
    const { page } = suite;
    const { own } = await peopleAroundUnitHead(suite);
    await signInAs(page, 'demo.vanphong');
    await page.goto(`/people/${own.id}`);
    await page.getByTestId('person-edit').click();
    const email = page.locator('.ant-form-item', { has: page.locator('#person_email') });
    await page.locator('#person_email').fill('khong-phai-email');
    await page.getByTestId('person-save').click();
    await email.locator('.ant-form-item-explain-error').waitFor();
    expect(await email.locator('.ant-form-item-explain-error').textContent()).toBe('Thư điện tử không hợp lệ');
    const [row] = await suite.server.database.db.select({ email: persons.email }).from(persons).where(eq(persons.id, own.id));
    expect(row!.email).not.toBe('khong-phai-email');
  });

  it('the office adds a person, then moves them to another unit; the history shows both', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/people');
    await page.getByTestId('people-create').click();
    await page.getByTestId('person-familyName').fill('Hoàng');
    await page.getByTestId('person-middleName').fill('Thị');
    await page.getByTestId('person-givenName').fill('Thử');
    await page.locator('#person_gender').getByText('Nữ').click();
    await page.getByTestId('person-birthDate').fill('15/08/1990');
    await page.keyboard.press('Tab');
    await pickUnit(page, 'person-unit', 'Văn phòng Sở');
    await page.locator('#person_startDate').fill('01/03/2021');
    await page.keyboard.press('Tab');
    await page.getByTestId('person-save').click();
    await page.getByTestId('person-page').waitFor();
    expect(await page.getByTestId('person-name').textContent()).toBe('Hoàng Thị Thử');
    expect(await page.getByText('15/08/1990').count()).toBe(1);

    await page.getByTestId('person-transfer').click();
    await pickUnit(page, 'transfer-unit', 'Phòng Quản lý khoa học');
    await page.locator('#transfer_date').fill('01/09/2024');
    await page.keyboard.press('Tab');
    await page.getByTestId('transfer-save').click();
    await expect.poll(() => page.getByTestId('assignment-row').count()).toBe(2);
    const rows = await page.getByTestId('assignment-row').allTextContents();
    expect(rows[0]).toContain('01/09/2024');
    expect(rows[0]).toContain('Phòng Quản lý khoa học');
    expect(rows[1]).toContain('01/03/2021');
    expect(rows[1]).toContain('31/08/2024');
    expect(rows[1]).toContain('Văn phòng Sở');
    expectNoPageErrors(suite);
  });

  it('the office records a retirement; the person is then shown as retired and can no longer be changed', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    const linked = new Set((await db.select({ personId: users.personId }).from(users)).map((u) => u.personId));
    const [office] = await db.select({ id: units.id }).from(units).where(eq(units.name, 'Văn phòng Sở'));
    const candidates = await db.select({ id: persons.id, fullName: persons.fullName }).from(persons).where(eq(persons.unitId, office!.id));
    const person = candidates.find((p) => !linked.has(p.id))!;

    await signInAs(page, 'demo.vanphong');
    await page.goto(`/people/${person.id}`);
    await page.getByTestId('person-leave').click();
    await page.locator('#status_date').fill('30/06/2025');
    await page.keyboard.press('Tab');
    await page.locator('#status_reason').fill('Quyết định nghỉ hưu số 12/QĐ-SKHCN');
    await page.getByTestId('status-save').click();
    await page.getByTestId('person-edit').waitFor({ state: 'detached' });
    expect(await page.getByTestId('person-page').textContent()).toContain('Nghỉ hưu');
    expect(await page.getByTestId('assignment-row').first().textContent()).toContain('30/06/2025');
    expect(await page.getByTestId('person-transfer').count()).toBe(0);
    expectNoPageErrors(suite);
  });
});
