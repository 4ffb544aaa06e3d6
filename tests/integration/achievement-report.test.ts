import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { agencies, awards, persons, ratings } from '../../src/db/schema';
import { AWARD_LABELS, RATING_LEVEL_LABELS, type AwardCode, type RatingLevel } from '../../src/domain/catalogue';
import { awardKindOf, conferrerText, decisionText } from '../../src/documents/achievement-report-docx';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { readDocx, type ReadDocx } from '../support/docx';
import { closeWorld, recordsWorld, type RecordsWorld } from './records-fixture';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(databaseKinds)('báo cáo thành tích drafted from the record on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  const personReport = (id: string, q: string, client = () => w.clients.office) => client().get(`/api/people/${id}/achievement-report.docx?${q}`);
  const unitReport = (id: string, q: string, client = () => w.clients.office) => client().get(`/api/units/${id}/achievement-report.docx?${q}`);
  const parsed = (res: { rawPayload: Buffer }) => readDocx(res.rawPayload);
  const tableStarting = (d: ReadDocx, ...header: string[]) => d.tables.find((t) => header.every((h, i) => t[0]?.[i] === h))?.slice(1) ?? null;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    const { an } = w.people;
    await database.db.update(agencies).set({ superiorBody: 'UBND tỉnh Lạng Sơn' }).where(eq(agencies.id, w.agency.id));
    await database.db.update(persons).set({ birthDate: '1984-07-09', position: 'Phó Trưởng phòng' }).where(eq(persons.id, an.id));
    const office = w.clients.office;
    for (const [year, level, decisionNo, decidedOn] of [[2023, 'HTTNV', '', null], [2024, 'HTXSNV', '15/QĐ-SKHCN', '20/12/2024'], [2025, 'HTXSNV', '31/QĐ-SKHCN', '22/12/2025']] as const) {
      expect((await office.post('/api/records/ratings', { personId: an.id, year, level, decisionNo, decidedOn })).statusCode).toBe(201);
    }
    const init = (await office.post('/api/records/initiatives', {
      title: 'Ứng dụng chữ ký số trong xét duyệt hồ sơ', recognizedBy: 'CO_SO', recognizedOn: '10/11/2025', impactScope: 'CO_SO', decisionNo: '7/QĐ-HĐSK',
      authors: [{ personId: an.id, sharePct: 100 }],
    })).json();
    expect(init.id).toBeTruthy();
    for (const a of [
      { awardCode: 'LDTT', year: 2024, decisionNo: '100/QĐ-SKHCN', decidedOn: '25/12/2024' },
      { awardCode: 'CSTDCS', year: 2024, decisionNo: '101/QĐ-SKHCN', decidedOn: '25/12/2024', cstdcsBasis: 'HTXSNV' },
      { awardCode: 'GK_SO', year: 2023, decisionNo: '55/QĐ-SKHCN', conferredBy: 'Giám đốc Sở Khoa học và Công nghệ' },
    ]) expect((await office.post('/api/records/awards', { personId: an.id, ...a })).statusCode).toBe(201);
    expect((await office.post('/api/records/ratings', { unitId: w.units.qlkh.id, year: 2025, level: 'HTXSNV', decisionNo: '40/QĐ-SKHCN' })).statusCode).toBe(201);
    expect((await office.post('/api/records/awards', { unitId: w.units.qlkh.id, awardCode: 'TTLDTT', year: 2024, decisionNo: '90/QĐ-SKHCN' })).statusCode).toBe(201);
  });
  afterAll(async () => closeWorld(w?.app, database));

  /** The rating rows as the database holds them, for the years the report shows. */
  const ratingRowsInDb = async (subject: { personId?: string; unitId?: string }, years: number[]) => {
    const rows = await database.db.select().from(ratings).where(subject.personId ? eq(ratings.personId, subject.personId) : eq(ratings.unitId, subject.unitId!));
    return years.map((y) => {
      const r = rows.find((x) => x.year === y);
      return [String(y), r ? RATING_LEVEL_LABELS[r.level as RatingLevel] : 'Chưa có trong hồ sơ', r ? decisionText(r.decisionNo, r.decidedOn) : ''];
    });
  };
  /** The award rows of one kind (titles / forms) as the database holds them, up to a year. */
  const awardRowsInDb = async (subject: { personId?: string; unitId?: string }, kindOf: 'title' | 'form', upTo: number) => {
    const rows = await database.db.select().from(awards).where(and(subject.personId ? eq(awards.personId, subject.personId) : eq(awards.unitId, subject.unitId!), isNotNull(awards.year)));
    return rows
      .filter((a) => a.year <= upTo && awardKindOf(a.awardCode, a.year) === kindOf)
      .sort((a, b) => a.year - b.year || a.awardCode.localeCompare(b.awardCode))
      .map((a) => [String(a.year), AWARD_LABELS[a.awardCode as AwardCode], [decisionText(a.decisionNo, a.decidedOn), conferrerText(a)].filter(Boolean).join('; ')]);
  };

  it('returns a DOCX named with diacritics (RFC 5987) whose personal data, ratings and awards equal the database', async () => {
    const res = await personReport(w.people.an.id, 'award=CSTDCS&year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    const name = 'Báo cáo thành tích - Nguyễn Văn An - Chiến sĩ thi đua cơ sở 2025.docx';
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Bao cao thanh tich - Nguyen Van An - Chien si thi dua co so 2025.docx"; filename*=UTF-8''${encodeURIComponent(name)}`);
    const d = parsed(res);
    expect(d.paragraphs).toEqual(expect.arrayContaining([
      'ĐỀ NGHỊ TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ" NĂM 2025',
      '- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Nguyễn Văn An',
      '- Sinh ngày, tháng, năm: 09/07/1984',
      '- Giới tính: Nam',
      '- Đơn vị công tác: Phòng Quản lý khoa học',
    ]));
    expect(d.runs.find((r) => r.text === 'UBND TỈNH LẠNG SƠN')).toBeTruthy();
    const ratingRows = tableStarting(d, 'Năm', 'Mức đánh giá, xếp loại chất lượng')!;
    expect(ratingRows.map((r) => r[0])).toEqual(['2025']);
    expect(ratingRows).toEqual(await ratingRowsInDb({ personId: w.people.an.id }, [2025]));
    expect(tableStarting(d, 'Năm', 'Danh hiệu thi đua')).toEqual(await awardRowsInDb({ personId: w.people.an.id }, 'title', 2025));
    expect(tableStarting(d, 'Năm', 'Hình thức khen thưởng')).toEqual(await awardRowsInDb({ personId: w.people.an.id }, 'form', 2025));
    expect(tableStarting(d, 'STT', 'Tên sáng kiến')!.map((r) => [r[1], r[2]])).toEqual([['Ứng dụng chữ ký số trong xét duyệt hồ sơ', 'Số 7/QĐ-HĐSK ngày 10/11/2025; Cấp cơ sở']]);
  });

  it('covers the years the award looks at (Bằng khen tỉnh: at least the two years before the proposal)', async () => {
    const res = await personReport(w.people.an.id, 'award=BK_TINH&year=2025');
    expect(res.statusCode).toBe(200);
    const d = parsed(res);
    expect(d.paragraphs).toContain('ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    const rows = tableStarting(d, 'Năm', 'Mức đánh giá, xếp loại chất lượng')!;
    const years = rows.map((r) => Number(r[0]));
    expect(years).toEqual(expect.arrayContaining([2024, 2025]));
    expect(rows).toEqual(await ratingRowsInDb({ personId: w.people.an.id }, years));
  });

  it('lets a staff member download their own report, not a colleague’s', async () => {
    expect((await personReport(w.people.an.id, 'award=LDTT&year=2025', () => w.clients.staffAn)).statusCode).toBe(200);
    expect((await personReport(w.people.binh.id, 'award=LDTT&year=2025', () => w.clients.staffAn)).statusCode).toBe(404);
  });

  it("answers not found for another unit's person and another unit's collective", async () => {
    expect((await personReport(w.people.cuong.id, 'award=CSTDCS&year=2025', () => w.clients.headQlkh)).statusCode).toBe(404);
    expect((await personReport(w.people.an.id, 'award=CSTDCS&year=2025', () => w.clients.focalTtud)).statusCode).toBe(404);
    expect((await unitReport(w.units.vp.id, 'award=TTLDTT&year=2025', () => w.clients.headQlkh)).statusCode).toBe(404);
    expect((await unitReport(w.units.qlkh.id, 'award=TTLDTT&year=2025', () => w.clients.staffAn)).statusCode).toBe(403);
  });

  it("a collective's report: the unit's ratings and awards equal the database", async () => {
    const res = await unitReport(w.units.qlkh.id, 'award=TTLDXS&year=2025', () => w.clients.headQlkh);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo thành tích - Phòng Quản lý khoa học - Tập thể lao động xuất sắc 2025.docx'));
    const d = parsed(res);
    expect(d.paragraphs).toContain('- Tên tập thể: Phòng Quản lý khoa học');
    const rows = tableStarting(d, 'Năm', 'Xếp loại tập thể')!;
    expect(rows.map((r) => r.slice(0, 3))).toEqual(await ratingRowsInDb({ unitId: w.units.qlkh.id }, rows.map((r) => Number(r[0]))));
    expect(rows.at(-1)![3]).toBe('2');
    expect(tableStarting(d, 'Năm', 'Danh hiệu thi đua')).toEqual(await awardRowsInDb({ unitId: w.units.qlkh.id }, 'title', 2025));
  });

  it('refuses an award that is not for the subject, or no award, naming the field in Vietnamese', async () => {
    const wrong = await personReport(w.people.an.id, 'award=TTLDTT&year=2025');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([expect.objectContaining({ path: 'award', field: 'Danh hiệu, hình thức khen thưởng' })]);
    expect((await unitReport(w.units.qlkh.id, 'award=CSTDCS&year=2025')).statusCode).toBe(400);
    const none = await personReport(w.people.an.id, 'year=2025');
    expect(none.statusCode).toBe(400);
    expect(JSON.stringify(none.json())).toContain('Danh hiệu, hình thức khen thưởng là bắt buộc');
  });

  it('refuses a visitor who is not signed in', async () => {
    expect((await w.app.inject({ method: 'GET', url: `/api/people/${w.people.an.id}/achievement-report.docx?award=LDTT&year=2025` })).statusCode).toBe(401);
  });
});
