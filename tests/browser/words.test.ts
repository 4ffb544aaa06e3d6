/**
 * Words where people expect words: the agency regulation without codes or JSON, explanations that
 * keep the kind of a condition apart from its result and name the information still missing, the
 * HTXS cap citing the regime of its year, an overview that matches what the role may see, and Excel
 * exports of the ratings and awards lists.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

/** Codes, JSON and programming words a reader should never meet. */
const DEVELOPER_TEXT = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b|\bFLOOR\b|\bHALF_UP\b|\bCEIL\b|\[\]|\{"|\btrue\b|\bfalse\b|\bnull\b|flags\.|answers\[/;

async function openScreening2025(page: Page) {
  await page.goto('/screening?year=2025');
  await page.getByTestId('screening-row').first().waitFor();
}

async function openCell(page: Page, personName: string, award: string) {
  await page.getByTestId('screening-search').fill(personName);
  const row = page.locator(`[data-testid="screening-row"][data-person-name="${personName}"]`);
  await row.waitFor();
  await row.getByTestId(`screening-cell-${award}`).click();
  const drawer = page.getByTestId('verdict-drawer');
  await drawer.getByTestId('verdict-line').first().waitFor();
  return drawer;
}

describe('words, not codes', () => {
  const suite = useBrowserSuite();

  it('the regulation page shows every value in words, help without "true:"/"false:", and the key only as a small detail', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/settings/regulation');
    const rows = page.getByTestId('setting-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(30);
    for (const text of await page.getByTestId('setting-current').allTextContents()) expect(text).not.toMatch(DEVELOPER_TEXT);
    for (const text of await page.getByTestId('setting-description').allTextContents()) expect(text).not.toMatch(/\b(true|false|null)\s*:|\b[A-Z]{2,}_[A-Z_]+\b/);
    const row = (key: string) => page.locator(`[data-testid="setting-row"][data-key="${key}"]`);
    expect(await row('roundingMode').getByTestId('setting-current').textContent()).toContain('Làm tròn xuống');
    expect(await row('nextAwardWindowStart').getByTestId('setting-current').textContent()).toContain('Chỉ tính các năm sau năm quyết định khen lần trước');
    expect(await row('consecutiveWindowMode').getByTestId('setting-current').textContent()).toContain('Các năm liền nhau');
    expect(await row('giayKhen.criteria').getByTestId('setting-current').textContent()).toContain('Không có');
    expect(await row('vote.secret').getByTestId('setting-current').textContent()).toContain('Chiến sĩ thi đua cấp tỉnh, Chiến sĩ thi đua toàn quốc');
    expect(await row('ldtt.maxLeaveWorkingDays').getByTestId('setting-current').textContent()).toContain('Không quy định');
    // The key is there for those who need it, small and grey, below the Vietnamese name.
    const key = row('ldtt.maxLeaveWorkingDays').getByTestId('setting-key-code');
    expect(await key.textContent()).toBe('ldtt.maxLeaveWorkingDays');
    expect(Number.parseFloat(await key.evaluate((el) => getComputedStyle(el).fontSize))).toBeLessThanOrEqual(12);
    expectNoPageErrors(suite);
  });

  it('each setting is edited with a control that fits it: per-award switches, a choice in words, a list of criteria', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/settings/regulation');
    const row = (key: string) => page.locator(`[data-testid="setting-row"][data-key="${key}"]`);
    await row('vote.secret').waitFor();

    await row('vote.secret').getByTestId('setting-change').click();
    const perAward = page.getByTestId('setting-value-per-award');
    await perAward.waitFor();
    expect(await page.locator('.ant-modal').getByText('{"CSTD_TINH"').count()).toBe(0);
    expect(await perAward.locator('[data-award="CSTD_TINH"] .ant-switch').getAttribute('aria-checked')).toBe('true');
    expect(await perAward.locator('[data-award="LDTT"] .ant-switch').getAttribute('aria-checked')).toBe('false');
    await page.locator('.ant-modal .ant-modal-close').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await row('giayKhen.criteria').getByTestId('setting-change').click();
    await page.getByTestId('setting-criteria-empty').waitFor();
    await page.getByTestId('setting-criterion-add').click();
    expect(await page.getByTestId('setting-criterion').count()).toBe(1);
    await page.locator('.ant-modal .ant-modal-close').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    await row('nextAwardWindowStart').getByTestId('setting-change').click();
    const choice = page.getByTestId('setting-value-enum');
    await choice.waitFor();
    expect(await choice.textContent()).not.toMatch(DEVELOPER_TEXT);
    await choice.getByText('Không giới hạn', { exact: true }).click();
    await page.locator('#setting_effectiveFrom').fill('01/01/2020');
    await page.keyboard.press('Enter');
    await page.getByTestId('setting-save').click();
    await page.getByTestId('setting-save').waitFor({ state: 'detached' });
    await expect.poll(() => row('nextAwardWindowStart').getByTestId('setting-current').textContent()).toContain('Không giới hạn');
    expect(await row('nextAwardWindowStart').getByTestId('setting-default').textContent()).toBe('Chỉ tính các năm sau năm quyết định khen lần trước');
    expectNoPageErrors(suite);
  });

  it('an explanation shows the kind of a condition apart from its result: "not deferred" is not read as deferred', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await openScreening2025(page);
    let drawer = await openCell(page, 'Hà Minh Tuấn', 'LDTT');
    const clear = drawer.locator('[data-testid="verdict-line"][data-kind="deferral"]');
    expect(await clear.getAttribute('data-result')).toBe('pass');
    expect(await clear.getByTestId('verdict-line-kind').textContent()).toBe('Trường hợp tạm hoãn xét');
    expect(await clear.getByTestId('verdict-line-result').textContent()).toBe('Không thuộc trường hợp tạm hoãn');
    const criterion = drawer.locator('[data-testid="verdict-line"][data-kind="criterion"]').first();
    expect(await criterion.getByTestId('verdict-line-kind').textContent()).toBe('Tiêu chuẩn, điều kiện');
    expect(await criterion.getByTestId('verdict-line-result').textContent()).toBe('Đạt');
    // Close with the drawer's own button: Escape only reaches the drawer once it holds the focus.
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('verdict-drawer').waitFor({ state: 'detached' });

    drawer = await openCell(page, 'Bế Văn Toản', 'LDTT');
    const deferred = drawer.locator('[data-testid="verdict-line"][data-kind="deferral"]');
    expect(await deferred.getByTestId('verdict-line-result').textContent()).toBe('Tạm hoãn xét');
    expectNoPageErrors(suite);
  });

  it('a line missing information names it in Vietnamese, never by its path in the case file', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await openScreening2025(page);
    const missing = page.locator('[data-testid^="screening-cell-"][data-status="missing_information"]').first();
    await missing.waitFor();
    await missing.click();
    const drawer = page.getByTestId('verdict-drawer');
    await drawer.getByTestId('verdict-line').first().waitFor();
    expect(await drawer.textContent()).not.toMatch(/flags\.|answers\[|\(answers\./);
    const items = drawer.getByTestId('verdict-missing-item');
    if ((await items.count()) > 0) {
      for (const name of await items.allTextContents()) expect(name).toMatch(/^[A-ZĐÀ-Ỹa-zđà-ỹ0-9 ,;:()"–-]+$/u);
    }
    expect(await drawer.locator('[data-testid="verdict-line"][data-result="missing"]').count()).toBeGreaterThan(0);
    expectNoPageErrors(suite);
  });

  it('in English the criteria stay Vietnamese and are labelled as the legal Vietnamese text', async () => {
    const { page } = suite;
    await page.addInitScript(() => localStorage.setItem('vinhdanh.lang', 'en'));
    await signInAs(page, 'demo.vanphong');
    await openScreening2025(page);
    const drawer = await openCell(page, 'Hà Minh Tuấn', 'LDTT');
    expect(await drawer.getByTestId('verdict-legal-vi').textContent()).toContain('quoted in Vietnamese');
    expect(await drawer.locator('[data-testid="verdict-line"] [lang="vi"]').count()).toBeGreaterThan(0);
    expect(await drawer.locator('[data-testid="verdict-line"][data-kind="deferral"]').getByTestId('verdict-line-result').textContent()).toBe('Not deferred');
  });

  it('the 2025 cap banner cites the regime that governs 2025 ratings, rounds in words, and writes "20 %"', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/records/ratings?year=2025&tab=cap');
    await page.getByTestId('cap-row').first().waitFor();
    const banner = page.getByTestId('cap-report').locator('.ant-alert');
    const text = (await banner.textContent())!;
    expect(text).not.toMatch(/FLOOR|HALF_UP|CEIL/);
    expect(await page.getByTestId('cap-rounding').textContent()).toContain('làm tròn xuống');
    expect(await page.getByTestId('cap-regimes').textContent()).toContain('Nghị định 90/2020/NĐ-CP');
    expect(await page.getByTestId('cap-regimes').textContent()).not.toContain('233/2026');
    expect(await page.getByTestId('cap-rule').textContent()).toContain('20\u00a0%');
    expectNoPageErrors(suite);
  });

  it('the ratings list names the rating regime, and both record lists export to Excel', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.vanphong');
    await page.goto('/records/ratings?year=2025');
    await page.getByTestId('rating-row').first().waitFor();
    const regimes = await page.getByTestId('rating-regime').allTextContents();
    expect(regimes).toContain('Nghị định 90/2020');
    expect(regimes.join(' ')).not.toMatch(/\bND90\b|\bND233\b|\bINTERNAL\b/);
    const href = await page.getByTestId('ratings-export').getAttribute('href');
    expect(href).toBe('/api/records/ratings/export.xlsx?year=2025');
    const ratings = await page.request.get(href!);
    expect(ratings.status()).toBe(200);
    expect(ratings.headers()['content-type']).toContain('spreadsheetml');
    await page.goto('/records/awards');
    await page.getByTestId('award-row').first().waitFor();
    const awards = await page.request.get((await page.getByTestId('awards-export').getAttribute('href'))!);
    expect(awards.status()).toBe(200);
    expectNoPageErrors(suite);
  });

  it('a staff member: the overview shows their own record (no agency-wide table), and an empty cap tab says why', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.canbo');
    await page.getByTestId('overview-own').waitFor();
    expect(await page.getByTestId('overview-by-unit').count()).toBe(0);
    expect(await page.getByTestId('stat-people').count()).toBe(0);
    await page.goto('/records/ratings?year=2025&tab=cap');
    await page.getByTestId('cap-empty-title').waitFor();
    expect(await page.getByTestId('cap-report').textContent()).not.toContain('mọi đơn vị trong giới hạn');
    expect(await page.getByTestId('cap-empty-title').textContent()).toContain('Bạn chỉ xem được hồ sơ của chính mình');
    expectNoPageErrors(suite);
  });

  it('the greeting names the person once, the header shows the role, and the sign-in page promises only what exists', async () => {
    const { page } = suite;
    await page.goto('/login');
    const pitch = (await page.getByTestId('signin-pitch').textContent())!;
    expect(pitch).not.toMatch(/đề nghị|quyết định|phong trào/i);
    await signInAs(page, 'demo.vanphong');
    await page.getByTestId('overview-page').waitFor();
    expect(await page.getByTestId('overview-page').locator('.ant-typography-secondary').first().textContent()).toBe('Xin chào, Nguyễn Thị Hoa.');
    expect(await page.getByTestId('user-name').textContent()).toBe('Nguyễn Thị Hoa');
    expect(await page.getByTestId('user-roles').textContent()).toBe('Cán bộ TĐKT (Văn phòng)');
    expectNoPageErrors(suite);
  });

  it('a list that is empty because of the user\'s scope says so', async () => {
    const { page } = suite;
    await signInAs(page, 'demo.canbo');
    await page.goto('/records/discipline?year=2019');
    await page.getByTestId('records-empty').waitFor();
    expect(await page.getByTestId('records-empty').textContent()).toBe('Chưa có dữ liệu. Bạn chỉ xem được hồ sơ của chính mình.');
    expectNoPageErrors(suite);
  });
});
