/**
 * Screenshots for the documentation, from the real app over the demo data:
 *   npx tsx tests/browser/take-screenshots.ts             → docs/screenshots/people.png, screening.png
 *   npx tsx tests/browser/take-screenshots.ts --all DIR   → every main screen into DIR, to look at
 *   add --phone (a phone, 390 × 844, top 2,400 px) and/or --only=people,record (those screens)
 * Needs the built web app (npm run build:web) and /usr/bin/chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { persons, units } from '../../src/db/schema';
import { badPeopleXlsx, goodPeopleXlsx } from '../fixtures/make-people-fixtures';
import { launchBrowser, newContext, PHONE_VIEWPORT, REPO_ROOT, signInAs, startServer } from './harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Ids {
  /** Nguyễn Văn An. */
  personId: string;
  /** Hoàng Thị Thu Trang, who changed units in 2024. */
  movedPersonId: string;
  /** Trung tâm Ứng dụng và Thống kê KH&CN (Bế Văn Toản's centre). */
  centreId: string;
}

interface Shot {
  file: string;
  username: string;
  /** Opens the screen and waits until it shows its data. */
  open(page: Page, ids: Ids): Promise<void>;
  lang?: 'vi' | 'en';
}

const people: Shot = {
  file: 'people.png',
  username: 'demo.admin',
  open: async (page) => {
    await page.goto('/people');
    await page.getByTestId('person-row').first().waitFor();
  },
};

/** The office's year-end screening, 2025, with the explanation of a deferred person open. */
const screening: Shot = {
  file: 'screening.png',
  username: 'demo.vanphong',
  open: async (page, ids) => {
    await page.goto(`/screening?year=2025&unitId=${ids.centreId}`);
    await page.locator('[data-testid="screening-row"][data-person-name="Bế Văn Toản"] [data-testid="screening-cell-LDTT"]').click();
    await page.getByTestId('verdict-drawer').getByTestId('verdict-line').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  },
};

const others: Shot[] = [
  { file: 'screening-table.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/screening?year=2025'); await page.getByTestId('screening-row').first().waitFor(); } },
  { file: 'screening-unit-head.png', username: 'demo.truongphong', open: async (page) => { await page.goto('/screening?year=2025'); await page.getByTestId('screening-row').first().waitFor(); } },
  { file: 'record.png', username: 'demo.vanphong', open: async (page, ids) => { await page.goto(`/people/${ids.movedPersonId}/record`); await page.getByTestId('check-result').getByTestId('verdict-line').first().waitFor(); } },
  { file: 'ratings-cap.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/ratings?year=2025&tab=cap'); await page.getByTestId('cap-row').first().waitFor(); } },
  { file: 'initiatives.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/initiatives'); await page.getByTestId('initiative-row').first().waitFor(); } },
  { file: 'inspections.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/discipline?tab=inspections'); await page.getByTestId('inspection-row').first().waitFor(); } },
  { file: 'regulation.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/settings/regulation'); await page.getByTestId('setting-row').first().waitFor(); } },
  { file: 'screening-en.png', username: 'demo.vanphong', lang: 'en', open: screening.open },
  { file: 'sign-in.png', username: '', open: async (page) => void (await page.getByTestId('demo-accounts').waitFor()) },
  { file: 'overview.png', username: 'demo.vanphong', open: async (page) => void (await page.getByTestId('stat-people').waitFor()) },
  { file: 'units.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/units'); await page.getByTestId('unit-row').first().waitFor(); } },
  { file: 'person.png', username: 'demo.vanphong', open: async (page, ids) => { await page.goto(`/people/${ids.personId}`); await page.getByTestId('assignment-row').first().waitFor(); } },
  {
    file: 'person-edit.png',
    username: 'demo.vanphong',
    open: async (page, ids) => {
      await page.goto(`/people/${ids.personId}`);
      await page.getByTestId('person-edit').click();
      await page.locator('#person_email').fill('sai-dinh-dang');
      await page.getByTestId('person-save').click();
      await page.locator('.ant-form-item-explain-error').first().waitFor();
    },
  },
  { file: 'import.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/people/import'); await page.getByTestId('import-template').waitFor(); } },
  {
    file: 'import-errors.png',
    username: 'demo.vanphong',
    open: async (page) => {
      await page.goto('/people/import');
      await page.getByTestId('import-file-input').setInputFiles({ name: 'can-bo-loi.xlsx', mimeType: XLSX, buffer: await badPeopleXlsx() });
      await page.getByTestId('import-errors').waitFor();
    },
  },
  {
    file: 'import-preview.png',
    username: 'demo.vanphong',
    open: async (page) => {
      await page.goto('/people/import');
      await page.getByTestId('import-file-input').setInputFiles({ name: 'can-bo.xlsx', mimeType: XLSX, buffer: await goodPeopleXlsx() });
      await page.getByTestId('import-confirm').waitFor();
    },
  },
  { file: 'accounts.png', username: 'demo.admin', open: async (page) => { await page.goto('/admin/users'); await page.getByTestId('account-row').first().waitFor(); } },
  { file: 'audit.png', username: 'demo.admin', open: async (page) => { await page.goto('/admin/audit'); await page.getByTestId('audit-row').first().waitFor(); await page.getByTestId('audit-verify').click(); await page.getByTestId('audit-verify-result').waitFor(); } },
  { file: 'not-found.png', username: 'demo.truongphong', open: async (page, ids) => { await page.goto(`/people/${ids.personId}`); await page.getByTestId('not-found').waitFor(); } },
  { file: 'people-en.png', username: 'demo.admin', lang: 'en', open: people.open },
  { file: 'ratings.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/ratings?year=2025'); await page.getByTestId('rating-row').first().waitFor(); } },
  { file: 'awards.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/awards'); await page.getByTestId('award-row').first().waitFor(); } },
  { file: 'discipline.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/discipline'); await page.getByTestId('discipline-row').first().waitFor(); } },
  { file: 'science-tasks.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/science-tasks'); await page.locator('.ant-table-row').first().waitFor(); } },
  { file: 'unit-record.png', username: 'demo.vanphong', open: async (page, ids) => { await page.goto(`/units/${ids.centreId}/record`); await page.locator('.ant-card').first().waitFor(); } },
  { file: 'record-import.png', username: 'demo.vanphong', open: async (page) => { await page.goto('/records/import/ratings'); await page.getByTestId('import-template').waitFor(); } },
  { file: 'staff-ratings-cap.png', username: 'demo.canbo', open: async (page) => { await page.goto('/records/ratings?year=2025&tab=cap'); await page.locator('.ant-table').first().waitFor(); } },
  { file: 'staff-overview.png', username: 'demo.canbo', open: async (page) => void (await page.getByTestId('overview-own').waitFor()) },
];

async function main() {
  const allIndex = process.argv.indexOf('--all');
  const outDir = allIndex >= 0 ? path.resolve(process.argv[allIndex + 1] ?? 'screenshots') : path.join(REPO_ROOT, 'docs/screenshots');
  const shots = allIndex >= 0 ? [people, screening, ...others] : [people, screening];
  const phone = process.argv.includes('--phone');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  fs.mkdirSync(outDir, { recursive: true });

  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const db = server.database.db;
    const personNamed = async (name: string) => (await db.select({ id: persons.id }).from(persons).where(eq(persons.fullName, name)))[0]!.id;
    const [centre] = await db.select({ id: units.id }).from(units).where(eq(units.name, 'Trung tâm Ứng dụng và Thống kê KH&CN'));
    const ids: Ids = { personId: await personNamed('Nguyễn Văn An'), movedPersonId: await personNamed('Hoàng Thị Thu Trang'), centreId: centre!.id };
    for (const shot of only ? shots.filter((s) => only.includes(s.file.replace(/\.png$/, ''))) : shots) {
      const context = await newContext(browser, server.baseUrl, phone ? PHONE_VIEWPORT : undefined);
      if (shot.lang) await context.addInitScript((lang) => localStorage.setItem('vinhdanh.lang', lang), shot.lang);
      const page = await context.newPage();
      if (shot.username) await signInAs(page, shot.username);
      else await page.goto('/login');
      await shot.open(page, ids);
      await page.waitForTimeout(300); // let antd's transitions settle before the picture
      // A drawer covers the viewport: the page behind it is not worth a full-length picture.
      const drawerOpen = (await page.locator('.ant-drawer-open').count()) > 0;
      // On a phone a page can be very long: the first 2,400 px are enough to judge the layout.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const clip = phone && !drawerOpen ? { x: 0, y: 0, width: PHONE_VIEWPORT.width, height: Math.min(height, 2400) } : undefined;
      await page.screenshot({ path: path.join(outDir, shot.file), fullPage: !drawerOpen, clip });
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
      const overflow = width.page > width.view ? ` — trang rộng ${width.page} px, quá khung ${width.view} px` : '';
      console.log(`Đã chụp ${path.relative(process.cwd(), path.join(outDir, shot.file))}${overflow}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
