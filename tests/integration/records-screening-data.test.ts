/**
 * The screening loader (one compact row per query, for a whole province) must give the engine the
 * same cases, hence the same screening table, as the reference loader used for explanations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { loadCaseData } from '../../src/db/queries/records/case-data';
import { loadScreeningData } from '../../src/db/queries/records/screening-data';
import {
  attestations, awardBasisUses, awards, disciplines, initiativeAuthors, initiatives, inspectionSubjects, inspections, personAssignments, ratings,
  scienceTaskMembers, scienceTasks,
} from '../../src/db/schema';
import { screenMany, type ScreeningCase } from '../../src/domain/eligibility';
import { screeningCases } from '../../src/server/services/screening/build-cases';
import { buildCases, COLLECTIVE_SCREENING_AWARDS, INDIVIDUAL_SCREENING_AWARDS } from '../../src/server/services/screening/screen';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';

const AS_OF = '2025-01-15';
const LEVELS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'];

/** Award ids and decision numbers are not loaded for screening (never judged); list order is not significant. */
function comparable(cases: ScreeningCase[]) {
  const copy = structuredClone(cases) as ScreeningCase[];
  for (const c of copy) {
    const s = c.subject;
    for (const x of [s, ...(s.kind === 'collective' ? s.members : [])]) {
      for (const a of x.awards) {
        delete a.id;
        delete a.decisionNo;
      }
      x.awards.sort((a, b) => JSON.stringify([a.year, a.code, a.basisType, a.cstdcsBasis ?? '', a.decidedOn ?? '']).localeCompare(JSON.stringify([b.year, b.code, b.basisType, b.cstdcsBasis ?? '', b.decidedOn ?? ''])));
      x.ratings.sort((a, b) => a.year - b.year);
    }
    if (s.kind === 'individual') {
      s.initiatives.sort((a, b) => a.id.localeCompare(b.id));
      s.scienceTasks.sort((a, b) => a.id.localeCompare(b.id));
      for (const i of [...s.initiatives, ...s.scienceTasks]) i.usedFor.sort((a, b) => a.year - b.year || a.awardCode.localeCompare(b.awardCode));
    }
  }
  return JSON.parse(JSON.stringify(copy)) as unknown;
}

describe.each(databaseKinds)('screening data on %s', (kind) => {
  let database: Database;
  let agencyId: string;
  let unitIds: Record<'qlkh' | 'to1' | 'vp' | 'ttud' | 'other', string>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const db = database.db;
    const f = factory(db);
    const agency = await f.agency();
    const other = await f.agency();
    agencyId = agency.id;
    const qlkh = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học', code: 'QLKH', sortOrder: 1 });
    const to1 = await f.unit(agency.id, { name: 'Tổ Thẩm định', code: 'TO1', parentId: qlkh.id, sortOrder: 2 });
    const vp = await f.unit(agency.id, { name: 'Văn phòng Sở', code: 'VP', kind: 'office', sortOrder: 3 });
    const ttud = await f.unit(agency.id, { name: 'Trung tâm Ứng dụng', code: 'TTUD', kind: 'affiliated', sortOrder: 4 });
    const closed = await f.unit(agency.id, { name: 'Phòng đã giải thể', code: 'CLOSED', active: false, sortOrder: 5 });
    const otherUnit = await f.unit(other.id, { name: 'Phòng của Sở khác', code: 'KHAC' });
    unitIds = { qlkh: qlkh.id, to1: to1.id, vp: vp.id, ttud: ttud.id, other: otherUnit.id };

    const names = ['An', 'Bình', 'Cường', 'Dung', 'Em', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nam', 'Oanh'];
    const homes = [qlkh, qlkh, to1, to1, vp, vp, ttud, ttud, closed, qlkh, vp, ttud];
    const people = [];
    for (let i = 0; i < names.length; i++) {
      people.push(await f.person(agency.id, homes[i]!.id, {
        familyName: i % 2 ? 'Trần' : 'Nguyễn', middleName: i % 3 ? 'Văn' : 'Thị', givenName: names[i]!, code: `CB${String(i).padStart(3, '0')}`,
        staffCategory: i % 3 === 0 ? 'vien_chuc' : i % 5 === 0 ? 'hop_dong' : 'cong_chuc', fromDate: '2015-01-01',
      }));
    }
    const outsider = await f.person(other.id, otherUnit.id, { givenName: 'Ngoài' });
    const [an, binh, cuong, dung, em, giang, ha, , lan, minh, nam] = people;
    // Moves: Em from VP to QLKH on 01/07/2024; Giang left on 30/06/2024; Nam joined on 01/03/2024 (VP).
    await db.update(personAssignments).set({ toDate: '2024-06-30' }).where(eq(personAssignments.personId, em!.id));
    await db.insert(personAssignments).values({ personId: em!.id, unitId: qlkh.id, staffCategory: 'cong_chuc', fromDate: '2024-07-01', position: 'Phó trưởng phòng' });
    await db.update(personAssignments).set({ toDate: '2024-06-30' }).where(eq(personAssignments.personId, giang!.id));
    await db.update(personAssignments).set({ fromDate: '2024-03-01' }).where(eq(personAssignments.personId, nam!.id));

    // Ratings 2014–2024 with gaps, an unknown level and an unknown regime; unit ratings, one not attested.
    const ratingRows: (typeof ratings.$inferInsert)[] = [];
    people.forEach((p, i) => {
      for (let y = 2014; y <= 2024; y++) {
        if ((i + y) % 7 === 0) continue;
        const level = i === 3 && y === 2022 ? 'XUAT_SAC_LA' : LEVELS[(i * 3 + y) % LEVELS.length]!;
        ratingRows.push({ agencyId: agency.id, personId: p.id, ratedInUnitId: p.unitId, year: y, level, regime: i === 5 && y === 2024 ? 'ND999' : i % 3 === 0 ? 'ND233' : 'ND335', spiritAttested: (i + y) % 11 !== 0 });
      }
    });
    ratingRows.push({ agencyId: other.id, personId: outsider.id, year: 2024, level: 'HTXSNV', regime: 'ND335' });
    for (const [u, lv, attested] of [[qlkh, 'HTXSNV', true], [to1, 'HTTNV', false], [vp, 'HTTNV', true], [ttud, 'HTXSNV', true]] as const) {
      ratingRows.push({ agencyId: agency.id, unitId: u.id, year: 2024, level: lv, regime: 'ND335', spiritAttested: attested });
      ratingRows.push({ agencyId: agency.id, unitId: u.id, year: 2023, level: 'HTTNV', regime: 'ND335' });
    }
    await db.insert(ratings).values(ratingRows);

    // Awards: titles each good year, CSTĐCS on initiatives, provincial titles, an irregular Bằng khen, an unknown code.
    const awardRows: (typeof awards.$inferInsert)[] = [];
    people.forEach((p, i) => {
      for (let y = 2016; y <= 2023; y++) {
        const level = LEVELS[(i * 3 + y) % LEVELS.length]!;
        if (level === 'HTXSNV' || level === 'HTTNV') awardRows.push({ agencyId: agency.id, personId: p.id, awardCode: 'LDTT', year: y, decisionNo: `${y}/QĐ` });
        if (level === 'HTXSNV') awardRows.push({ agencyId: agency.id, personId: p.id, awardCode: 'CSTDCS', year: y, cstdcsBasis: i % 2 ? 'HTXSNV' : 'INITIATIVE' });
      }
      if (i % 4 === 0) awardRows.push({ agencyId: agency.id, personId: p.id, awardCode: 'CSTD_TINH', year: 2021, decidedOn: '2022-04-01' });
      if (i % 3 === 1) awardRows.push({ agencyId: agency.id, personId: p.id, awardCode: 'BK_TINH', year: 2019, basisType: i % 2 ? 'DOT_XUAT' : 'CONG_TRANG', decidedOn: '2020-05-10' });
    });
    awardRows.push({ agencyId: agency.id, personId: an!.id, awardCode: 'HUY_HIEU_LA', year: 2020 });
    awardRows.push({ agencyId: agency.id, personId: binh!.id, awardCode: 'CSTDCS', year: 2024, basisType: 'KHONG_RO', cstdcsBasis: 'KHAC' });
    for (const u of [qlkh, to1, vp]) awardRows.push({ agencyId: agency.id, unitId: u.id, awardCode: 'TTLDTT', year: 2023 });
    await db.insert(awards).values(awardRows);

    // Initiatives: one by An and Bình (used by Bình's 2024 CSTĐCS: still free for An), one per person in some years.
    const [shared] = await db.insert(initiatives).values({ agencyId: agency.id, title: 'Sáng kiến chung', recognizedBy: 'CO_SO', recognizedOn: '2024-10-01', impactScope: 'TINH', impactRecognizedByProvinceHead: true, replicable: true }).returning();
    await db.insert(initiativeAuthors).values([{ initiativeId: shared!.id, personId: an!.id, sharePct: 60 }, { initiativeId: shared!.id, personId: binh!.id, sharePct: 40 }]);
    const [binhCstdcs] = await db.insert(awards).values({ agencyId: agency.id, personId: binh!.id, awardCode: 'CSTDCS', year: 2024, cstdcsBasis: 'INITIATIVE' }).returning();
    await db.insert(awardBasisUses).values({ awardId: binhCstdcs!.id, initiativeId: shared!.id });
    for (const [p, y, scope] of [[cuong, 2023, 'CO_SO'], [cuong, 2024, 'TOAN_QUOC'], [dung, 2024, 'TINH'], [ha, 2022, 'CO_SO'], [minh, 2024, 'VUNG']] as const) {
      const [i] = await db.insert(initiatives).values({ agencyId: agency.id, title: `Sáng kiến ${y}`, recognizedBy: scope === 'VUNG' ? 'VUNG' : 'CO_SO', recognizedOn: `${y}-09-15`, impactScope: scope }).returning();
      await db.insert(initiativeAuthors).values({ initiativeId: i!.id, personId: p!.id, sharePct: 100 });
      if (p === cuong && y === 2023) {
        const [own] = await db.insert(awards).values({ agencyId: agency.id, personId: cuong!.id, awardCode: 'CSTDCS', year: 2023, cstdcsBasis: 'INITIATIVE' }).returning();
        await db.insert(awardBasisUses).values({ awardId: own!.id, initiativeId: i!.id });
      }
    }
    // S&T tasks with members, a ministry-level one, one not accepted.
    const [task] = await db.insert(scienceTasks).values({ agencyId: agency.id, code: 'ĐT-01', title: 'Đề tài cấp tỉnh', kind: 'DE_TAI', level: 'BO', acceptedOn: '2024-08-20', acceptanceResult: 'XUAT_SAC', applied: true, impactScope: 'TINH' }).returning();
    const [task2] = await db.insert(scienceTasks).values({ agencyId: agency.id, title: 'Đề tài dở dang', kind: 'DE_TAI', level: 'CO_SO' }).returning();
    await db.insert(scienceTaskMembers).values([
      { taskId: task!.id, personId: dung!.id, role: 'LEADER' }, { taskId: task!.id, personId: em!.id, role: 'MEMBER' }, { taskId: task2!.id, personId: ha!.id, role: 'LEADER' },
    ]);
    const [emAward] = await db.insert(awards).values({ agencyId: agency.id, personId: em!.id, awardCode: 'CSTDCS', year: 2024, cstdcsBasis: 'SCIENCE_TASK' }).returning();
    await db.insert(awardBasisUses).values({ awardId: emAward!.id, scienceTaskId: task!.id });
    // Disciplines (one of another agency's person), inspections naming a person, a unit, and both.
    await db.insert(disciplines).values([
      { agencyId: agency.id, personId: cuong!.id, form: 'KHIEN_TRACH', decidedOn: '2024-03-01', effectiveFrom: '2024-03-01', effectiveTo: '2025-02-28' },
      { agencyId: agency.id, personId: lan!.id, form: 'CANH_CAO', decidedOn: '2022-01-10', effectiveFrom: '2022-01-10', effectiveTo: '2023-01-09', dutyRelated: false },
      { agencyId: agency.id, personId: minh!.id, form: 'PHE_BINH', decidedOn: '2024-05-05', effectiveFrom: '2024-05-05', effectiveTo: '2024-11-05' },
      { agencyId: other.id, personId: outsider.id, form: 'CANH_CAO', decidedOn: '2024-01-01', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' },
    ]);
    const [open] = await db.insert(inspections).values({ agencyId: agency.id, kind: 'INSPECTION', title: 'Thanh tra tài chính', openedOn: '2024-11-01', hasViolation: true }).returning();
    const [doneUnit] = await db.insert(inspections).values({ agencyId: agency.id, kind: 'AUDIT', title: 'Kiểm toán', openedOn: '2024-02-01', concludedOn: '2024-06-01' }).returning();
    const [unknownKind] = await db.insert(inspections).values({ agencyId: agency.id, kind: 'KHAC', title: 'Loại lạ', openedOn: '2024-02-01' }).returning();
    await db.insert(inspectionSubjects).values([
      { inspectionId: open!.id, personId: dung!.id }, { inspectionId: open!.id, unitId: to1.id }, { inspectionId: doneUnit!.id, unitId: vp.id },
      { inspectionId: unknownKind!.id, personId: em!.id, unitId: qlkh.id },
    ]);
    // Attestations (xác nhận) of 2023 and 2024: answers of each kind for people and units, one of another agency.
    const answerRows: (typeof attestations.$inferInsert)[] = [];
    people.forEach((p, i) => {
      for (const y of [2023, 2024]) {
        if ((i + y) % 4 === 0) continue;
        const on = `${y}-12-15`;
        answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'exemplaryCompliance', value: i % 5 !== 0, attestedOn: on });
        if (i % 3 === 0) answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'answers.BK_TINH.a', value: i % 2 === 0, attestedOn: on });
        if (i % 4 === 1) answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'spiritAttested', value: false, attestedOn: on });
        if (i % 4 === 2) answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'workedMonths', value: 11, attestedOn: on });
        if (i === 0) answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'vote', value: { yes: 8, members: 9, present: 9 }, attestedOn: on });
        if (i === 2) answerRows.push({ agencyId: agency.id, personId: p.id, year: y, key: 'councilSelected', value: true, attestedOn: on });
      }
    });
    answerRows.push({ agencyId: other.id, personId: outsider.id, year: 2024, key: 'exemplaryCompliance', value: true, attestedOn: '2024-12-15' });
    answerRows.push({ agencyId: agency.id, unitId: to1.id, year: 2024, key: 'movementActive', value: true, attestedOn: '2024-12-15' });
    answerRows.push({ agencyId: agency.id, unitId: qlkh.id, year: 2024, key: 'internalUnity', value: false, attestedOn: '2024-12-15' });
    answerRows.push({ agencyId: agency.id, unitId: ttud.id, year: 2023, key: 'clusterLeader', value: true, attestedOn: '2023-12-15' });
    await db.insert(attestations).values(answerRows);
  });
  afterAll(async () => database?.close());

  const scopes = [
    ['the whole agency', undefined],
    ['a unit with a sub-unit', 'qlkh'],
    ['a sub-unit', 'to1'],
    ['an affiliated unit', 'ttud'],
  ] as const;

  for (const year of [2023, 2024]) {
    for (const [what, unit] of scopes) {
      it(`gives the same cases and the same screening table as the reference loader, for ${what} in ${year}`, async () => {
        const unitId = unit ? unitIds[unit] : undefined;
        const reference = buildCases(await loadCaseData(database.db, { agencyId, year, unitId }), { year, asOf: AS_OF });
        const fast = screeningCases(await loadScreeningData(database.db, { agencyId, year, unitId }), { year, asOf: AS_OF });
        expect(fast.people.map((c) => c.subject.id)).toEqual(reference.people.map((c) => c.subject.id));
        expect(fast.units.map((c) => c.subject.id)).toEqual(reference.units.map((c) => c.subject.id));
        expect(comparable(fast.people)).toEqual(comparable(reference.people));
        expect(comparable(fast.units)).toEqual(comparable(reference.units));
        const rows = (cases: typeof fast) => [
          ...screenMany(cases.people, INDIVIDUAL_SCREENING_AWARDS), ...screenMany(cases.units, COLLECTIVE_SCREENING_AWARDS),
        ];
        expect(rows(fast)).toEqual(rows(reference));
        // The attested answers reach the cases.
        if (!unit) expect(fast.people.some((c) => c.subject.kind === 'individual' && c.subject.flags.exemplaryCompliance === false)).toBe(true);
      });
    }
  }

  it('finds nobody in a unit of another agency', async () => {
    const data = await loadScreeningData(database.db, { agencyId, year: 2024, unitId: unitIds.other });
    expect(data.people).toEqual([]);
    expect(screeningCases(data, { year: 2024, asOf: AS_OF }).units).toEqual([]);
  });
});
