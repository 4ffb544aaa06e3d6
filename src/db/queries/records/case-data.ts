/**
 * Everything the eligibility engine judges, for an agency (or a unit subtree) and a year, loaded in
 * one pass with a fixed handful of set-based queries (no per-person query): people with the unit they
 * belonged to each year, ratings, awards and their basis, initiatives and S&T tasks with authors,
 * members and uses, disciplines, inspections, and units with their ratings, awards and members per
 * year. Plain arrays and maps keyed by person / unit id; turning them into engine cases is the
 * screening module's job.
 *
 * Who is loaded: every person with an assignment overlapping the history window
 * [fromYear, year] (in the subtree's units when a subtree is asked for). `candidatePersonIds` are
 * those whose unit in `year` (assignment held on 31/12, see domain/records/unit-in-year) is in the
 * target units. Ratings are those of years ≤ `year`; awards, initiatives, tasks, disciplines and
 * inspections are all loaded (the engine decides what counts: later awards, open checks…).
 */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../client';
import {
  attestations, awardBasisUses, awards, disciplines, initiativeAuthors, initiatives, inspectionSubjects, inspections, personAssignments, persons, ratings,
  scienceTaskMembers, scienceTasks, units,
} from '../../schema';
import { subtreeOf } from '../../../domain/policies';
import { assignmentInYear } from '../../../domain/records/unit-in-year';

export interface CaseDataOptions {
  agencyId: string;
  /** The achievement year under review. */
  year: number;
  /** Root of a unit subtree; omitted = the whole agency. */
  unitId?: string;
  /** First year of the history window for people and unit membership (default: year − 9, ten years). */
  fromYear?: number;
}

export interface CasePerson {
  id: string;
  code: string;
  fullName: string;
  sortKey: string;
  gender: string;
  birthDate: string | null;
  status: string;
  isDirectWorker: boolean;
  currentUnitId: string;
  /** Unit, position and category held in `year` (null when not assigned that year). */
  unitId: string | null;
  position: string;
  isLeader: boolean;
  /** Staff category of the people register held in `year` (cong_chuc, vien_chuc…); see catalogueStaffCategory. */
  staffCategory: string;
  /** Unit held in each year of the window (assignment on 31/12, or the last one held that year). */
  unitByYear: Record<number, string>;
}

export interface CaseRating {
  personId: string | null;
  unitId: string | null;
  year: number;
  level: string;
  regime: string;
  ratedInUnitId: string | null;
  spiritAttested: boolean;
}

export interface BasisUseRef {
  awardId: string;
  awardCode: string;
  year: number;
  personId: string | null;
  unitId: string | null;
}

export interface CaseAward {
  id: string;
  personId: string | null;
  unitId: string | null;
  awardCode: string;
  year: number;
  basisType: string;
  cstdcsBasis: string | null;
  decisionNo: string;
  decidedOn: string | null;
  source: string;
  initiativeIds: string[];
  scienceTaskIds: string[];
}

export interface CaseInitiative {
  id: string;
  title: string;
  recognizedBy: string;
  recognizedOn: string;
  impactScope: string;
  impactRecognizedByProvinceHead: boolean;
  appliedEffectively: boolean;
  replicable: boolean;
  authors: { personId: string; sharePct: number }[];
  usedBy: BasisUseRef[];
}

export interface CaseScienceTask {
  id: string;
  code: string;
  title: string;
  kind: string;
  level: string;
  acceptedOn: string | null;
  acceptanceResult: string | null;
  applied: boolean;
  impactScope: string;
  impactRecognizedByProvinceHead: boolean;
  members: { personId: string; role: string }[];
  usedBy: BasisUseRef[];
}

export interface CaseDiscipline {
  id: string;
  personId: string;
  form: string;
  decidedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  dutyRelated: boolean;
}

export interface CaseInspection {
  id: string;
  kind: string;
  title: string;
  openedOn: string;
  concludedOn: string | null;
  hasViolation: boolean;
  remedied: boolean;
  remediedOn: string | null;
  personIds: string[];
  unitIds: string[];
}

export interface CaseUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  active: boolean;
  sortOrder: number;
  /** Is in the target subtree (the whole agency when no subtree was asked for). */
  target: boolean;
  /** Members per year of the window (person ids, Vietnamese name order). */
  membersByYear: Record<number, string[]>;
}

export interface CaseData {
  agencyId: string;
  year: number;
  fromYear: number;
  /** People whose unit in `year` is in the target units, Vietnamese name order. */
  candidatePersonIds: string[];
  persons: Map<string, CasePerson>;
  units: Map<string, CaseUnit>;
  ratingsByPerson: Map<string, CaseRating[]>;
  ratingsByUnit: Map<string, CaseRating[]>;
  awardsByPerson: Map<string, CaseAward[]>;
  awardsByUnit: Map<string, CaseAward[]>;
  initiatives: Map<string, CaseInitiative>;
  initiativeIdsByPerson: Map<string, string[]>;
  scienceTasks: Map<string, CaseScienceTask>;
  scienceTaskIdsByPerson: Map<string, string[]>;
  disciplinesByPerson: Map<string, CaseDiscipline[]>;
  inspections: Map<string, CaseInspection>;
  inspectionIdsByPerson: Map<string, string[]>;
  inspectionIdsByUnit: Map<string, string[]>;
  /** Answers attested for `year` (xác nhận: key → value), of the people and of the target units. */
  answersByPerson: Map<string, CaseAnswer[]>;
  answersByUnit: Map<string, CaseAnswer[]>;
}

/** One attested answer of the year under review: catalogue key and value (see domain/eligibility/answers). */
export type CaseAnswer = readonly [key: string, value: unknown];

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `col IN (the people loaded)`: by agency for the whole agency, by the person subquery for a subtree. */
type PersonFilter = (personCol: AnyPgColumn) => SQL;

export async function loadCaseData(db: Db, opts: CaseDataOptions): Promise<CaseData> {
  const { agencyId, year } = opts;
  const fromYear = opts.fromYear ?? year - 9;
  const windowStart = `${fromYear}-01-01`;
  const yearEnd = `${year}-12-31`;

  // 1. Units and the target subtree.
  const unitRows = await db
    .select({ id: units.id, parentId: units.parentId, code: units.code, name: units.name, kind: units.kind, active: units.active, sortOrder: units.sortOrder })
    .from(units)
    .where(eq(units.agencyId, agencyId));
  const targetIds = opts.unitId ? subtreeOf(unitRows, [opts.unitId]) : new Set(unitRows.map((u) => u.id));
  if (opts.unitId && !unitRows.some((u) => u.id === opts.unitId)) targetIds.clear();
  const targetList = [...targetIds];
  const whole = !opts.unitId;

  // 2. People of the window: anyone assigned in the window (to a target unit, for a subtree).
  const overlapsWindow = and(lte(personAssignments.fromDate, yearEnd), or(isNull(personAssignments.toDate), gte(personAssignments.toDate, windowStart)));
  const peopleSubquery = db
    .selectDistinct({ id: personAssignments.personId })
    .from(personAssignments)
    .innerJoin(persons, eq(persons.id, personAssignments.personId))
    .where(and(eq(persons.agencyId, agencyId), overlapsWindow, whole ? undefined : targetList.length ? inArray(personAssignments.unitId, targetList) : sql`false`));
  const personFilter: PersonFilter = (col) => (whole ? sql`true` : inArray(col, peopleSubquery));

  const personRows = await db
    .select({
      id: persons.id, code: persons.code, fullName: persons.fullName, sortKey: persons.sortKey, gender: persons.gender, birthDate: persons.birthDate,
      status: persons.status, isDirectWorker: persons.isDirectWorker, currentUnitId: persons.unitId, staffCategory: persons.staffCategory,
      position: persons.position, isLeader: persons.isLeader,
    })
    .from(persons)
    .where(inArray(persons.id, peopleSubquery));
  const assignmentRows = await db
    .select({
      personId: personAssignments.personId, unitId: personAssignments.unitId, fromDate: personAssignments.fromDate, toDate: personAssignments.toDate,
      position: personAssignments.position, isLeader: personAssignments.isLeader, staffCategory: personAssignments.staffCategory,
    })
    .from(personAssignments)
    .where(and(inArray(personAssignments.personId, peopleSubquery), overlapsWindow));

  const assignmentsByPerson = new Map<string, (typeof assignmentRows)[number][]>();
  for (const a of assignmentRows) push(assignmentsByPerson, a.personId, a);
  personRows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.code < b.code ? -1 : 1));

  const unitsById = new Map<string, CaseUnit>(unitRows.map((u) => [u.id, { ...u, target: targetIds.has(u.id), membersByYear: {} }]));
  const persons_ = new Map<string, CasePerson>();
  const candidatePersonIds: string[] = [];
  for (const p of personRows) {
    const spans = assignmentsByPerson.get(p.id) ?? [];
    const unitByYear: Record<number, string> = {};
    for (let y = fromYear; y <= year; y++) {
      const held = assignmentInYear(spans, y);
      if (!held) continue;
      unitByYear[y] = held.unitId;
      const unit = unitsById.get(held.unitId);
      if (unit) (unit.membersByYear[y] ??= []).push(p.id);
    }
    const now = assignmentInYear(spans, year);
    persons_.set(p.id, {
      id: p.id, code: p.code, fullName: p.fullName, sortKey: p.sortKey, gender: p.gender, birthDate: p.birthDate, status: p.status,
      isDirectWorker: p.isDirectWorker, currentUnitId: p.currentUnitId, unitId: now?.unitId ?? null,
      position: now?.position ?? p.position, isLeader: now?.isLeader ?? p.isLeader, staffCategory: now?.staffCategory ?? p.staffCategory, unitByYear,
    });
    if (now && targetIds.has(now.unitId)) candidatePersonIds.push(p.id);
  }
  const known = (personId: string | null) => !!personId && persons_.has(personId);
  const targetUnit = (unitId: string | null) => !!unitId && targetIds.has(unitId);

  // 3. Ratings (years ≤ year) of the people and of the target units (two queries: each uses its index).
  const ratingColumns = {
    personId: ratings.personId, unitId: ratings.unitId, year: ratings.year, level: ratings.level, regime: ratings.regime,
    ratedInUnitId: ratings.ratedInUnitId, spiritAttested: ratings.spiritAttested,
  };
  const personRatingRows = await db
    .select(ratingColumns)
    .from(ratings)
    .where(and(eq(ratings.agencyId, agencyId), lte(ratings.year, year), whole ? isNotNull(ratings.personId) : inArray(ratings.personId, peopleSubquery)))
    .orderBy(asc(ratings.year));
  const unitRatingRows = targetList.length
    ? await db
        .select(ratingColumns)
        .from(ratings)
        .where(and(eq(ratings.agencyId, agencyId), lte(ratings.year, year), whole ? isNull(ratings.personId) : inArray(ratings.unitId, targetList)))
        .orderBy(asc(ratings.year))
    : [];
  const ratingsByPerson = new Map<string, CaseRating[]>();
  const ratingsByUnit = new Map<string, CaseRating[]>();
  for (const r of personRatingRows) if (known(r.personId)) push(ratingsByPerson, r.personId!, r);
  for (const r of unitRatingRows) if (targetUnit(r.unitId)) push(ratingsByUnit, r.unitId!, r);

  // 4. Basis uses of the whole agency (an initiative may be used by a co-author outside the subtree).
  const useRows = await db
    .select({
      awardId: awardBasisUses.awardId, initiativeId: awardBasisUses.initiativeId, scienceTaskId: awardBasisUses.scienceTaskId,
      awardCode: awards.awardCode, year: awards.year, personId: awards.personId, unitId: awards.unitId,
    })
    .from(awardBasisUses)
    .innerJoin(awards, eq(awards.id, awardBasisUses.awardId))
    .where(eq(awards.agencyId, agencyId));
  const usesOfInitiative = new Map<string, BasisUseRef[]>();
  const usesOfTask = new Map<string, BasisUseRef[]>();
  const basisOfAward = new Map<string, { initiativeIds: string[]; scienceTaskIds: string[] }>();
  for (const u of useRows) {
    const ref = { awardId: u.awardId, awardCode: u.awardCode, year: u.year, personId: u.personId, unitId: u.unitId };
    const basis = basisOfAward.get(u.awardId) ?? { initiativeIds: [], scienceTaskIds: [] };
    if (u.initiativeId) {
      push(usesOfInitiative, u.initiativeId, ref);
      basis.initiativeIds.push(u.initiativeId);
    }
    if (u.scienceTaskId) {
      push(usesOfTask, u.scienceTaskId, ref);
      basis.scienceTaskIds.push(u.scienceTaskId);
    }
    basisOfAward.set(u.awardId, basis);
  }

  // 5. Awards of the people and of the target units (all years).
  const awardColumns = {
    id: awards.id, personId: awards.personId, unitId: awards.unitId, awardCode: awards.awardCode, year: awards.year, basisType: awards.basisType,
    cstdcsBasis: awards.cstdcsBasis, decisionNo: awards.decisionNo, decidedOn: awards.decidedOn, source: awards.source,
  };
  const personAwardRows = await db
    .select(awardColumns)
    .from(awards)
    .where(and(eq(awards.agencyId, agencyId), whole ? isNotNull(awards.personId) : inArray(awards.personId, peopleSubquery)))
    .orderBy(asc(awards.year));
  const unitAwardRows = targetList.length
    ? await db
        .select(awardColumns)
        .from(awards)
        .where(and(eq(awards.agencyId, agencyId), whole ? isNull(awards.personId) : inArray(awards.unitId, targetList)))
        .orderBy(asc(awards.year))
    : [];
  const withBasis = (a: (typeof personAwardRows)[number]): CaseAward => {
    const basis = basisOfAward.get(a.id);
    return Object.assign(a, { initiativeIds: basis?.initiativeIds ?? [], scienceTaskIds: basis?.scienceTaskIds ?? [] });
  };
  const awardsByPerson = new Map<string, CaseAward[]>();
  const awardsByUnit = new Map<string, CaseAward[]>();
  for (const a of personAwardRows) if (known(a.personId)) push(awardsByPerson, a.personId!, withBasis(a));
  for (const a of unitAwardRows) if (targetUnit(a.unitId)) push(awardsByUnit, a.unitId!, withBasis(a));

  // 6. Initiatives with an author among the people, and all their authors.
  const authoredBy = whole ? undefined : inArray(initiativeAuthors.personId, peopleSubquery);
  const authorRows = await db
    .select({ initiativeId: initiativeAuthors.initiativeId, personId: initiativeAuthors.personId, sharePct: initiativeAuthors.sharePct })
    .from(initiativeAuthors)
    .innerJoin(initiatives, eq(initiatives.id, initiativeAuthors.initiativeId))
    .where(and(
      eq(initiatives.agencyId, agencyId),
      whole ? undefined : inArray(initiativeAuthors.initiativeId, db.selectDistinct({ id: initiativeAuthors.initiativeId }).from(initiativeAuthors).where(authoredBy)),
    ));
  const initiativeIds = [...new Set(authorRows.map((a) => a.initiativeId))];
  const initiativeRows = initiativeIds.length
    ? await db
        .select({
          id: initiatives.id, title: initiatives.title, recognizedBy: initiatives.recognizedBy, recognizedOn: initiatives.recognizedOn, impactScope: initiatives.impactScope,
          impactRecognizedByProvinceHead: initiatives.impactRecognizedByProvinceHead, appliedEffectively: initiatives.appliedEffectively, replicable: initiatives.replicable,
        })
        .from(initiatives)
        .where(whole ? eq(initiatives.agencyId, agencyId) : inArray(initiatives.id, initiativeIds))
    : [];
  const initiativesById = new Map<string, CaseInitiative>(initiativeRows.map((i) => [i.id, { ...i, authors: [], usedBy: usesOfInitiative.get(i.id) ?? [] }]));
  const initiativeIdsByPerson = new Map<string, string[]>();
  for (const a of authorRows) {
    initiativesById.get(a.initiativeId)?.authors.push({ personId: a.personId, sharePct: a.sharePct });
    if (known(a.personId)) push(initiativeIdsByPerson, a.personId, a.initiativeId);
  }

  // 7. S&T tasks with a member among the people, and all their members.
  const memberOf = whole ? undefined : inArray(scienceTaskMembers.personId, peopleSubquery);
  const memberRows = await db
    .select({ taskId: scienceTaskMembers.taskId, personId: scienceTaskMembers.personId, role: scienceTaskMembers.role })
    .from(scienceTaskMembers)
    .innerJoin(scienceTasks, eq(scienceTasks.id, scienceTaskMembers.taskId))
    .where(and(
      eq(scienceTasks.agencyId, agencyId),
      whole ? undefined : inArray(scienceTaskMembers.taskId, db.selectDistinct({ id: scienceTaskMembers.taskId }).from(scienceTaskMembers).where(memberOf)),
    ));
  const taskIds = [...new Set(memberRows.map((m) => m.taskId))];
  const taskRows = taskIds.length
    ? await db
        .select({
          id: scienceTasks.id, code: scienceTasks.code, title: scienceTasks.title, kind: scienceTasks.kind, level: scienceTasks.level, acceptedOn: scienceTasks.acceptedOn,
          acceptanceResult: scienceTasks.acceptanceResult, applied: scienceTasks.applied, impactScope: scienceTasks.impactScope,
          impactRecognizedByProvinceHead: scienceTasks.impactRecognizedByProvinceHead,
        })
        .from(scienceTasks)
        .where(whole ? eq(scienceTasks.agencyId, agencyId) : inArray(scienceTasks.id, taskIds))
    : [];
  const tasksById = new Map<string, CaseScienceTask>(taskRows.map((t) => [t.id, { ...t, members: [], usedBy: usesOfTask.get(t.id) ?? [] }]));
  const scienceTaskIdsByPerson = new Map<string, string[]>();
  for (const m of memberRows) {
    tasksById.get(m.taskId)?.members.push({ personId: m.personId, role: m.role });
    if (known(m.personId)) push(scienceTaskIdsByPerson, m.personId, m.taskId);
  }

  // 8. Disciplines of the people.
  const disciplineRows = await db
    .select({
      id: disciplines.id, personId: disciplines.personId, form: disciplines.form, decidedOn: disciplines.decidedOn, effectiveFrom: disciplines.effectiveFrom,
      effectiveTo: disciplines.effectiveTo, dutyRelated: disciplines.dutyRelated,
    })
    .from(disciplines)
    .where(and(eq(disciplines.agencyId, agencyId), personFilter(disciplines.personId)))
    .orderBy(asc(disciplines.effectiveFrom));
  const disciplinesByPerson = new Map<string, CaseDiscipline[]>();
  for (const d of disciplineRows) if (known(d.personId)) push(disciplinesByPerson, d.personId, d);

  // 9. Inspections naming the people or the target units (open and concluded), with their subjects.
  const subjectRows = await db
    .select({ inspectionId: inspectionSubjects.inspectionId, personId: inspectionSubjects.personId, unitId: inspectionSubjects.unitId })
    .from(inspectionSubjects)
    .innerJoin(inspections, eq(inspections.id, inspectionSubjects.inspectionId))
    .where(and(eq(inspections.agencyId, agencyId), or(isNotNull(inspectionSubjects.personId), isNotNull(inspectionSubjects.unitId))));
  const inspectionIdsByPerson = new Map<string, string[]>();
  const inspectionIdsByUnit = new Map<string, string[]>();
  const subjectsOf = new Map<string, { personIds: string[]; unitIds: string[] }>();
  const relevant = new Set<string>();
  for (const s of subjectRows) {
    const entry = subjectsOf.get(s.inspectionId) ?? { personIds: [], unitIds: [] };
    if (s.personId) {
      entry.personIds.push(s.personId);
      if (known(s.personId)) {
        push(inspectionIdsByPerson, s.personId, s.inspectionId);
        relevant.add(s.inspectionId);
      }
    } else if (s.unitId) {
      entry.unitIds.push(s.unitId);
      if (targetUnit(s.unitId)) {
        push(inspectionIdsByUnit, s.unitId, s.inspectionId);
        relevant.add(s.inspectionId);
      }
    }
    subjectsOf.set(s.inspectionId, entry);
  }
  const inspectionRows = relevant.size
    ? await db
        .select({
          id: inspections.id, kind: inspections.kind, title: inspections.title, openedOn: inspections.openedOn, concludedOn: inspections.concludedOn,
          hasViolation: inspections.hasViolation, remedied: inspections.remedied, remediedOn: inspections.remediedOn,
        })
        .from(inspections)
        .where(eq(inspections.agencyId, agencyId))
    : [];
  const inspectionsById = new Map<string, CaseInspection>();
  for (const i of inspectionRows) if (relevant.has(i.id)) inspectionsById.set(i.id, { ...i, ...subjectsOf.get(i.id)! });

  // 10. Answers attested for the year (xác nhận) of the people and the target units.
  const answerRows = await db
    .select({ personId: attestations.personId, unitId: attestations.unitId, key: attestations.key, value: attestations.value })
    .from(attestations)
    .where(and(eq(attestations.agencyId, agencyId), eq(attestations.year, year)))
    .orderBy(asc(attestations.key));
  const answersByPerson = new Map<string, CaseAnswer[]>();
  const answersByUnit = new Map<string, CaseAnswer[]>();
  for (const a of answerRows) {
    if (known(a.personId)) push(answersByPerson, a.personId!, [a.key, a.value] as const);
    else if (!a.personId && targetUnit(a.unitId)) push(answersByUnit, a.unitId!, [a.key, a.value] as const);
  }

  return {
    agencyId, year, fromYear, candidatePersonIds, persons: persons_, units: unitsById, answersByPerson, answersByUnit,
    ratingsByPerson, ratingsByUnit, awardsByPerson, awardsByUnit,
    initiatives: initiativesById, initiativeIdsByPerson, scienceTasks: tasksById, scienceTaskIdsByPerson,
    disciplinesByPerson, inspections: inspectionsById, inspectionIdsByPerson, inspectionIdsByUnit,
  };
}
