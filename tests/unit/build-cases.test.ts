/**
 * From the rows of the records register (CaseData) to the engine's cases: codes the engine does not
 * know are left out rather than guessed, uses of an achievement are per author, and a collective is
 * everyone in its unit subtree that year.
 */
import { describe, expect, it } from 'vitest';
import type {
  CaseAward, CaseData, CaseDiscipline, CaseInitiative, CaseInspection, CasePerson, CaseRating, CaseScienceTask, CaseUnit,
} from '../../src/db/queries/records/case-data';
import { membersOf, personCase, unitCase } from '../../src/server/services/screening/build-cases';
import { catalogueStaffCategory } from '../../src/domain/records/rating-regime';
import { buildCases } from '../../src/server/services/screening/screen';
import type { CollectiveSubject, IndividualSubject } from '../../src/domain/eligibility';

const YEAR = 2025;

function person(id: string, fullName: string, staffCategory = 'cong_chuc', unitId = 'u-qlkh'): CasePerson {
  return {
    id, code: id.toUpperCase(), fullName, sortKey: fullName, gender: 'male', birthDate: null, status: 'active', isDirectWorker: false,
    currentUnitId: unitId, unitId, position: 'Chuyên viên', isLeader: false, staffCategory, unitByYear: { [YEAR]: unitId },
  };
}

function unit(id: string, name: string, parentId: string | null, membersByYear: Record<number, string[]>, extra: Partial<CaseUnit> = {}): CaseUnit {
  return { id, parentId, code: id.toUpperCase(), name, kind: 'division', active: true, sortOrder: 0, target: true, membersByYear, ...extra };
}

const rating = (r: Partial<CaseRating> & { year: number; level: string }): CaseRating =>
  ({ personId: null, unitId: null, regime: 'ND90', ratedInUnitId: null, spiritAttested: true, ...r });

const award = (a: Partial<CaseAward> & { id: string; awardCode: string; year: number }): CaseAward => ({
  personId: null, unitId: null, basisType: 'CONG_TRANG', cstdcsBasis: null, decisionNo: '', decidedOn: null, source: 'manual', initiativeIds: [], scienceTaskIds: [], ...a,
});

function emptyData(): CaseData {
  return {
    agencyId: 'ag', year: YEAR, fromYear: YEAR - 9, candidatePersonIds: [], persons: new Map(), units: new Map(),
    ratingsByPerson: new Map(), ratingsByUnit: new Map(), awardsByPerson: new Map(), awardsByUnit: new Map(),
    initiatives: new Map(), initiativeIdsByPerson: new Map(), scienceTasks: new Map(), scienceTaskIdsByPerson: new Map(),
    disciplinesByPerson: new Map(), inspections: new Map(), inspectionIdsByPerson: new Map(), inspectionIdsByUnit: new Map(),
    answersByPerson: new Map(), answersByUnit: new Map(),
  };
}

/**
 * Phòng Quản lý khoa học (An, Bình) with its Tổ Thông tin (Chi); Văn phòng (Dũng); a closed unit.
 * An and Bình wrote one initiative together; Bình's Giấy khen 2025 used it.
 */
function department(): CaseData {
  const d = emptyData();
  for (const p of [person('an', 'Nguyễn Văn An'), person('binh', 'Trần Thị Bình', 'vien_chuc'), person('chi', 'Lê Thị Chi', 'hop_dong', 'u-to'), person('dung', 'Phạm Văn Dũng', 'nguoi_lao_dong', 'u-vp')]) {
    d.persons.set(p.id, p);
  }
  d.candidatePersonIds = ['an', 'binh', 'chi', 'dung'];
  d.units.set('u-qlkh', unit('u-qlkh', 'Phòng Quản lý khoa học', null, { 2024: ['an'], [YEAR]: ['an', 'binh'] }));
  d.units.set('u-to', unit('u-to', 'Tổ Thông tin khoa học', 'u-qlkh', { [YEAR]: ['chi'] }));
  d.units.set('u-vp', unit('u-vp', 'Văn phòng Sở', null, { [YEAR]: ['dung'] }));
  d.units.set('u-closed', unit('u-closed', 'Phòng đã giải thể', null, { [YEAR]: ['dung'] }, { active: false }));
  d.units.set('u-empty', unit('u-empty', 'Phòng mới thành lập', null, {}));

  d.ratingsByPerson.set('an', [
    rating({ personId: 'an', year: 2024, level: 'HTXSNV' }),
    rating({ personId: 'an', year: YEAR, level: 'HTTNV', regime: 'ND_KHONG_CO' }),
    rating({ personId: 'an', year: 2023, level: 'GIOI' }),
  ]);
  d.ratingsByUnit.set('u-qlkh', [rating({ unitId: 'u-qlkh', year: YEAR, level: 'HTTNV', spiritAttested: true })]);
  d.awardsByPerson.set('an', [
    award({ id: 'a1', personId: 'an', awardCode: 'CSTDCS', year: 2024, cstdcsBasis: 'HTXSNV', decidedOn: '2025-01-20', decisionNo: '12/QĐ-SKHCN' }),
    award({ id: 'a2', personId: 'an', awardCode: 'HUY_HIEU_LA', year: 2024 }),
    award({ id: 'a3', personId: 'an', awardCode: 'GK_SO', year: 2023, basisType: 'KHONG_RO', cstdcsBasis: 'KHONG_RO' }),
  ]);
  d.awardsByPerson.set('binh', [award({ id: 'b1', personId: 'binh', awardCode: 'GK_SO', year: YEAR, initiativeIds: ['sk-chung'] })]);

  const shared: CaseInitiative = {
    id: 'sk-chung', title: 'Sổ tay thẩm định công nghệ', recognizedBy: 'CO_SO', recognizedOn: '2025-04-02', impactScope: 'CO_SO',
    impactRecognizedByProvinceHead: false, appliedEffectively: true, replicable: false,
    authors: [{ personId: 'an', sharePct: 60 }, { personId: 'binh', sharePct: 40 }],
    usedBy: [{ awardId: 'b1', awardCode: 'GK_SO', year: YEAR, personId: 'binh', unitId: null }],
  };
  const unknownLevel: CaseInitiative = { ...shared, id: 'sk-la', recognizedBy: 'HUYEN', authors: [{ personId: 'an', sharePct: 100 }], usedBy: [] };
  d.initiatives.set(shared.id, shared).set(unknownLevel.id, unknownLevel);
  d.initiativeIdsByPerson.set('an', ['sk-chung', 'sk-la']).set('binh', ['sk-chung']);

  const task = (t: Partial<CaseScienceTask> & { id: string }): CaseScienceTask => ({
    code: '', title: 'Đề tài', kind: 'DE_TAI', level: 'TINH', acceptedOn: '2025-10-01', acceptanceResult: 'XUAT_SAC', applied: true, impactScope: 'TINH',
    impactRecognizedByProvinceHead: true, members: [{ personId: 'an', role: 'LEADER' }], usedBy: [], ...t,
  });
  for (const t of [task({ id: 'dt-tinh' }), task({ id: 'dt-qg', level: 'QUOC_GIA' }), task({ id: 'dt-bo', level: 'BO' }), task({ id: 'dt-la', kind: 'SACH' })]) d.scienceTasks.set(t.id, t);
  d.scienceTaskIdsByPerson.set('an', ['dt-tinh', 'dt-qg', 'dt-bo', 'dt-la']);

  const discipline = (x: Partial<CaseDiscipline> & { id: string; form: string }): CaseDiscipline =>
    ({ personId: 'an', decidedOn: '2022-03-01', effectiveFrom: '2022-03-01', effectiveTo: '2023-02-28', dutyRelated: true, ...x });
  d.disciplinesByPerson.set('an', [discipline({ id: 'k1', form: 'KHIEN_TRACH' }), discipline({ id: 'k2', form: 'NHAC_NHO' })]);

  const inspection = (x: Partial<CaseInspection> & { id: string }): CaseInspection => ({
    kind: 'INSPECTION', title: 'Thanh tra kinh phí đề tài', openedOn: '2025-11-01', concludedOn: null, hasViolation: true, remedied: false, remediedOn: null,
    personIds: ['an'], unitIds: [], ...x,
  });
  d.inspections.set('i1', inspection({ id: 'i1' })).set('i2', inspection({ id: 'i2', kind: 'GIAM_SAT' })).set('i3', inspection({ id: 'i3', concludedOn: '2025-12-15', hasViolation: false, personIds: [], unitIds: ['u-qlkh'] }));
  d.inspectionIdsByPerson.set('an', ['i1', 'i2']);
  d.inspectionIdsByUnit.set('u-qlkh', ['i3']);
  return d;
}

const individual = (data: CaseData, id: string) => {
  const c = personCase(data, id, { year: YEAR, asOf: '2026-01-15' });
  expect(c?.subject.kind).toBe('individual');
  return c!.subject as IndividualSubject;
};
const collective = (data: CaseData, id: string) => {
  const c = unitCase(data, id, { year: YEAR, asOf: '2026-01-15' });
  expect(c?.subject.kind).toBe('collective');
  return c!.subject as CollectiveSubject;
};

describe('staff categories of the people register', () => {
  it.each([
    ['cong_chuc', 'CONG_CHUC'],
    ['vien_chuc', 'VIEN_CHUC'],
    ['nguoi_lao_dong', 'NGUOI_LAO_DONG'],
    ['hop_dong', 'NGUOI_LAO_DONG'],
  ])('rates %s as %s', (category, expected) => {
    expect(catalogueStaffCategory(category)).toBe(expected);
  });

  it('gives each person the category held in the year', () => {
    const data = department();
    expect(individual(data, 'binh').staffCategory).toBe('VIEN_CHUC');
    expect(individual(data, 'chi').staffCategory).toBe('NGUOI_LAO_DONG');
  });
});

describe('a person’s case', () => {
  const data = department();
  const an = individual(data, 'an');

  it('carries the year and the date of the check', () => {
    const c = personCase(data, 'an', { year: YEAR, asOf: '2026-01-15' })!;
    expect(c).toMatchObject({ year: YEAR, asOf: '2026-01-15', basisType: 'CONG_TRANG' });
    expect(an).toMatchObject({ id: 'an', name: 'Nguyễn Văn An', flags: {} });
  });

  it('leaves out a rating level the engine does not know, and an unknown rating regime', () => {
    expect(an.ratings).toEqual([
      { year: 2024, level: 'HTXSNV', regime: 'ND90', spiritAttested: true },
      { year: YEAR, level: 'HTTNV', regime: undefined, spiritAttested: true },
    ]);
  });

  it('leaves out an award code the catalogue does not know and reads an unknown basis as công trạng', () => {
    expect(an.awards).toEqual([
      { id: 'a1', code: 'CSTDCS', year: 2024, basisType: 'CONG_TRANG', cstdcsBasis: 'HTXSNV', decidedOn: '2025-01-20', decisionNo: '12/QĐ-SKHCN' },
      { id: 'a3', code: 'GK_SO', year: 2023, basisType: 'CONG_TRANG', cstdcsBasis: undefined, decidedOn: undefined, decisionNo: undefined },
    ]);
  });

  it('leaves out a discipline form and an inspection kind the engine does not know', () => {
    expect(an.disciplines.map((d) => d.form)).toEqual(['KHIEN_TRACH']);
    expect(an.pendingChecks).toEqual([{ kind: 'INSPECTION', openedOn: '2025-11-01', concludedOn: undefined, hasViolationSigns: true, title: 'Thanh tra kinh phí đề tài' }]);
  });

  it('leaves out an initiative recognised at a level the engine does not know', () => {
    expect(an.initiatives.map((i) => i.id)).toEqual(['sk-chung']);
  });

  it("does not let a co-author's Giấy khen consume the initiative for the other author", () => {
    expect(an.initiatives[0]).toMatchObject({ id: 'sk-chung', sharePct: 60, usedFor: [] });
    expect(individual(data, 'binh').initiatives[0]).toMatchObject({ id: 'sk-chung', sharePct: 40, usedFor: [{ awardCode: 'GK_SO', year: YEAR }] });
  });

  it('describes an S&T task managed by a ministry or the State as national in level', () => {
    const levels = Object.fromEntries(an.scienceTasks.map((t) => [t.id, t.level]));
    expect(levels).toEqual({ 'dt-tinh': 'TINH', 'dt-qg': 'TOAN_QUOC', 'dt-bo': 'TOAN_QUOC' });
  });

  it('gives no case for a person not loaded', () => {
    expect(personCase(data, 'khong-co', { year: YEAR })).toBeNull();
  });
});

describe('a collective’s case', () => {
  const data = department();

  it('counts as members the people of the unit and of its sub-units that year', () => {
    expect(membersOf(data, data.units.get('u-qlkh')!, YEAR)).toEqual(['an', 'binh', 'chi']);
    expect(collective(data, 'u-qlkh').members.map((m) => m.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Thị Chi']);
    expect(collective(data, 'u-to').members.map((m) => m.id)).toEqual(['chi']);
  });

  it('counts the members of the year under review, not of another year', () => {
    expect(membersOf(data, data.units.get('u-qlkh')!, 2024)).toEqual(['an']);
  });

  it('gives members their ratings, awards and disciplines', () => {
    const an = collective(data, 'u-qlkh').members[0]!;
    expect(an.ratings.map((r) => r.year)).toEqual([2024, YEAR]);
    expect(an.awards.map((a) => a.code)).toEqual(['CSTDCS', 'GK_SO']);
    expect(an.disciplines.map((d) => d.form)).toEqual(['KHIEN_TRACH']);
  });

  it('reads the attested review minutes as an active movement and internal unity', () => {
    const qlkh = collective(data, 'u-qlkh');
    expect(qlkh.flags).toEqual({ movementActive: true, internalUnity: true });
    expect(qlkh.ratings).toEqual([{ year: YEAR, level: 'HTTNV', regime: 'ND90', spiritAttested: true }]);
    expect(qlkh.pendingChecks).toEqual([expect.objectContaining({ kind: 'INSPECTION', concludedOn: '2025-12-15', hasViolationSigns: false })]);
  });

  it('asks for the movement and unity when the unit has no rating for the year', () => {
    expect(collective(data, 'u-vp').flags).toEqual({});
  });

  it('reads the answers attested for the year as the case flags; an attested spirit replaces the rating\'s checkbox of that year only', () => {
    const d = department();
    d.answersByPerson.set('an', [['exemplaryCompliance', true], ['answers.BK_TINH.a', false], ['spiritAttested', false], ['workedMonths', 11], ['workedMonths_bad', 'x']]);
    const an = individual(d, 'an');
    expect(an.flags).toEqual({ exemplaryCompliance: true, answers: { 'BK_TINH.a': false }, spiritAttested: false, workedMonths: 11 });
    expect(an.ratings.find((r) => r.year === YEAR)!.spiritAttested).toBe(false);
    expect(an.ratings.find((r) => r.year === 2024)!.spiritAttested).toBe(true);
    // The same person as a member of the collective keeps the recorded checkbox.
    expect(collective(d, 'u-qlkh').members[0]!.ratings.find((r) => r.year === YEAR)!.spiritAttested).toBe(true);
  });

  it('lets a unit\'s attested movement or unity replace what its rating record says', () => {
    const d = department();
    d.answersByUnit.set('u-qlkh', [['internalUnity', false]]);
    expect(collective(d, 'u-qlkh').flags).toEqual({ movementActive: true, internalUnity: false });
    d.answersByUnit.set('u-vp', [['movementActive', true], ['clusterLeader', true]]);
    expect(collective(d, 'u-vp').flags).toEqual({ movementActive: true, clusterLeader: true });
  });

  it('screens every candidate, and only active units of the target with members', () => {
    const cases = buildCases(data, { year: YEAR, asOf: '2026-01-15' });
    expect(cases.people.map((c) => c.subject.id)).toEqual(['an', 'binh', 'chi', 'dung']);
    expect(cases.units.map((c) => c.subject.id)).toEqual(['u-qlkh', 'u-to', 'u-vp']);
  });

  it('leaves out units outside the target subtree', () => {
    const data2 = department();
    data2.units.get('u-vp')!.target = false;
    expect(buildCases(data2, { year: YEAR, asOf: '2026-01-15' }).units.map((c) => c.subject.id)).toEqual(['u-qlkh', 'u-to']);
  });
});
