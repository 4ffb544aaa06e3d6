import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { closeWorld, recordsWorld, transfer, type RecordsWorld } from './records-fixture';

describe.each(databaseKinds)('TĐKT record (timeline) of a person and of a collective on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  let em: { id: string };

  type Year = {
    year: number;
    unit: { name: string } | null;
    rating: { level: string } | null;
    awards: { awardCode: string; basis: { title: string }[] }[];
    initiatives: { title: string; ownSharePct: number; authors: { personName: string; sharePct: number }[]; usedBy: { awardCode: string }[] }[];
    disciplines: { form: string }[];
    inspections: { title: string; status: string }[];
  };
  const personYears = async (id: string, client = () => w.clients.office) => (await client().get(`/api/records/person/${id}/timeline`)).json().years as Year[];
  type UnitYear = { year: number; memberCount: number; membersWithLdtt: number; ldttShare: number | null; membersHidden: number; members: { fullName: string; rating: string | null; awards: string[] }[]; awards: { awardCode: string }[] };
  const unitYears = async (id: string, client = () => w.clients.office) => (await client().get(`/api/records/unit/${id}/timeline`)).json().years as UnitYear[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    const office = w.clients.office;
    em = await w.f.person(w.agency.id, w.units.qlkh.id, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Em', fromDate: '2020-02-01' });
    await transfer(database, em.id, w.units.vp.id, '2024-07-01', '2024-06-30');
    await office.post('/api/records/ratings', { personId: em.id, year: 2023, level: 'HTXSNV' });
    await office.post('/api/records/ratings', { personId: em.id, year: 2024, level: 'HTTNV' });
    await office.post('/api/records/ratings', { personId: w.people.an.id, year: 2023, level: 'HTTNV' });
    const init = (await office.post('/api/records/initiatives', {
      title: 'Số hóa quy trình xét duyệt đề tài', recognizedBy: 'CO_SO', recognizedOn: '10/11/2023', impactScope: 'CO_SO',
      authors: [{ personId: em.id, sharePct: 70 }, { personId: w.people.an.id, sharePct: 30 }],
    })).json();
    await office.post('/api/records/awards', { personId: em.id, awardCode: 'LDTT', year: 2023, decisionNo: '100/QĐ-SKHCN' });
    await office.post('/api/records/awards', { personId: em.id, awardCode: 'CSTDCS', year: 2023, cstdcsBasis: 'INITIATIVE', initiativeIds: [init.id], decisionNo: '101/QĐ-SKHCN' });
    await office.post('/api/records/awards', { unitId: w.units.qlkh.id, awardCode: 'TTLDTT', year: 2023 });
    await office.post('/api/records/disciplines', { personId: em.id, form: 'KHIEN_TRACH', decidedOn: '01/03/2025', effectiveFrom: '01/03/2025', effectiveTo: '28/02/2026' });
    await office.post('/api/records/inspections', { kind: 'COMPLAINT', title: 'Xác minh đơn tố cáo', openedOn: '01/09/2026', personIds: [em.id] });
  });
  afterAll(async () => closeWorld(w?.app, database));

  it('shows each year with the unit the person belonged to that year', async () => {
    const years = await personYears(em.id);
    const unitOf = (y: number) => years.find((x) => x.year === y)?.unit?.name;
    expect(unitOf(2023)).toBe('Phòng Quản lý khoa học');
    expect(unitOf(2024)).toBe('Văn phòng Sở');
    expect(years[0]!.year).toBe(new Date().getFullYear());
    expect(years.at(-1)!.year).toBe(2020);
  });

  it("shows the year's rating and titles with their basis", async () => {
    const y2023 = (await personYears(em.id)).find((y) => y.year === 2023)!;
    expect(y2023.rating?.level).toBe('HTXSNV');
    expect(y2023.awards.map((a) => a.awardCode).sort()).toEqual(['CSTDCS', 'LDTT']);
    expect(y2023.awards.find((a) => a.awardCode === 'CSTDCS')!.basis.map((b) => b.title)).toEqual(['Số hóa quy trình xét duyệt đề tài']);
  });

  it('shows initiatives with every author share and what they were used for', async () => {
    const [init] = (await personYears(em.id)).find((y) => y.year === 2023)!.initiatives;
    expect(init).toMatchObject({ title: 'Số hóa quy trình xét duyệt đề tài', ownSharePct: 70 });
    expect(init!.authors.map((a) => [a.personName, a.sharePct])).toEqual([['Hoàng Văn Em', 70], ['Nguyễn Văn An', 30]]);
    expect(init!.usedBy.map((u) => u.awardCode)).toEqual(['CSTDCS']);
  });

  it('shows a discipline in every year it was in force and an open inspection', async () => {
    const years = await personYears(em.id);
    expect(years.find((y) => y.year === 2025)!.disciplines.map((d) => d.form)).toEqual(['KHIEN_TRACH']);
    expect(years.find((y) => y.year === 2026)!.disciplines.map((d) => d.form)).toEqual(['KHIEN_TRACH']);
    expect(years.find((y) => y.year === 2024)!.disciplines).toEqual([]);
    expect(years.find((y) => y.year === 2026)!.inspections).toEqual([expect.objectContaining({ title: 'Xác minh đơn tố cáo', status: 'open' })]);
  });

  it("answers not found to a unit head asking for a person who has left their unit", async () => {
    const res = await w.clients.headQlkh.get(`/api/records/person/${em.id}/timeline`);
    expect(res.statusCode).toBe(404);
  });

  it('lets a staff member read their own record but not a colleague’s', async () => {
    expect((await w.clients.staffAn.get(`/api/records/person/${w.people.an.id}/timeline`)).statusCode).toBe(200);
    expect((await w.clients.staffAn.get(`/api/records/person/${em.id}/timeline`)).statusCode).toBe(404);
  });

  it("counts a collective's members of each year from the assignment history", async () => {
    const years = await unitYears(w.units.qlkh.id);
    const y2023 = years.find((y) => y.year === 2023)!;
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2023.members.map((m) => m.fullName)).toContain('Hoàng Văn Em');
    expect(y2024.members.map((m) => m.fullName)).not.toContain('Hoàng Văn Em');
    expect(y2023.memberCount).toBe(y2024.memberCount + 1);
  });

  it("shows a collective's award and the share of members with Lao động tiên tiến", async () => {
    const y2023 = (await unitYears(w.units.qlkh.id)).find((y) => y.year === 2023)!;
    expect(y2023.awards.map((a) => a.awardCode)).toEqual(['TTLDTT']);
    expect(y2023.membersWithLdtt).toBe(1);
    expect(y2023.ldttShare).toBeCloseTo(1 / y2023.memberCount, 4);
    expect(y2023.members.find((m) => m.fullName === 'Hoàng Văn Em')).toMatchObject({ rating: 'HTXSNV', awards: expect.arrayContaining(['LDTT', 'CSTDCS']) });
  });

  it("counts but does not list to a unit head a former member now outside their unit", async () => {
    const y2023 = (await unitYears(w.units.qlkh.id, () => w.clients.headQlkh)).find((y) => y.year === 2023)!;
    expect(y2023.membersHidden).toBe(1);
    expect(y2023.members.map((m) => m.fullName)).not.toContain('Hoàng Văn Em');
  });

  it("answers not found for another unit's record and for a staff member", async () => {
    expect((await w.clients.headQlkh.get(`/api/records/unit/${w.units.vp.id}/timeline`)).statusCode).toBe(404);
    expect((await w.clients.staffAn.get(`/api/records/unit/${w.units.qlkh.id}/timeline`)).statusCode).toBe(404);
  });

  it('refuses a visitor who is not signed in', async () => {
    expect((await w.app.inject({ method: 'GET', url: `/api/records/unit/${w.units.qlkh.id}/timeline` })).statusCode).toBe(401);
  });
});
