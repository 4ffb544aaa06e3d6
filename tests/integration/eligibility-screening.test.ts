/**
 * Year-end screening (rà soát) as the TĐKT office runs it: everyone in scope against every title,
 * with the reason for each refusal, and the same table as a spreadsheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { recordsFactory } from '../support/records-factory';
import { createTestApp, signIn, type Client } from '../support/app';

interface Issue { id: string; label: string; result: 'fail' | 'missing'; kind: 'criterion' | 'deferral' }
interface Cell { status: string; issues: Issue[] }
interface Row { id: string; fullName: string; unitId: string | null; unitName: string; results: Record<string, Cell> }
interface UnitRow { id: string; name: string; memberCount: number; results: Record<string, Cell> }
interface Screening { year: number; regime: { id: string } | null; people: Row[]; units: UnitRow[]; summary: Record<string, Record<string, number>> }

/** People of a unit (ten unless said), assigned from 2020 (so members in 2025). */
async function members(f: ReturnType<typeof factory>, agencyId: string, unitId: string, familyName: string, count = 10) {
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hạnh', 'Khoa', 'Linh', 'Minh', 'Nga'].slice(0, count);
  const out = [];
  for (const g of given) out.push(await f.person(agencyId, unitId, { familyName, middleName: 'Văn', givenName: g }));
  return out;
}

describe.each(databaseKinds)('year-end screening on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  const c = {} as Record<'admin' | 'office' | 'director' | 'council' | 'head' | 'focal' | 'staff' | 'otherOffice', Client>;
  type PersonKey =
    | 'httnv' | 'htnv' | 'unrated' | 'htxsnv' | 'initiative' | 'usedInitiative' | 'cstdTinh' | 'brokenChain'
    | 'inspected' | 'cleared' | 'servedPenalty' | 'subUnit' | 'moved' | 'leftQlcn';
  const p = {} as Record<PersonKey, { id: string; fullName: string }>;
  const u = {} as Record<'qlkh' | 'ttkh' | 'vp' | 'thanhTra' | 'khtc' | 'qlcn' | 'ttud', { id: string; name: string }>;
  let outsider: { id: string };
  let otherUnitId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const f = factory(db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    const r = recordsFactory(db, agency.id);
    u.qlkh = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học', code: 'QLKH' });
    u.ttkh = await f.unit(agency.id, { name: 'Tổ Thông tin khoa học', code: 'TTKH', kind: 'other', parentId: u.qlkh.id });
    u.vp = await f.unit(agency.id, { name: 'Văn phòng Sở', code: 'VP', kind: 'office' });
    u.thanhTra = await f.unit(agency.id, { name: 'Thanh tra Sở', code: 'TT', kind: 'inspectorate' });
    u.khtc = await f.unit(agency.id, { name: 'Phòng Kế hoạch - Tài chính', code: 'KHTC' });
    u.qlcn = await f.unit(agency.id, { name: 'Phòng Quản lý công nghệ', code: 'QLCN' });
    u.ttud = await f.unit(agency.id, { name: 'Trung tâm Ứng dụng và Thống kê KH&CN', code: 'TTUD', kind: 'affiliated' });

    const person = (unit: { id: string }, familyName: string, middleName: string, givenName: string) =>
      f.person(agency.id, unit.id, { familyName, middleName, givenName });

    // Individual titles, each person one situation of the 2025 review.
    p.httnv = await person(u.qlkh, 'Hà', 'Văn', 'Lâm');
    await r.ratingsOf(p.httnv.id, { 2025: 'HTTNV' });
    p.htnv = await person(u.qlkh, 'Lương', 'Thị', 'Hoa');
    await r.ratingsOf(p.htnv.id, { 2025: 'HTNV' });
    p.unrated = await person(u.qlkh, 'Nông', 'Văn', 'Khánh');
    await r.ratingsOf(p.unrated.id, { 2024: 'HTTNV' });
    p.htxsnv = await person(u.vp, 'Hoàng', 'Thị', 'Xuân');
    await r.ratingsOf(p.htxsnv.id, { 2025: 'HTXSNV' });

    p.initiative = await person(u.vp, 'Vi', 'Văn', 'Sáng');
    await r.ratingsOf(p.initiative.id, { 2025: 'HTTNV' });
    await r.initiative({ title: 'Phần mềm theo dõi hồ sơ đăng ký sở hữu trí tuệ', recognizedOn: '2025-06-10', authors: [p.initiative.id] });

    p.usedInitiative = await person(u.vp, 'Triệu', 'Thị', 'Dung');
    await r.ratingsOf(p.usedInitiative.id, { 2025: 'HTTNV' });
    const used = await r.initiative({ title: 'Sổ tay thẩm định công nghệ', recognizedOn: '2025-04-02', authors: [p.usedInitiative.id] });
    await r.award({ personId: p.usedInitiative.id, code: 'GK_SO', year: 2025, decidedOn: '2025-09-01', initiativeIds: [used.id] });

    // CSTĐ cấp tỉnh: three CSTĐCS in a row and an initiative of provincial influence.
    p.cstdTinh = await person(u.vp, 'Đinh', 'Quang', 'Huy');
    await r.ratingsOf(p.cstdTinh.id, { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' });
    for (const year of [2023, 2024, 2025]) await r.award({ personId: p.cstdTinh.id, code: 'CSTDCS', year, cstdcsBasis: 'HTXSNV' });
    const provincial = {
      recognizedBy: 'TINH', impactScope: 'TINH', impactRecognizedByProvinceHead: true, appliedEffectively: true, replicable: true,
    };
    await r.initiative({ title: 'Mô hình bảo quản hồi xứ Lạng', recognizedOn: '2025-06-20', authors: [p.cstdTinh.id], ...provincial });

    p.brokenChain = await person(u.vp, 'Lý', 'Văn', 'Đức');
    await r.ratingsOf(p.brokenChain.id, { 2023: 'HTXSNV', 2024: 'HTTNV', 2025: 'HTXSNV' });
    await r.award({ personId: p.brokenChain.id, code: 'CSTDCS', year: 2023, cstdcsBasis: 'HTXSNV' });
    await r.award({ personId: p.brokenChain.id, code: 'LDTT', year: 2024 });
    await r.award({ personId: p.brokenChain.id, code: 'CSTDCS', year: 2025, cstdcsBasis: 'HTXSNV' });
    await r.initiative({ title: 'Quy trình nhân giống hoa hồi', recognizedOn: '2025-03-15', authors: [p.brokenChain.id], ...provincial });

    // Inspections and discipline.
    p.inspected = await person(u.vp, 'Mã', 'Văn', 'Tuấn');
    await r.ratingsOf(p.inspected.id, { 2025: 'HTTNV' });
    await r.inspection({ title: 'Thanh tra việc quản lý kinh phí đề tài', openedOn: '2025-11-01', hasViolation: true, personIds: [p.inspected.id] });
    p.cleared = await person(u.vp, 'Chu', 'Thị', 'Kết');
    await r.ratingsOf(p.cleared.id, { 2025: 'HTTNV' });
    await r.inspection({ title: 'Kiểm tra hồ sơ nghiệm thu', openedOn: '2025-03-01', concludedOn: '2025-06-30', hasViolation: true, personIds: [p.cleared.id] });
    p.servedPenalty = await person(u.vp, 'Phùng', 'Văn', 'Kỷ');
    await r.ratingsOf(p.servedPenalty.id, { 2025: 'HTTNV' });
    await r.discipline({ personId: p.servedPenalty.id, form: 'KHIEN_TRACH', effectiveFrom: '2024-01-10', effectiveTo: '2024-12-31' });

    // The unit head's subtree also has a sub-unit.
    p.subUnit = await person(u.ttkh, 'Tô', 'Thị', 'Thu');
    await r.ratingsOf(p.subUnit.id, { 2025: 'HTTNV' });

    // Moved from the inspectorate to the office in mid-2024.
    p.moved = await f.person(agency.id, u.thanhTra.id, { familyName: 'Bế', middleName: 'Văn', givenName: 'Chuyển', fromDate: '2018-01-01' });
    await r.transfer(p.moved.id, u.vp.id, '2024-07-01');

    // Collectives: ten members each in 2025, unit rated HTTNV with its review minutes attested.
    const khtc = await members(f, agency.id, u.khtc.id, 'Lăng');
    await r.awardEach(khtc.slice(0, 5).map((m) => m.id), 'LDTT', 2025);
    await r.rating({ unitId: u.khtc.id, year: 2025, level: 'HTTNV', spiritAttested: true });

    // QLCN: nine from 2020, one who joined in February 2025, and one who left in March 2025.
    const qlcn = await members(f, agency.id, u.qlcn.id, 'Hứa', 9);
    const joined = await f.person(agency.id, u.vp.id, { familyName: 'Hứa', middleName: 'Thị', givenName: 'Mới' });
    await r.transfer(joined.id, u.qlcn.id, '2025-02-01');
    p.leftQlcn = await f.person(agency.id, u.qlcn.id, { familyName: 'Hứa', middleName: 'Văn', givenName: 'Đi' });
    await r.transfer(p.leftQlcn.id, u.vp.id, '2025-03-01');
    await r.awardEach([...qlcn.slice(0, 5), joined].map((m) => m.id), 'LDTT', 2025);
    await r.rating({ unitId: u.qlcn.id, year: 2025, level: 'HTTNV', spiritAttested: true });

    const ttud = await members(f, agency.id, u.ttud.id, 'Hoàng');
    await r.awardEach(ttud.slice(0, 6).map((m) => m.id), 'LDTT', 2025);
    await r.discipline({ personId: ttud[9]!.id, form: 'CANH_CAO', effectiveFrom: '2025-05-01', effectiveTo: '2026-04-30' });
    await r.rating({ unitId: u.ttud.id, year: 2025, level: 'HTTNV', spiritAttested: true });

    // Another department, with a person who would be eligible.
    const other = await f.agency({ name: 'Sở Nội vụ' });
    const otherUnit = await f.unit(other.id, { name: 'Phòng Tổ chức' });
    otherUnitId = otherUnit.id;
    outsider = await f.person(other.id, otherUnit.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Ngoài' });
    await recordsFactory(db, other.id).ratingsOf(outsider.id, { 2025: 'HTXSNV' });

    const users = {
      admin: await f.user(agency.id, [{ role: 'admin' }]),
      office: await f.user(agency.id, [{ role: 'office' }]),
      director: await f.user(agency.id, [{ role: 'director' }]),
      council: await f.user(agency.id, [{ role: 'council_member' }]),
      head: await f.user(agency.id, [{ role: 'unit_head', unitId: u.qlkh.id }]),
      focal: await f.user(agency.id, [{ role: 'focal_point', unitId: u.ttud.id }]),
      staff: await f.user(agency.id, [{ role: 'staff' }], { personId: p.httnv.id }),
      otherOffice: await f.user(other.id, [{ role: 'office' }]),
    };
    app = await createTestApp(database);
    for (const [k, user] of Object.entries(users)) c[k as keyof typeof c] = await signIn(app, user.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const results = new Map<string, Screening>();
  /** The office's screening for a query (each query asked once: the data does not change). */
  async function screening(query: string, client: Client = c.office): Promise<Screening> {
    const key = `${client.cookie}|${query}`;
    if (!results.has(key)) {
      const res = await client.get(`/api/eligibility/screening?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      results.set(key, res.json());
    }
    return results.get(key)!;
  }
  const y2025 = () => screening('year=2025');
  async function cell(personId: string, award: string): Promise<Cell> {
    const row = (await y2025()).people.find((x) => x.id === personId);
    expect(row, 'person listed').toBeDefined();
    return row!.results[award]!;
  }
  async function unitCell(unitId: string, award: string): Promise<Cell> {
    const row = (await y2025()).units.find((x) => x.id === unitId);
    expect(row, 'collective listed').toBeDefined();
    return row!.results[award]!;
  }
  const ids = (cl: Cell) => cl.issues.map((i) => i.id);

  describe('individual titles', () => {
    it('finds a person rated Hoàn thành tốt nhiệm vụ eligible for Lao động tiên tiến', async () => {
      expect(await cell(p.httnv.id, 'LDTT')).toEqual({ status: 'eligible', issues: [] });
    });

    it('refuses Lao động tiên tiến to a person rated Hoàn thành nhiệm vụ, naming the rating', async () => {
      expect(await cell(p.htnv.id, 'LDTT')).toEqual({
        status: 'not_eligible',
        issues: [{ id: 'LDTT.rating', label: 'Xếp loại chất lượng từ Hoàn thành tốt nhiệm vụ trở lên', result: 'fail', kind: 'criterion' }],
      });
    });

    it('asks for the missing 2025 rating instead of refusing', async () => {
      const cl = await cell(p.unrated.id, 'LDTT');
      expect(cl.status).toBe('missing_information');
      expect(ids(cl)).toContain('LDTT.rating');
      expect(cl.issues.every((i) => i.result === 'missing')).toBe(true);
    });

    it('finds a person rated Hoàn thành xuất sắc nhiệm vụ eligible for Chiến sĩ thi đua cơ sở', async () => {
      expect(await cell(p.htxsnv.id, 'CSTDCS')).toEqual({ status: 'eligible', issues: [] });
    });

    it('accepts an unused initiative recognised in 2025 as the basis of Chiến sĩ thi đua cơ sở', async () => {
      expect(await cell(p.initiative.id, 'CSTDCS')).toEqual({ status: 'eligible', issues: [] });
    });

    it('does not count twice an initiative already used for the same person’s Giấy khen', async () => {
      const cl = await cell(p.usedInitiative.id, 'CSTDCS');
      expect(cl.status).toBe('not_eligible');
      expect(ids(cl)).toEqual(['CSTDCS.basis']);
      expect(await cell(p.usedInitiative.id, 'LDTT')).toEqual({ status: 'eligible', issues: [] });
    });

    it('leaves CSTĐ cấp tỉnh waiting only for the council’s selection after three CSTĐCS and a provincial initiative: awaiting the council, not missing information', async () => {
      expect(await cell(p.cstdTinh.id, 'CSTD_TINH')).toEqual({
        status: 'awaiting_council',
        issues: [{ id: 'CSTD_TINH.council', label: 'Thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn', result: 'council', kind: 'criterion', answers: ['councilSelected'] }],
      });
    });

    it('refuses CSTĐ cấp tỉnh when 2024 was only Lao động tiên tiến (the chain is broken)', async () => {
      const cl = await cell(p.brokenChain.id, 'CSTD_TINH');
      expect(cl.status).toBe('not_eligible');
      expect(ids(cl)).toContain('CSTD_TINH.chain');
      expect(ids(cl)).not.toContain('CSTD_TINH.initiative');
    });

    it('defers a person named by an open inspection with signs of violation', async () => {
      const cl = await cell(p.inspected.id, 'LDTT');
      expect(cl.status).toBe('deferred');
      expect(cl.issues).toEqual([expect.objectContaining({ id: 'DEFERRAL.pending_checks', kind: 'deferral', result: 'fail' })]);
    });

    it('no longer defers once the inspection is concluded', async () => {
      expect(await cell(p.cleared.id, 'LDTT')).toEqual({ status: 'eligible', issues: [] });
    });

    it('does not hold against 2025 a reprimand that ended on 31/12/2024', async () => {
      expect(await cell(p.servedPenalty.id, 'LDTT')).toEqual({ status: 'eligible', issues: [] });
    });

    it('never lists a person of another department', async () => {
      const all = await y2025();
      expect(all.people.map((x) => x.id)).not.toContain(outsider.id);
      const theirs = await screening('year=2025', c.otherOffice);
      expect(theirs.people.map((x) => x.id)).toEqual([outsider.id]);
    });
  });

  describe('collective titles', () => {
    it('refuses Tập thể lao động tiên tiến at exactly 50% of members with Lao động tiên tiến', async () => {
      const cl = await unitCell(u.khtc.id, 'TTLDTT');
      expect(cl.status).toBe('not_eligible');
      expect(ids(cl)).toEqual(['TTLDTT.ldtt_share']);
    });

    it('grants Tập thể lao động tiên tiến at 60%, counting who belonged to the unit in 2025', async () => {
      expect(await unitCell(u.qlcn.id, 'TTLDTT')).toEqual({ status: 'eligible', issues: [] });
      expect((await y2025()).units.find((x) => x.id === u.qlcn.id)!.memberCount).toBe(10);
    });

    it('refuses Tập thể lao động tiên tiến when a member received a cảnh cáo in the year', async () => {
      const cl = await unitCell(u.ttud.id, 'TTLDTT');
      expect(cl.status).toBe('not_eligible');
      expect(ids(cl)).toEqual(['TTLDTT.member_discipline']);
    });
  });

  describe('unit history', () => {
    it('lists a person under the unit they belonged to in the year screened', async () => {
      const y2023 = await screening(`year=2023&unitId=${u.thanhTra.id}`);
      expect(y2023.people.map((x) => x.fullName)).toEqual(['Bế Văn Chuyển']);
      expect(y2023.people[0]!.unitId).toBe(u.thanhTra.id);
      const later = await screening(`year=2025&unitId=${u.thanhTra.id}`);
      expect(later.people).toEqual([]);
    });

    it('lists the person under their new unit after the move', async () => {
      const row = (await y2025()).people.find((x) => x.id === p.moved.id)!;
      expect(row).toMatchObject({ unitId: u.vp.id, unitName: 'Văn phòng Sở' });
    });
  });

  it('counts in the summary exactly the rows of the table', async () => {
    const s = await y2025();
    const counted: Record<string, Record<string, number>> = {};
    for (const row of [...s.people, ...s.units]) {
      for (const [award, cl] of Object.entries(row.results)) {
        counted[award] ??= { eligible: 0, awaiting_council: 0, not_eligible: 0, missing_information: 0, deferred: 0 };
        counted[award][cl.status]!++;
      }
    }
    expect(s.summary).toEqual(counted);
    expect(s.summary.LDTT!.eligible).toBeGreaterThanOrEqual(5);
    expect(s.summary.TTLDTT).toEqual({ eligible: 1, awaiting_council: 0, not_eligible: expect.any(Number), missing_information: expect.any(Number), deferred: 0 });
    expect(s.summary.CSTD_TINH!.awaiting_council).toBeGreaterThanOrEqual(1);
  });

  describe('who may screen what', () => {
    it.each(['admin', 'office', 'director', 'council'] as const)('%s sees the whole department', async (who) => {
      const s = await screening('year=2025', c[who]);
      const units = new Set(s.people.map((x) => x.unitId));
      for (const unit of [u.qlkh, u.ttkh, u.vp, u.khtc, u.qlcn, u.ttud]) expect(units.has(unit.id)).toBe(true);
    });

    it('shows a unit head only their unit and its sub-units', async () => {
      const s = await screening('year=2025', c.head);
      expect(new Set(s.people.map((x) => x.unitId))).toEqual(new Set([u.qlkh.id, u.ttkh.id]));
      expect(s.people.map((x) => x.id)).toEqual(expect.arrayContaining([p.httnv.id, p.subUnit.id]));
      expect(s.units.map((x) => x.id).sort()).toEqual([u.qlkh.id, u.ttkh.id].sort());
    });

    it('shows the focal point of an affiliated unit only that unit', async () => {
      const s = await screening('year=2025', c.focal);
      expect(new Set(s.people.map((x) => x.unitId))).toEqual(new Set([u.ttud.id]));
      expect(s.units.map((x) => x.id)).toEqual([u.ttud.id]);
    });

    it('lets a unit head narrow to a sub-unit', async () => {
      const s = await screening(`year=2025&unitId=${u.ttkh.id}`, c.head);
      expect(s.people.map((x) => x.id)).toEqual([p.subUnit.id]);
    });

    it('answers "not found" when a unit head asks for another unit', async () => {
      const res = await c.head.get(`/api/eligibility/screening?year=2025&unitId=${u.vp.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Không tìm thấy đơn vị.');
    });

    it('answers "not found" when the office asks for a unit of another department', async () => {
      const res = await c.office.get(`/api/eligibility/screening?year=2025&unitId=${otherUnitId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Không tìm thấy đơn vị.');
    });

    it('refuses a staff member', async () => {
      expect((await c.staff.get('/api/eligibility/screening?year=2025')).statusCode).toBe(403);
    });

    it('refuses when not signed in', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/eligibility/screening?year=2025' })).statusCode).toBe(401);
    });

    it('names the year in Vietnamese when it is not a year', async () => {
      const res = await c.office.get('/api/eligibility/screening?year=1800');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'year', field: 'Năm (year)', message: 'Năm không hợp lệ' })]);
    });
  });

  describe('spreadsheet export', () => {
    let header: string[];
    let rows: string[][];

    beforeAll(async () => {
      const res = await c.office.get('/api/eligibility/screening.xlsx?year=2025');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe('Rà soát năm 2025');
      const all: string[][] = [];
      ws.eachRow((row) => all.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      [header, ...rows] = all as [string[], ...string[][]];
    });

    const rowOf = (name: string) => {
      const row = rows.find((r) => r[header.indexOf('Họ và tên / Tên tập thể')] === name);
      expect(row, name).toBeDefined();
      return row!;
    };

    it('has one column per title, named in Vietnamese', () => {
      expect(header).toEqual(expect.arrayContaining(['Họ và tên / Tên tập thể', 'Đơn vị', 'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động tiên tiến']));
    });

    it('says "Đủ điều kiện" for an eligible person', () => {
      const row = rowOf('Hà Văn Lâm');
      expect(row[header.indexOf('Lao động tiên tiến')]).toBe('Đủ điều kiện');
      expect(row[header.indexOf('Đơn vị')]).toBe('Phòng Quản lý khoa học');
    });

    it('says "Đủ điều kiện, chờ Hội đồng xét" and names the line the council is to decide (Art. 22)', () => {
      expect(rowOf('Đinh Quang Huy')[header.indexOf('Chiến sĩ thi đua cấp tỉnh')])
        .toBe('Đủ điều kiện, chờ Hội đồng xét — Thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn (chờ Hội đồng xét)');
    });

    it('gives the reason of a refusal', () => {
      expect(rowOf('Lương Thị Hoa')[header.indexOf('Lao động tiên tiến')]).toBe('Không đủ điều kiện — Xếp loại chất lượng từ Hoàn thành tốt nhiệm vụ trở lên');
    });

    it('lists collectives after people, with their member count', () => {
      const row = rowOf('Phòng Quản lý công nghệ');
      expect(row[header.indexOf('Đối tượng')]).toBe('Tập thể');
      expect(row[header.indexOf('Loại cán bộ / Số người')]).toBe('10 người');
      expect(row[header.indexOf('Tập thể lao động tiên tiến')]).toBe('Đủ điều kiện');
    });

    it('keeps Vietnamese diacritics and lists the same people as the screen', async () => {
      const names = rows.filter((r) => r[header.indexOf('Đối tượng')] === 'Cá nhân').map((r) => r[header.indexOf('Họ và tên / Tên tập thể')]);
      expect(names).toEqual((await y2025()).people.map((x) => x.fullName));
      expect(names).toContain('Đinh Quang Huy');
      expect(names).toContain('Triệu Thị Dung');
    });

    it('is refused when not signed in', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/eligibility/screening.xlsx?year=2025' })).statusCode).toBe(401);
    });
  });
});
