import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import {
  agencies, attestations, auditLog, awards, councilMembers, councils, inspectionSubjects, inspections, initiativeAuthors, initiatives, notifications, persons,
  proposalCandidateRequests, proposalCandidateVerdicts, proposalCandidates, proposals, ratings, reviewRounds, units,
} from '../../src/db/schema';
import { unitOfPersonOn } from '../../src/db/queries/people';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { createTestApp, signIn } from '../support/app';
import { screen } from '../../src/server/services/screening/screen';

const DEMO_ROLES = {
  'demo.admin': 'admin',
  'demo.vanphong': 'office',
  'demo.giamdoc': 'director',
  'demo.truongphong': 'unit_head',
  'demo.daumoi': 'focal_point',
  'demo.hoidong': 'council_member',
  'demo.canbo': 'staff',
} as const;

describe.each(databaseKinds)('demo dataset on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let accounts: { username: string; label: string }[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    accounts = await seedDemo(database.db);
    app = await createTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const db = () => database.db;
  const personNamed = async (fullName: string) => {
    const rows = await db().select().from(persons).where(eq(persons.fullName, fullName));
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };
  const unitNamed = async (name: string) => (await db().select().from(units).where(eq(units.name, name)))[0]!;

  it('seeds the fictional Sở Khoa học và Công nghệ tỉnh Lạng Sơn with about 150 people', async () => {
    const [agency] = await db().select().from(agencies);
    expect(agency).toMatchObject({ name: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn', superiorBody: 'UBND TỈNH LẠNG SƠN', placeName: 'Lạng Sơn', documentAbbreviation: 'SKHCN' });
    const people = await db().select().from(persons);
    expect(people.length).toBeGreaterThanOrEqual(140);
    expect(people.length).toBeLessThanOrEqual(160);
    const women = people.filter((p) => p.gender === 'female').length;
    expect(women / people.length).toBeGreaterThan(0.4);
    expect(women / people.length).toBeLessThan(0.6);
    expect(new Set(people.map((p) => p.status))).toEqual(new Set(['active', 'retired', 'transferred']));
  });

  it('has the named units, and the Trung tâm has sub-units of its own', async () => {
    const all = await db().select().from(units);
    const names = all.map((u) => u.name);
    for (const name of ['Ban Giám đốc', 'Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý khoa học', 'Trung tâm Ứng dụng và Thống kê KH&CN', 'Chi cục Tiêu chuẩn Đo lường Chất lượng']) {
      expect(names).toContain(name);
    }
    const centre = all.find((u) => u.name === 'Trung tâm Ứng dụng và Thống kê KH&CN')!;
    expect(centre.kind).toBe('affiliated');
    expect(all.filter((u) => u.parentId === centre.id).map((u) => u.name)).toContain('Phòng Hành chính - Tổng hợp');
  });

  it('labels each demo account in Vietnamese', () => {
    expect(accounts.map((a) => a.username)).toEqual(Object.keys(DEMO_ROLES));
    expect(accounts.find((a) => a.username === 'demo.vanphong')!.label).toBe('Cán bộ TĐKT Văn phòng — Nguyễn Thị Hoa');
  });

  it.each(Object.entries(DEMO_ROLES))('%s signs in with the demo password and holds the role %s', async (username, role) => {
    const client = await signIn(app, username, DEMO_PASSWORD);
    const me = (await client.get('/api/auth/me')).json().user;
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual([role]);
  });

  it('links demo.truongphong to the head of Phòng Quản lý khoa học, scoped to that unit', async () => {
    const client = await signIn(app, 'demo.truongphong', DEMO_PASSWORD);
    const me = (await client.get('/api/auth/me')).json().user;
    const unit = await unitNamed('Phòng Quản lý khoa học');
    expect(me.roles[0].unitId).toBe(unit.id);
    const head = await personNamed('Đặng Thị Thu');
    expect(me.personId).toBe(head.id);
    expect(head).toMatchObject({ unitId: unit.id, position: 'Trưởng phòng', isLeader: true });
  });

  it('lets demo.daumoi see the Trung tâm and its sub-units, and not another unit\'s people', async () => {
    const client = await signIn(app, 'demo.daumoi', DEMO_PASSWORD);
    const names = async (q: string) => ((await client.get(`/api/people?q=${encodeURIComponent(q)}`)).json().items as { fullName: string }[]).map((p) => p.fullName);
    expect(await names('Nguyễn Văn An')).toEqual(['Nguyễn Văn An']);
    expect(await names('Bế Văn Toản')).toEqual(['Bế Văn Toản']);
    expect(await names('Đặng Thị Thu')).toEqual([]);
  });

  it('has exactly one Nguyễn Văn An, a man of the Trung tâm Ứng dụng và Thống kê KH&CN', async () => {
    const an = await personNamed('Nguyễn Văn An');
    const centre = await unitNamed('Trung tâm Ứng dụng và Thống kê KH&CN');
    expect(an).toMatchObject({ gender: 'male', unitId: centre.id, staffCategory: 'vien_chuc' });
  });

  it('keeps assignment history: Hoàng Thị Thu Trang was in Phòng Quản lý khoa học in 2023 and is in Phòng Chuyển đổi số now', async () => {
    const trang = await personNamed('Hoàng Thị Thu Trang');
    expect(trang.unitId).toBe((await unitNamed('Phòng Chuyển đổi số')).id);
    expect((await unitOfPersonOn(db(), trang.id, '2023-12-31'))!.unitId).toBe((await unitNamed('Phòng Quản lý khoa học')).id);
  });

  it('has a council for 2025–2030 chaired by the Giám đốc, with a standing member and a secretary', async () => {
    const [council] = await db().select().from(councils);
    expect(council).toMatchObject({ name: 'Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ', termStart: 2025, termEnd: 2030 });
    expect(council!.decisionNo).toMatch(/^\d+\/QĐ-SKHCN$/);
    const members = await db()
      .select({ role: councilMembers.role, fullName: persons.fullName, position: persons.position })
      .from(councilMembers)
      .innerJoin(persons, eq(persons.id, councilMembers.personId))
      .where(eq(councilMembers.councilId, council!.id));
    expect(members.filter((m) => m.role === 'chair')).toEqual([{ role: 'chair', fullName: 'Hoàng Văn Minh', position: 'Giám đốc' }]);
    expect(members.filter((m) => m.role === 'vice_chair')).toHaveLength(2);
    expect(members.find((m) => m.role === 'standing')!.position).toBe('Chánh Văn phòng');
    expect(members.find((m) => m.role === 'secretary')!.fullName).toBe('Nguyễn Thị Hoa');
  });

  it('rates every unit group within the HTXSNV quota (at most 20% of those rated HTTNV or better)', async () => {
    const rows = await db().select({ unit: ratings.ratedInUnitId, year: ratings.year, level: ratings.level }).from(ratings).where(isNotNull(ratings.personId));
    const groups = new Map<string, { top: number; goodOrBetter: number }>();
    for (const r of rows) {
      const g = groups.get(`${r.unit}:${r.year}`) ?? { top: 0, goodOrBetter: 0 };
      if (r.level === 'HTXSNV') g.top++;
      if (r.level === 'HTXSNV' || r.level === 'HTTNV') g.goodOrBetter++;
      groups.set(`${r.unit}:${r.year}`, g);
    }
    expect([...groups.values()].some((g) => g.top > 0)).toBe(true);
    for (const g of groups.values()) expect(g.top).toBeLessThanOrEqual(0.2 * g.goodOrBetter);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
  });

  it('gives Hà Minh Tuấn three CSTĐCS in a row to 2025 and a provincial-scope initiative recognised by the province head', async () => {
    const tuan = await personNamed('Hà Minh Tuấn');
    const titles = await db().select({ year: awards.year }).from(awards).where(and(eq(awards.personId, tuan.id), eq(awards.awardCode, 'CSTDCS'))).orderBy(asc(awards.year));
    expect(titles.map((t) => t.year)).toEqual([2023, 2024, 2025]);
    const [initiative] = await db()
      .select({ title: initiatives.title, impactScope: initiatives.impactScope, recognized: initiatives.impactRecognizedByProvinceHead })
      .from(initiatives)
      .innerJoin(initiativeAuthors, eq(initiativeAuthors.initiativeId, initiatives.id))
      .where(and(eq(initiativeAuthors.personId, tuan.id), eq(initiatives.impactScope, 'TINH')));
    expect(initiative).toEqual({ title: 'Ứng dụng công nghệ sinh học trong nhân giống hồi Lạng Sơn', impactScope: 'TINH', recognized: true });
  });

  it('has an open inspection with signs of violation naming Bế Văn Toản', async () => {
    const toan = await personNamed('Bế Văn Toản');
    const open = await db()
      .select({ kind: inspections.kind, concludedOn: inspections.concludedOn, hasViolation: inspections.hasViolation })
      .from(inspections)
      .innerJoin(inspectionSubjects, eq(inspectionSubjects.inspectionId, inspections.id))
      .where(eq(inspectionSubjects.personId, toan.id));
    expect(open).toEqual([{ kind: 'INSPECTION', concludedOn: null, hasViolation: true }]);
  });

  it('records the attestations an office keeps: most staff exemplary each year, a few not, one unit\'s 2025 minutes still to come', async () => {
    const rows = await db().select({ year: attestations.year, key: attestations.key, value: attestations.value }).from(attestations);
    const compliance2025 = rows.filter((r) => r.year === 2025 && r.key === 'exemplaryCompliance');
    const yes = compliance2025.filter((r) => r.value === true).length;
    const no = compliance2025.filter((r) => r.value === false).length;
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThanOrEqual(1);
    expect(no).toBeLessThanOrEqual(6);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    const pointsMet = rows.filter((r) => r.key.startsWith('answers.BK_TINH.') && r.value === true);
    expect(pointsMet.map((r) => [r.year, r.key]).sort()).toEqual([[2025, 'answers.BK_TINH.a'], [2025, 'answers.BK_TINH.b'], [2025, 'answers.BK_TINH.c']]);
  });

  it('gives the 2025 screening a realistic mix for Bằng khen tỉnh and CSTĐ cấp tỉnh: a few eligible, most not, few missing', async () => {
    const [agency] = await db().select().from(agencies);
    const r = await screen(db(), { agencyId: agency!.id, year: 2025, asOf: '2026-10-01' });
    const bk = r.summary.BK_TINH!;
    expect(bk.eligible).toBeGreaterThanOrEqual(3);
    expect(bk.missing_information).toBeLessThanOrEqual(5);
    expect(bk.not_eligible).toBeGreaterThan(r.people.length / 2);
    const status = (name: string, award: 'BK_TINH' | 'CSTD_TINH') => r.people.find((p) => p.fullName === name)!.results[award]!.status;
    expect(status('Hà Minh Tuấn', 'CSTD_TINH')).toBe('eligible');
    expect(status('Vi Thị Quỳnh', 'CSTD_TINH')).toBe('not_eligible'); // 12 of 14 votes: under 90 %
    expect(status('Hà Minh Tuấn', 'BK_TINH')).toBe('eligible');
    expect(status('Bế Văn Toản', 'BK_TINH')).toBe('deferred');
    // Her unit has not sent its 2025 minutes: the screening names the missing answer.
    const hanh = r.people.find((p) => p.fullName === 'Mông Thị Hạnh')!.results.BK_TINH!;
    expect(hanh.status).toBe('missing_information');
    expect(hanh.issues.flatMap((i) => i.answers ?? [])).toEqual(['exemplaryCompliance']);
    expect(r.summary.CSTD_TINH!.missing_information).toBe(0);
  });

  it('records the seeding as one audit entry with counts', async () => {
    const entries = await db().select().from(auditLog).where(eq(auditLog.action, 'demo.seeded'));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toMatchObject({ note: 'Dữ liệu trình diễn, hư cấu', counts: { persons: expect.any(Number), ratings: expect.any(Number) } });
  });

  it('seeds the same people every time', async () => {
    const again = await createTestDatabase(kind);
    try {
      await seedDemo(again.db);
      const roster = (d: Database) =>
        d.db
          .select({ code: persons.code, fullName: persons.fullName, birthDate: persons.birthDate, unit: units.code, position: persons.position })
          .from(persons)
          .innerJoin(units, eq(units.id, persons.unitId))
          .orderBy(asc(persons.code));
      expect(await roster(again)).toEqual(await roster(database));
      const levels = (d: Database) =>
        d.db.select({ code: persons.code, year: ratings.year, level: ratings.level }).from(ratings)
          .innerJoin(persons, eq(persons.id, ratings.personId)).orderBy(asc(persons.code), asc(ratings.year));
      expect(await levels(again)).toEqual(await levels(database));
    } finally {
      await again.close();
    }
  });

  it('has an open 2025 yearly round, its deadline after today, with proposals of three units: draft, submitted, returned with a field request, accepted', async () => {
    const [round] = await db().select().from(reviewRounds);
    expect(round).toMatchObject({ name: 'Xét khen thưởng công trạng năm 2025', kind: 'annual', year: 2025, status: 'open' });
    expect(round!.awardCodes).toEqual(expect.arrayContaining(['LDTT', 'CSTDCS', 'GK_SO', 'TTLDTT', 'BK_TINH']));
    expect(round!.unitDeadline > new Date().toISOString().slice(0, 10)).toBe(true);
    const rows = await db().select({ status: proposals.status, unit: units.code }).from(proposals).innerJoin(units, eq(units.id, proposals.unitId));
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['QLKH', 'CCTDC', 'TTCNTT']));
    expect(rows.map((r) => r.status).sort()).toEqual(['completed', 'draft', 'returned', 'submitted']);
    const candidates = await db().select({ id: proposalCandidates.id, personId: proposalCandidates.personId, status: proposalCandidates.status, verdictStatus: proposalCandidates.verdictStatus, summary: proposalCandidates.summary })
      .from(proposalCandidates);
    expect(candidates.filter((c) => c.status === 'accepted').length).toBeGreaterThanOrEqual(3);
    // Made through the use cases: every candidate has its engine runs, and the office's steps notified the units.
    const runs = await db().select({ candidateId: proposalCandidateVerdicts.candidateId }).from(proposalCandidateVerdicts);
    for (const c of candidates) expect(runs.some((r) => r.candidateId === c.id)).toBe(true);
    expect((await db().select().from(auditLog).where(eq(auditLog.action, 'proposal.submitted'))).length).toBe(3);
    expect((await db().select().from(notifications)).length).toBeGreaterThan(0);
    // Lộc Văn Hải: not eligible for CSTĐ cấp tỉnh (his initiative's provincial effect is not recognised), with the article, and a request on a field.
    const hai = await personNamed('Lộc Văn Hải');
    const haiCandidate = candidates.find((c) => c.personId === hai.id)!;
    expect(haiCandidate.verdictStatus).toBe('not_eligible');
    const [run] = await db().select({ verdict: proposalCandidateVerdicts.verdict }).from(proposalCandidateVerdicts).where(eq(proposalCandidateVerdicts.candidateId, haiCandidate.id)).limit(1);
    expect(JSON.stringify(run!.verdict)).toMatch(/Điều|Khoản/);
    const requests = await db().select().from(proposalCandidateRequests).where(eq(proposalCandidateRequests.candidateId, haiCandidate.id));
    expect(requests).toEqual([expect.objectContaining({ target: 'field', status: 'open', message: expect.stringContaining('Bổ sung quyết định công nhận sáng kiến năm 2024') })]);
    // The office wrote the summaries of the accepted ones (for the disclosure list).
    expect(candidates.filter((c) => c.status === 'accepted').every((c) => !!c.summary)).toBe(true);
  });

  it('shows the office its inbox: the submitted proposal waits there', async () => {
    const office = await signIn(app, 'demo.vanphong', DEMO_PASSWORD);
    const inbox = (await office.get('/api/proposals?inbox=true')).json();
    expect(inbox.items.map((p: { unitName: string; status: string }) => [p.unitName, p.status])).toEqual([['Trung tâm Công nghệ thông tin và Truyền thông', 'submitted']]);
  });

  it('names the people of the demo stories exactly once each', async () => {
    const featured = ['Hoàng Văn Minh', 'Nguyễn Thị Hoa', 'Đặng Thị Thu', 'Trần Thị Ngọc Ánh', 'Hà Thị Thúy Vân', 'Lăng Văn Quyết', 'Vi Thị Quỳnh', 'Lộc Văn Hải', 'Mông Thị Hạnh', 'Triệu Thị Mai'];
    const rows = await db().select({ fullName: persons.fullName }).from(persons).where(inArray(persons.fullName, featured));
    expect(rows.map((r) => r.fullName).sort()).toEqual([...featured].sort());
  });
});
