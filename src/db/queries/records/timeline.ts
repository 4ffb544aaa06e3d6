/** Loads what the TĐKT record pages show: everything about one person, or about one unit and its members. */
import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../client';
import {
  awards, disciplines, initiativeAuthors, initiatives, inspectionSubjects, inspections, personAssignments, persons, ratings, scienceTaskMembers,
  scienceTasks, units,
} from '../../schema';
import { basisOfAwards } from './basis-uses';
import { presentInitiatives } from './initiatives';
import { presentScienceTasks } from './science-tasks';

const awardColumns = {
  id: awards.id,
  personId: awards.personId,
  unitId: awards.unitId,
  awardCode: awards.awardCode,
  year: awards.year,
  basisType: awards.basisType,
  cstdcsBasis: awards.cstdcsBasis,
  decisionNo: awards.decisionNo,
  decidedOn: awards.decidedOn,
  conferredBy: awards.conferredBy,
  source: awards.source,
};

const ratingColumns = {
  id: ratings.id,
  personId: ratings.personId,
  unitId: ratings.unitId,
  year: ratings.year,
  level: ratings.level,
  regime: ratings.regime,
  ratedInUnitId: ratings.ratedInUnitId,
  decisionNo: ratings.decisionNo,
  decidedOn: ratings.decidedOn,
  spiritAttested: ratings.spiritAttested,
};

const assignmentColumns = {
  personId: personAssignments.personId,
  unitId: personAssignments.unitId,
  unitName: units.name,
  fromDate: personAssignments.fromDate,
  toDate: personAssignments.toDate,
  position: personAssignments.position,
  isLeader: personAssignments.isLeader,
  staffCategory: personAssignments.staffCategory,
};

/** Everything recorded about one person (the caller has checked the person is in scope). */
export async function loadPersonRecord(db: Db, personId: string) {
  const assignments = await db
    .select(assignmentColumns)
    .from(personAssignments)
    .innerJoin(units, eq(units.id, personAssignments.unitId))
    .where(eq(personAssignments.personId, personId))
    .orderBy(asc(personAssignments.fromDate));
  const personRatings = await db.select(ratingColumns).from(ratings).where(eq(ratings.personId, personId));
  const personAwards = await db.select(awardColumns).from(awards).where(eq(awards.personId, personId));
  const awardBasis = await basisOfAwards(db, personAwards.map((a) => a.id));
  const initiativeRows = await db
    .select()
    .from(initiatives)
    .where(exists(db.select({ one: sql`1` }).from(initiativeAuthors).where(and(eq(initiativeAuthors.initiativeId, initiatives.id), eq(initiativeAuthors.personId, personId)))))
    .orderBy(asc(initiatives.recognizedOn));
  const taskRows = await db
    .select()
    .from(scienceTasks)
    .where(exists(db.select({ one: sql`1` }).from(scienceTaskMembers).where(and(eq(scienceTaskMembers.taskId, scienceTasks.id), eq(scienceTaskMembers.personId, personId)))))
    .orderBy(asc(scienceTasks.acceptedOn));
  const personDisciplines = await db.select().from(disciplines).where(eq(disciplines.personId, personId)).orderBy(asc(disciplines.effectiveFrom));
  const personInspections = await db
    .select()
    .from(inspections)
    .where(exists(db.select({ one: sql`1` }).from(inspectionSubjects).where(and(eq(inspectionSubjects.inspectionId, inspections.id), eq(inspectionSubjects.personId, personId)))))
    .orderBy(asc(inspections.openedOn));
  return {
    assignments,
    ratings: personRatings,
    awards: personAwards.map((a) => ({ ...a, basis: awardBasis.get(a.id) ?? [] })),
    initiatives: await presentInitiatives(db, initiativeRows),
    scienceTasks: await presentScienceTasks(db, taskRows),
    disciplines: personDisciplines,
    inspections: personInspections,
  };
}
export type PersonRecordData = Awaited<ReturnType<typeof loadPersonRecord>>;

/**
 * A unit's own ratings and awards, and everyone who was ever assigned to it, with all their
 * assignments (a year's membership is decided on the whole history), ratings, awards and disciplines.
 */
export async function loadUnitRecord(db: Db, unitId: string) {
  const unitRatings = await db.select(ratingColumns).from(ratings).where(eq(ratings.unitId, unitId));
  const unitAwards = await db.select(awardColumns).from(awards).where(eq(awards.unitId, unitId));
  const awardBasis = await basisOfAwards(db, unitAwards.map((a) => a.id));
  const everMember = db.selectDistinct({ id: personAssignments.personId }).from(personAssignments).where(eq(personAssignments.unitId, unitId));
  const people = await db
    .select({ id: persons.id, agencyId: persons.agencyId, code: persons.code, fullName: persons.fullName, unitId: persons.unitId, sortKey: persons.sortKey })
    .from(persons)
    .where(inArray(persons.id, everMember));
  const ids = people.map((p) => p.id);
  const none = !ids.length;
  const memberAssignments = none
    ? []
    : await db.select(assignmentColumns).from(personAssignments).innerJoin(units, eq(units.id, personAssignments.unitId)).where(inArray(personAssignments.personId, everMember));
  const memberRatings = none ? [] : await db.select(ratingColumns).from(ratings).where(inArray(ratings.personId, everMember));
  const memberAwards = none ? [] : await db.select(awardColumns).from(awards).where(inArray(awards.personId, everMember));
  const memberDisciplines = none
    ? []
    : await db
        .select({ personId: disciplines.personId, form: disciplines.form, effectiveFrom: disciplines.effectiveFrom, effectiveTo: disciplines.effectiveTo })
        .from(disciplines)
        .where(inArray(disciplines.personId, everMember));
  return {
    ratings: unitRatings,
    awards: unitAwards.map((a) => ({ ...a, basis: awardBasis.get(a.id) ?? [] })),
    people,
    assignments: memberAssignments,
    memberRatings,
    memberAwards,
    memberDisciplines,
  };
}
export type UnitRecordData = Awaited<ReturnType<typeof loadUnitRecord>>;
