/**
 * Explanations: for one person or collective and a year, every criterion line of every title with
 * the article it rests on, under the legal regime in force on the date of the check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { recordsFactory } from '../support/records-factory';
import { createTestApp, signIn, type Client } from '../support/app';

interface Line { id: string; kind: string; label: string; result: string; detail: string; legalBasis: { instrument: string }; citation: string }
interface Verdict {
  status: string; statusLabel: string; award: { code: string }; referenceDate: string; regime: { id: string } | null;
  criteria: Line[]; basisUsed: { cstdcsPath?: string; initiatives: string[]; awards: { code: string; year: number }[] };
}
interface Explanation { year: number; asOf: string; unitInYear?: { id: string; name: string } | null; verdicts: Verdict[] }

const ND152 = 'LAW2022_ND152_TT15';
const ND98 = 'LAW2022_ND98_TT01';

describe.each(databaseKinds)('eligibility explanations on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  const c = {} as Record<'office' | 'head' | 'staff', Client>;
  const p = {} as Record<'an' | 'binh' | 'cuong' | 'dung' | 'em' | 'huy', { id: string }>;
  const u = {} as Record<'qlkh' | 'vp', { id: string }>;
  const initiativeIds = {} as Record<'cuong' | 'shared', string>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    const r = recordsFactory(database.db, agency.id);
    u.qlkh = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học' });
    u.vp = await f.unit(agency.id, { name: 'Văn phòng Sở', kind: 'office' });
    p.an = await f.person(agency.id, u.qlkh.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' });
    p.cuong = await f.person(agency.id, u.qlkh.id, { familyName: 'Lê', middleName: 'Văn', givenName: 'Cường' });
    p.dung = await f.person(agency.id, u.qlkh.id, { familyName: 'Phạm', middleName: 'Thị', givenName: 'Dung' });
    p.binh = await f.person(agency.id, u.vp.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình' });
    p.em = await f.person(agency.id, u.vp.id, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Em' });
    p.huy = await f.person(agency.id, u.vp.id, { familyName: 'Đinh', middleName: 'Quang', givenName: 'Huy' });

    await r.ratingsOf(p.an.id, { 2024: 'HTTNV', 2025: 'HTTNV' });
    await r.ratingsOf(p.binh.id, { 2025: 'HTTNV' });
    await r.ratingsOf(p.cuong.id, { 2025: 'HTTNV' });
    await r.ratingsOf(p.em.id, { 2025: 'HTTNV' });
    initiativeIds.cuong = (await r.initiative({ title: 'Số hóa sổ theo dõi thẩm định công nghệ', recognizedOn: '2025-10-30', authors: [p.cuong.id] })).id;

    // Dung and Em wrote an initiative together; Dung's Giấy khen used it, Em has not used it yet.
    initiativeIds.shared = (await r.initiative({ title: 'Bảng theo dõi tiến độ nhiệm vụ KH&CN', recognizedOn: '2025-05-12', authors: [p.dung.id, p.em.id] })).id;
    await r.award({ personId: p.dung.id, code: 'GK_SO', year: 2025, decidedOn: '2025-08-01', initiativeIds: [initiativeIds.shared] });

    await r.ratingsOf(p.huy.id, { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' });
    for (const year of [2023, 2024, 2025]) await r.award({ personId: p.huy.id, code: 'CSTDCS', year, cstdcsBasis: 'HTXSNV' });
    await r.initiative({
      title: 'Mô hình bảo quản hồi xứ Lạng', recognizedOn: '2025-06-20', authors: [p.huy.id], recognizedBy: 'TINH', impactScope: 'TINH',
      impactRecognizedByProvinceHead: true, appliedEffectively: true, replicable: true,
    });

    // The division as a collective: 2 of its 3 members hold Lao động tiên tiến 2025.
    await r.awardEach([p.an.id, p.cuong.id], 'LDTT', 2025);
    await r.rating({ unitId: u.qlkh.id, year: 2025, level: 'HTTNV', spiritAttested: true });

    const users = {
      office: await f.user(agency.id, [{ role: 'office' }]),
      head: await f.user(agency.id, [{ role: 'unit_head', unitId: u.qlkh.id }]),
      staff: await f.user(agency.id, [{ role: 'staff' }], { personId: p.an.id }),
    };
    app = await createTestApp(database);
    for (const [k, user] of Object.entries(users)) c[k as keyof typeof c] = await signIn(app, user.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function explain(client: Client, url: string): Promise<Explanation> {
    const res = await client.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const only = async (client: Client, url: string) => {
    const e = await explain(client, url);
    expect(e.verdicts).toHaveLength(1);
    return e.verdicts[0]!;
  };
  const decisive = (v: Verdict) => v.criteria.filter((l) => l.kind === 'criterion' || l.kind === 'deferral');

  describe('a person', () => {
    it('cites the article behind every line of Lao động tiên tiến', async () => {
      const v = await only(c.office, `/api/eligibility/person/${p.an.id}?year=2025&award=LDTT`);
      expect(v).toMatchObject({ status: 'eligible', award: { code: 'LDTT' } });
      expect(v.criteria.map((l) => l.id)).toEqual(expect.arrayContaining(['LDTT.rating', 'LDTT.spirit', 'DEFERRAL.pending_checks']));
      for (const line of v.criteria) {
        expect(line.citation.trim(), line.id).not.toBe('');
        expect(line.legalBasis.instrument, line.id).toBeTruthy();
      }
    });

    it('judges a 2025 review under Nghị định 152/2025', async () => {
      const v = await only(c.office, `/api/eligibility/person/${p.an.id}?year=2025&award=LDTT`);
      expect(v.regime?.id).toBe(ND152);
      expect(v.criteria.find((l) => l.id === 'DEFERRAL.pending_checks')!.citation).toContain('152/2025');
    });

    it.each([
      ['2024-12-31', ND98],
      ['2025-01-15', ND98],
      ['2025-06-30', ND98],
      ['2025-07-01', ND152],
    ])('judges the 2024 review checked on %s under %s', async (asOf, regime) => {
      const v = await only(c.office, `/api/eligibility/person/${p.an.id}?year=2024&award=LDTT&asOf=${asOf}`);
      expect(v.regime?.id).toBe(regime);
      expect(v.referenceDate).toBe(asOf);
    });

    it('cites Nghị định 98/2023 for the deferral rule under the earlier regime', async () => {
      const v = await only(c.office, `/api/eligibility/person/${p.an.id}?year=2024&award=LDTT&asOf=2025-01-15`);
      expect(v.criteria.find((l) => l.id === 'DEFERRAL.pending_checks')!.citation).toContain('98/2023');
    });

    it('gives every title screened at year end when no title is asked for', async () => {
      const e = await explain(c.office, `/api/eligibility/person/${p.an.id}?year=2025`);
      expect(e.verdicts.map((v) => v.award.code)).toEqual(['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ', 'BK_TINH', 'BK_TTG', 'GK_SO']);
      expect(e.unitInYear).toEqual({ id: u.qlkh.id, name: 'Phòng Quản lý khoa học' });
    });

    it('names the initiative Chiến sĩ thi đua cơ sở rests on', async () => {
      const v = await only(c.office, `/api/eligibility/person/${p.cuong.id}?year=2025&award=CSTDCS`);
      expect(v.status).toBe('eligible');
      expect(v.basisUsed).toMatchObject({ cstdcsPath: 'INITIATIVE', initiatives: [initiativeIds.cuong] });
    });

    it('lets a co-author use an initiative another author already used for a Giấy khen', async () => {
      const em = await only(c.office, `/api/eligibility/person/${p.em.id}?year=2025&award=CSTDCS`);
      expect(em.status).toBe('eligible');
      expect(em.basisUsed.initiatives).toEqual([initiativeIds.shared]);
    });

    it('shows CSTĐ cấp tỉnh passing every line but the council’s selection: eligible, awaiting the council (Art. 22)', async () => {
      const v = await only(c.office, `/api/eligibility/person/${p.huy.id}?year=2025&award=CSTD_TINH`);
      expect(v.status).toBe('awaiting_council');
      expect(v.statusLabel).toBe('Đủ điều kiện, chờ Hội đồng xét');
      const lines = decisive(v);
      expect(lines.filter((l) => l.result !== 'pass').map((l) => [l.id, l.result])).toEqual([['CSTD_TINH.council', 'council']]);
      expect(lines.find((l) => l.id === 'CSTD_TINH.council')).toMatchObject({ answers: ['councilSelected'], citation: expect.stringContaining('Điều 22') });
      expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(['DEFERRAL.pending_checks', 'DISCIPLINE.penalty_served', 'CSTD_TINH.chain', 'CSTD_TINH.initiative']));
      expect(v.basisUsed.awards).toEqual([{ code: 'CSTDCS', year: 2023 }, { code: 'CSTDCS', year: 2024 }, { code: 'CSTDCS', year: 2025 }]);
    });

    it('lets a unit head read a person of their unit', async () => {
      await only(c.head, `/api/eligibility/person/${p.an.id}?year=2025&award=LDTT`);
    });

    it('answers "not found" to a unit head asking about a person of another unit', async () => {
      const res = await c.head.get(`/api/eligibility/person/${p.binh.id}?year=2025&award=LDTT`);
      expect(res.statusCode).toBe(404);
    });

    it('lets a staff member read their own explanation', async () => {
      const v = await only(c.staff, `/api/eligibility/person/${p.an.id}?year=2025&award=LDTT`);
      expect(v.status).toBe('eligible');
    });

    it("answers \"not found\" to a staff member asking about a colleague", async () => {
      expect((await c.staff.get(`/api/eligibility/person/${p.cuong.id}?year=2025&award=LDTT`)).statusCode).toBe(404);
    });

    it('answers "not found" for an unknown person', async () => {
      expect((await c.office.get('/api/eligibility/person/00000000-0000-4000-8000-000000000000?year=2025')).statusCode).toBe(404);
    });

    it('refuses when not signed in', async () => {
      expect((await app.inject({ method: 'GET', url: `/api/eligibility/person/${p.an.id}?year=2025` })).statusCode).toBe(401);
    });

    it('names the title in Vietnamese when it is not one the engine knows', async () => {
      const res = await c.office.get(`/api/eligibility/person/${p.an.id}?year=2025&award=HUAN_CHUONG`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'award', message: 'Danh hiệu / hình thức không hợp lệ' })]);
    });
  });

  describe('a collective', () => {
    it('explains the collective titles of a division, each line with its article', async () => {
      const e = await explain(c.office, `/api/eligibility/unit/${u.qlkh.id}?year=2025`);
      expect(e.verdicts.map((v) => [v.award.code, v.status])).toEqual([
        ['TTLDTT', 'eligible'],
        ['TTLDXS', 'not_eligible'],
        ['GK_SO', 'missing_information'],
      ]);
      for (const v of e.verdicts) for (const line of v.criteria) expect(line.citation.trim(), line.id).not.toBe('');
    });

    it('says how many members hold Lao động tiên tiến', async () => {
      const v = await only(c.office, `/api/eligibility/unit/${u.qlkh.id}?year=2025&award=TTLDTT`);
      const share = v.criteria.find((l) => l.id === 'TTLDTT.ldtt_share')!;
      expect(share.result).toBe('pass');
      expect(share.detail).toContain('2/3 cá nhân đạt Lao động tiên tiến năm 2025');
    });

    it('refuses Tập thể lao động xuất sắc because the division was not rated Hoàn thành xuất sắc', async () => {
      const v = await only(c.office, `/api/eligibility/unit/${u.qlkh.id}?year=2025&award=TTLDXS`);
      expect(decisive(v).filter((l) => l.result === 'fail').map((l) => l.id)).toContain('TTLDXS.rating');
    });

    it('lets the unit head read their own unit', async () => {
      await only(c.head, `/api/eligibility/unit/${u.qlkh.id}?year=2025&award=TTLDTT`);
    });

    it('answers "not found" to a unit head asking about another unit', async () => {
      expect((await c.head.get(`/api/eligibility/unit/${u.vp.id}?year=2025`)).statusCode).toBe(404);
    });

    it('answers "not found" to a staff member asking about a unit', async () => {
      expect((await c.staff.get(`/api/eligibility/unit/${u.qlkh.id}?year=2025`)).statusCode).toBe(404);
    });

    it('refuses when not signed in', async () => {
      expect((await app.inject({ method: 'GET', url: `/api/eligibility/unit/${u.qlkh.id}?year=2025` })).statusCode).toBe(401);
    });
  });
});
