/** About 150 fictional staff with their assignment history (transfers, promotions, leavers). */
import { randomUUID } from 'node:crypto';
import type { CstdcsPath, RatingLevel } from '../../domain/catalogue/codes';
import type { Gender, PersonStatus, StaffCategory } from '../../domain/org/codes';
import { composeFullName, foldVietnamese, vietnameseNameSortKey } from '../../domain/text/vietnamese';
import { dayBefore, isoDate, randomMonthStart, yearOf } from './dates';
import { FEATURED, type FeaturedKey, type FeaturedPerson, type Step } from './featured';
import { createNameDrawer, fullNameOf, type PersonName, type Rng } from './names';
import { UNIT_CODES, type UnitCode, type UnitPlan } from './organisation';
import { categoryFor, isDirectWorkerPosition, isLeaderPosition, LEAVERS, PROMOTED_FROM, STAFFING } from './positions';

export interface AssignmentPlan {
  unit: UnitCode;
  position: string;
  isLeader: boolean;
  staffCategory: StaffCategory;
  fromDate: string;
  toDate: string | null;
  reason: string;
}

export interface PersonPlan extends PersonName {
  id: string;
  code: string;
  key: FeaturedKey | null;
  gender: Gender;
  birthDate: string;
  status: PersonStatus;
  hiredOn: string;
  leftOn: string | null;
  assignments: AssignmentPlan[];
  /** How likely the person is picked for HTXSNV when a quota has room (generated people only). */
  merit: number;
  levels: Partial<Record<number, RatingLevel>>;
  cstdcs: Partial<Record<number, CstdcsPath>>;
}

export const currentAssignment = (p: PersonPlan) => p.assignments[p.assignments.length - 1]!;
export const fullName = (p: PersonPlan) => fullNameOf(p);

/** The assignment covering a date (null if not employed then). */
export function assignmentOn(p: PersonPlan, date: string): AssignmentPlan | null {
  for (let i = p.assignments.length - 1; i >= 0; i--) {
    const a = p.assignments[i]!;
    if (a.fromDate <= date && (a.toDate === null || a.toDate >= date)) return a;
  }
  return null;
}

function assignmentsFrom(steps: Step[], units: Map<UnitCode, UnitPlan>, leftOn: string | null, category?: StaffCategory): AssignmentPlan[] {
  return steps.map((s, i) => ({
    unit: s.unit,
    position: s.position,
    isLeader: isLeaderPosition(s.position),
    staffCategory: category ?? categoryFor(s.position, units.get(s.unit)!.staffCategory),
    fromDate: s.from,
    toDate: i + 1 < steps.length ? dayBefore(steps[i + 1]!.from) : leftOn,
    reason: s.reason,
  }));
}

function featuredPeople(units: Map<UnitCode, UnitPlan>): PersonPlan[] {
  return (Object.entries(FEATURED) as [FeaturedKey, FeaturedPerson][]).map(([key, spec]) => {
    const leftOn = spec.left?.on ?? null;
    return {
      id: randomUUID(), code: '', key,
      familyName: spec.name[0], middleName: spec.name[1], givenName: spec.name[2],
      gender: spec.gender, birthDate: spec.birthDate,
      status: spec.left?.status ?? 'active',
      hiredOn: spec.history[0]!.from, leftOn,
      assignments: assignmentsFrom(spec.history, units, leftOn, spec.category),
      merit: 0.5, levels: spec.levels ?? {}, cstdcs: spec.cstdcs ?? {},
    };
  });
}

function genderFor(rng: Rng, position: string): Gender {
  if (position === 'Lái xe' || position === 'Bảo vệ') return 'male';
  if (position === 'Kế toán' || position === 'Văn thư' || position === 'Nhân viên phục vụ') return rng.chance(0.8) ? 'female' : 'male';
  return rng.chance(0.5) ? 'male' : 'female';
}

function birthDateFor(rng: Rng, gender: Gender, position: string): string {
  const leader = isLeaderPosition(position);
  // Women still in service were born 1970 or later (retirement age); leaders are older.
  const from = leader ? (gender === 'female' ? 1970 : 1968) : gender === 'female' ? 1970 : 1966;
  const to = leader ? 1985 : position === 'Lái xe' || position === 'Bảo vệ' ? 1992 : 2000;
  return isoDate(rng.int(from, to), rng.int(1, 12), rng.int(1, 28));
}

function hireDateFor(rng: Rng, birthDate: string, position: string): string {
  let year = yearOf(birthDate) + rng.int(22, 27);
  if (isLeaderPosition(position)) year = Math.min(year, 2012);
  year = Math.max(1990, Math.min(2025, year));
  return randomMonthStart(rng, isoDate(year, 1, 1), isoDate(year, year === 2025 ? 8 : 12, 1));
}

function generatedPerson(
  rng: Rng, drawName: (g: Gender) => PersonName, units: Map<UnitCode, UnitPlan>,
  unit: UnitCode, position: string, fixed?: Partial<Pick<PersonPlan, 'gender' | 'birthDate' | 'hiredOn' | 'leftOn' | 'status'>>,
): PersonPlan {
  const gender = fixed?.gender ?? genderFor(rng, position);
  const birthDate = fixed?.birthDate ?? birthDateFor(rng, gender, position);
  const hiredOn = fixed?.hiredOn ?? hireDateFor(rng, birthDate, position);
  const leftOn = fixed?.leftOn ?? null;
  const steps: Step[] = [{ unit, position, from: hiredOn, reason: 'Tiếp nhận, tuyển dụng' }];
  const promotion = PROMOTED_FROM[position];
  if (promotion && rng.chance(0.45)) {
    const on = randomMonthStart(rng, '2019-01-01', '2025-06-01');
    if (yearOf(on) - yearOf(hiredOn) >= 3) {
      const children = [...units.values()].filter((u) => u.parent === unit).map((u) => u.code);
      const before = promotion.unit === 'child' && children.length ? rng.pick(children) : unit;
      steps[0] = { unit: before, position: promotion.position, from: hiredOn, reason: 'Tiếp nhận, tuyển dụng' };
      steps.push({ unit, position, from: on, reason: 'Bổ nhiệm' });
    }
  }
  return {
    id: randomUUID(), code: '', key: null, ...drawName(gender), gender, birthDate,
    status: fixed?.status ?? 'active', hiredOn, leftOn,
    assignments: assignmentsFrom(steps, units, leftOn),
    merit: rng.next() + (isLeaderPosition(position) ? 0.25 : 0),
    levels: {}, cstdcs: {},
  };
}

const SO_UNITS: UnitCode[] = ['VP', 'TTRA', 'QLKH', 'QLCN', 'QLCHN', 'KHTC', 'CDS'];
const TTUD_SUBUNITS: UnitCode[] = ['TTUD-HCTH', 'TTUD-UDCG', 'TTUD-TTTK'];

/** Moves a generated person's start into another unit: 2023 unit ≠ today's unit. */
function addTransfer(p: PersonPlan, previousUnit: UnitCode, previousPosition: string, on: string, reason: string) {
  const current = p.assignments[0]!;
  p.assignments = [
    { ...current, unit: previousUnit, position: previousPosition, fromDate: current.fromDate, toDate: dayBefore(on), reason: current.reason },
    { ...current, fromDate: on, reason },
  ];
}

function addTransfers(rng: Rng, people: PersonPlan[]) {
  const movable = (p: PersonPlan, unitsOf: UnitCode[], positions: string[]) =>
    !p.key && p.status === 'active' && p.assignments.length === 1 && p.hiredOn < '2020-01-01' &&
    unitsOf.includes(p.assignments[0]!.unit) && positions.includes(p.assignments[0]!.position);
  const so = rng.shuffle(people.filter((p) => movable(p, SO_UNITS, ['Chuyên viên', 'Chuyên viên chính', 'Thanh tra viên']))).slice(0, 8);
  for (const p of so) {
    const unit = p.assignments[0]!.unit;
    const from = rng.pick(SO_UNITS.filter((u) => u !== unit && u !== 'TTRA'));
    addTransfer(p, from, 'Chuyên viên', randomMonthStart(rng, '2022-01-01', '2025-06-01'), rng.pick(['Điều động', 'Luân chuyển']));
  }
  const ttud = rng.shuffle(people.filter((p) => movable(p, TTUD_SUBUNITS, ['Kỹ sư', 'Viên chức', 'Thống kê viên']))).slice(0, 3);
  for (const p of ttud) {
    const unit = p.assignments[0]!.unit;
    const from = rng.pick(TTUD_SUBUNITS.filter((u) => u !== unit));
    const position = from === 'TTUD-HCTH' ? 'Viên chức' : p.assignments[0]!.position;
    addTransfer(p, from, position, randomMonthStart(rng, '2022-01-01', '2025-06-01'), 'Điều động nội bộ Trung tâm');
  }
  const fromChiCuc = people.find((p) => movable(p, ['QLCHN'], ['Chuyên viên']) && !so.includes(p));
  if (fromChiCuc) addTransfer(fromChiCuc, 'CCTDC', 'Chuyên viên', '2025-03-01', 'Sắp xếp tổ chức bộ máy');
}

function emailOf(p: PersonName, taken: Set<string>): string {
  const initials = `${p.familyName} ${p.middleName}`.split(/\s+/).filter(Boolean).map((w) => foldVietnamese(w)[0]).join('');
  const base = `${foldVietnamese(p.givenName)}${initials}`;
  let email = `${base}@skhcn-langson.example`;
  for (let i = 2; taken.has(email); i++) email = `${base}${i}@skhcn-langson.example`;
  taken.add(email);
  return email;
}

export function planPeople(rng: Rng, units: Map<UnitCode, UnitPlan>): PersonPlan[] {
  const featured = featuredPeople(units);
  const drawName = createNameDrawer(rng, new Set(featured.map(fullName)));
  const generated: PersonPlan[] = [];
  for (const unit of UNIT_CODES) {
    for (const [position, count] of STAFFING[unit]) {
      for (let i = 0; i < count; i++) generated.push(generatedPerson(rng, drawName, units, unit, position));
    }
  }
  for (const l of LEAVERS) {
    generated.push(generatedPerson(rng, drawName, units, l.unit, l.position, { gender: l.gender, birthDate: l.birthDate, hiredOn: l.hiredOn, leftOn: l.left.on, status: l.left.status }));
  }
  addTransfers(rng, generated);
  const unitOrder = (p: PersonPlan) => UNIT_CODES.indexOf(currentAssignment(p).unit);
  // Heads first, then deputies, then staff (by seniority): the order of a staff list.
  const rank = ({ isLeader, position }: AssignmentPlan) => (!isLeader ? 2 : position.startsWith('Phó ') ? 1 : 0);
  const all = [...featured, ...generated].sort(
    (a, b) =>
      Number(a.status !== 'active') - Number(b.status !== 'active') ||
      unitOrder(a) - unitOrder(b) ||
      rank(currentAssignment(a)) - rank(currentAssignment(b)) ||
      a.hiredOn.localeCompare(b.hiredOn),
  );
  all.forEach((p, i) => (p.code = `CB${String(i + 1).padStart(5, '0')}`));
  return all;
}

export function personRows(people: PersonPlan[], units: Map<UnitCode, UnitPlan>, agencyId: string) {
  const emails = new Set<string>();
  return people.map((p) => {
    const a = currentAssignment(p);
    return {
      id: p.id, agencyId, code: p.code,
      familyName: p.familyName, middleName: p.middleName, givenName: p.givenName,
      fullName: composeFullName(p.familyName, p.middleName, p.givenName),
      sortKey: vietnameseNameSortKey(p.familyName, p.middleName, p.givenName),
      gender: p.gender, birthDate: p.birthDate, staffCategory: a.staffCategory, position: a.position,
      isLeader: a.isLeader, isDirectWorker: isDirectWorkerPosition(a.position),
      unitId: units.get(a.unit)!.id, status: p.status, email: emailOf(p, emails),
    };
  });
}

export function assignmentRows(people: PersonPlan[], units: Map<UnitCode, UnitPlan>) {
  return people.flatMap((p) =>
    p.assignments.map((a) => ({
      personId: p.id, unitId: units.get(a.unit)!.id, position: a.position, isLeader: a.isLeader,
      staffCategory: a.staffCategory, fromDate: a.fromDate, toDate: a.toDate, reason: a.reason,
    })),
  );
}
