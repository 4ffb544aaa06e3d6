import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { persons, ratings } from '../../src/db/schema';
import { RATING_LEVEL_LABELS, type RatingLevel } from '../../src/domain/catalogue';
import { decisionText } from '../../src/documents/achievement-report-docx';
import { readDocx } from '../support/docx';
import { chooseOption, expectNoPageErrors, signInAs, useBrowserSuite } from './harness';

describe('achievement report (báo cáo thành tích) from the record page', () => {
  const suite = useBrowserSuite();

  it('a staff member downloads their own report for CSTĐCS: a DOCX named with diacritics, rows as in the record', async () => {
    const { page } = suite;
    const db = suite.server.database.db;
    await signInAs(page, 'demo.canbo');
    await page.getByTestId('menu-myRecord').click();
    const panel = page.getByTestId('achievement-report-panel');
    await panel.waitFor();
    await chooseOption(page, page.getByTestId('achievement-report-award'), 'Chiến sĩ thi đua cơ sở');
    const year = new Date().getFullYear() - 1;
    const href = await page.getByTestId('achievement-report-download').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/people/[0-9a-f-]{36}/achievement-report\\.docx\\?award=CSTDCS&year=${year}$`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('achievement-report-download').click()]);
    expect(download.suggestedFilename()).toBe(`Báo cáo thành tích - Trần Thị Ngọc Ánh - Chiến sĩ thi đua cơ sở ${year}.docx`);
    const d = readDocx(fs.readFileSync((await download.path())!));
    expect(d.paragraphs).toContain('- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Trần Thị Ngọc Ánh');
    const [me] = await db.select({ id: persons.id }).from(persons).where(eq(persons.fullName, 'Trần Thị Ngọc Ánh'));
    const r = (await db.select().from(ratings).where(eq(ratings.personId, me!.id))).find((x) => x.year === year);
    const rows = d.tables.find((t) => t[0]?.[1] === 'Mức đánh giá, xếp loại chất lượng')!.slice(1);
    expect(rows).toEqual([[String(year), r ? RATING_LEVEL_LABELS[r.level as RatingLevel] : 'Chưa có trong hồ sơ', r ? decisionText(r.decisionNo, r.decidedOn) : '']]);
    expectNoPageErrors(suite);
  });
});
