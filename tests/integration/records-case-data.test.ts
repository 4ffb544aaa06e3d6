import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { loadCaseData, type CaseData } from '../../src/db/queries/records/case-data';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { closeWorld, recordsWorld, transfer, type RecordsWorld } from './records-fixture';

describe.each(databaseKinds)('case data for the engine on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  let em: { id: string };
  let whole: CaseData;
  let qlkhOnly: CaseData;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    const office = w.clients.office;
    // Hoàng Văn Em: QLKH until 30/06/2024, then VP.
    em = await w.f.person(w.agency.id, w.units.qlkh.id, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Em', fromDate: '2018-01-01' });
    await transfer(database, em.id, w.units.vp.id, '2024-07-01', '2024-06-30');
    for (const [personId, year, level] of [[em.id, 2022, 'HTXSNV'], [em.id, 2023, 'HTXSNV'], [em.id, 2024, 'HTTNV'], [em.id, 2025, 'HTTNV'], [w.people.an.id, 2023, 'HTTNV']] as const) {
      await office.post('/api/records/ratings', { personId, year, level });
    }
    await office.post('/api/records/ratings', { unitId: w.units.qlkh.id, year: 2023, level: 'HTXSNV' });
    const init = (await office.post('/api/records/initiatives', {
      title: 'Sáng kiến chung', recognizedBy: 'CO_SO', recognizedOn: '01/11/2023', authors: [{ personId: em.id, sharePct: 50 }, { personId: w.people.cuong.id, sharePct: 50 }],
    })).json();
    await office.post('/api/records/awards', { personId: w.people.cuong.id, awardCode: 'CSTDCS', year: 2023, cstdcsBasis: 'INITIATIVE', initiativeIds: [init.id] });
    await office.post('/api/records/awards', { personId: em.id, awardCode: 'LDTT', year: 2023 });
    await office.post('/api/records/awards', { unitId: w.units.qlkh.id, awardCode: 'TTLDTT', year: 2023 });
    await office.post('/api/records/science-tasks', { title: 'Đề tài cấp tỉnh', kind: 'DE_TAI', taskLevel: 'TINH', acceptedOn: '01/10/2023', acceptanceResult: 'XUAT_SAC', members: [{ personId: em.id, role: 'LEADER' }] });
    await office.post('/api/records/disciplines', { personId: w.people.binh.id, form: 'CANH_CAO', decidedOn: '01/02/2023', effectiveFrom: '01/02/2023', effectiveTo: '31/01/2024' });
    await office.post('/api/records/inspections', { kind: 'INSPECTION', title: 'Thanh tra đề tài', openedOn: '01/09/2023', hasViolation: true, personIds: [em.id] });
    whole = await loadCaseData(database.db, { agencyId: w.agency.id, year: 2023 });
    qlkhOnly = await loadCaseData(database.db, { agencyId: w.agency.id, year: 2023, unitId: w.units.qlkh.id });
  });
  afterAll(async () => closeWorld(w?.app, database));

  it('gives each person the unit they belonged to in the year and in earlier years', () => {
    const p = whole.persons.get(em.id)!;
    expect(p.unitId).toBe(w.units.qlkh.id);
    expect(p.currentUnitId).toBe(w.units.vp.id);
    expect(p.unitByYear[2020]).toBe(w.units.qlkh.id);
  });

  it("keeps only ratings up to the year, oldest first", () => {
    expect(whole.ratingsByPerson.get(em.id)!.map((r) => [r.year, r.level])).toEqual([[2022, 'HTXSNV'], [2023, 'HTXSNV']]);
  });

  it('lists as candidates of a unit subtree the people in it that year, in Vietnamese name order', () => {
    const names = qlkhOnly.candidatePersonIds.map((id) => qlkhOnly.persons.get(id)!.fullName);
    expect(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Hoàng Văn Em']);
  });

  it('leaves people of other units out of a subtree', () => {
    expect(qlkhOnly.persons.has(w.people.cuong.id)).toBe(false);
    expect(qlkhOnly.ratingsByPerson.has(w.people.cuong.id)).toBe(false);
  });

  it("shows an initiative used by a co-author's award, even when that co-author is outside the subtree", () => {
    const [id] = qlkhOnly.initiativeIdsByPerson.get(em.id)!;
    const init = qlkhOnly.initiatives.get(id!)!;
    expect(init.authors).toHaveLength(2);
    expect(init.usedBy).toEqual([expect.objectContaining({ awardCode: 'CSTDCS', personId: w.people.cuong.id })]);
  });

  it('gives awards with their basis, S&T tasks with roles, disciplines and inspections', () => {
    expect(whole.awardsByPerson.get(w.people.cuong.id)![0]!.initiativeIds).toHaveLength(1);
    const [taskId] = whole.scienceTaskIdsByPerson.get(em.id)!;
    expect(whole.scienceTasks.get(taskId!)!.members).toEqual([{ personId: em.id, role: 'LEADER' }]);
    expect(whole.disciplinesByPerson.get(w.people.binh.id)!.map((d) => d.form)).toEqual(['CANH_CAO']);
    const [inspectionId] = whole.inspectionIdsByPerson.get(em.id)!;
    expect(whole.inspections.get(inspectionId!)).toMatchObject({ concludedOn: null, hasViolation: true, personIds: [em.id] });
  });

  it('gives units their ratings, awards and members per year', () => {
    const qlkh = qlkhOnly.units.get(w.units.qlkh.id)!;
    expect(qlkhOnly.ratingsByUnit.get(w.units.qlkh.id)!.map((r) => r.level)).toEqual(['HTXSNV']);
    expect(qlkhOnly.awardsByUnit.get(w.units.qlkh.id)!.map((a) => a.awardCode)).toEqual(['TTLDTT']);
    expect(qlkh.membersByYear[2023]).toContain(em.id);
    expect(qlkh.target).toBe(true);
    expect(qlkhOnly.units.get(w.units.vp.id)!.target).toBe(false);
  });

  it('counts a moved person in the new unit from the year of the move', async () => {
    const y2024 = await loadCaseData(database.db, { agencyId: w.agency.id, year: 2024 });
    expect(y2024.units.get(w.units.vp.id)!.membersByYear[2024]).toContain(em.id);
    expect(y2024.units.get(w.units.qlkh.id)!.membersByYear[2024]).not.toContain(em.id);
  });
});
