import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../client';
import { personAssignments, persons, ratings, units } from '../../schema';
import { assignmentInYear } from '../../../domain/records/unit-in-year';
import type { Scope } from '../../../domain/policies';
import type { RatingRow, RatingsQuery } from '../../../shared/schemas/records';
import { agencyOf, groupBy, inIds, personOrUnitInScope, personUnit, subjectUnit, unitSubtree, type Paged } from './common';

const ratedInUnit = alias(units, 'rated_in_unit');

const columns = {
  id: ratings.id,
  personId: ratings.personId,
  personCode: persons.code,
  personName: persons.fullName,
  personUnitId: persons.unitId,
  personUnitName: personUnit.name,
  unitId: ratings.unitId,
  unitName: subjectUnit.name,
  year: ratings.year,
  level: ratings.level,
  regime: ratings.regime,
  ratedInUnitId: ratings.ratedInUnitId,
  ratedInUnitName: ratedInUnit.name,
  decisionNo: ratings.decisionNo,
  decidedOn: ratings.decidedOn,
  spiritAttested: ratings.spiritAttested,
  note: ratings.note,
};

const toRow = (r: Omit<RatingRow, 'subject'>): RatingRow => ({ ...r, subject: r.personId ? 'person' : 'unit' });

function base(db: Db) {
  return db
    .select(columns)
    .from(ratings)
    .leftJoin(persons, eq(persons.id, ratings.personId))
    .leftJoin(personUnit, eq(personUnit.id, persons.unitId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, ratings.unitId))
    .leftJoin(ratedInUnit, eq(ratedInUnit.id, ratings.ratedInUnitId));
}

const scoped = (scope: Scope | null) =>
  personOrUnitInScope(scope, { agencyId: ratings.agencyId, personId: ratings.personId, unitId: ratings.unitId });

export async function listRatings(db: Db, scope: Scope | null, q: RatingsQuery): Promise<Paged<RatingRow>> {
  const where: (SQL | undefined)[] = [scoped(scope)];
  const agencyId = agencyOf(scope);
  if (q.year !== undefined) where.push(eq(ratings.year, q.year));
  if (q.personId) where.push(eq(ratings.personId, q.personId));
  if (q.ratedInUnitId) where.push(eq(ratings.ratedInUnitId, q.ratedInUnitId));
  if (q.level) where.push(eq(ratings.level, q.level));
  if (q.subject === 'person') where.push(isNotNull(ratings.personId));
  if (q.subject === 'unit') where.push(isNull(ratings.personId));
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(or(and(isNotNull(ratings.personId), inIds(persons.unitId, tree)), and(isNull(ratings.personId), inIds(ratings.unitId, tree))));
  }
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(ratings).leftJoin(persons, eq(persons.id, ratings.personId)).where(condition);
  const rows = await base(db)
    .where(condition)
    .orderBy(desc(ratings.year), asc(sql`${subjectUnit.sortOrder}`), asc(sql`${persons.sortKey} COLLATE "C"`), asc(ratings.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map(toRow), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getRating(db: Db, scope: Scope | null, id: string): Promise<RatingRow | null> {
  const [row] = await base(db).where(and(eq(ratings.id, id), scoped(scope)));
  return row ? toRow(row) : null;
}

/** The rating of a person (or a unit) for a year, whoever may see it (uniqueness checks). */
export async function findRatingFor(db: Db, subject: { personId?: string | null; unitId?: string | null }, year: number) {
  const [row] = await db
    .select({ id: ratings.id, level: ratings.level })
    .from(ratings)
    .where(and(subject.personId ? eq(ratings.personId, subject.personId) : eq(ratings.unitId, subject.unitId!), eq(ratings.year, year)));
  return row ?? null;
}

/**
 * Person ratings of a year for the HTXSNV cap report, with the staff category held that year
 * (assignment history; the current category when the history has no entry for the year).
 */
export async function personRatingsOfYear(db: Db, agencyId: string, year: number) {
  const rows = await db
    .select({
      personId: ratings.personId,
      level: ratings.level,
      regime: ratings.regime,
      ratedInUnitId: ratings.ratedInUnitId,
      currentUnitId: persons.unitId,
      staffCategory: persons.staffCategory,
    })
    .from(ratings)
    .innerJoin(persons, eq(persons.id, ratings.personId))
    .where(and(eq(ratings.agencyId, agencyId), eq(ratings.year, year)));
  const spans = await db
    .select({
      personId: personAssignments.personId,
      unitId: personAssignments.unitId,
      fromDate: personAssignments.fromDate,
      toDate: personAssignments.toDate,
      position: personAssignments.position,
      isLeader: personAssignments.isLeader,
      staffCategory: personAssignments.staffCategory,
    })
    .from(personAssignments)
    .innerJoin(ratings, and(eq(ratings.personId, personAssignments.personId), eq(ratings.year, year), eq(ratings.agencyId, agencyId)))
    .where(and(lte(personAssignments.fromDate, `${year}-12-31`), or(isNull(personAssignments.toDate), gte(personAssignments.toDate, `${year}-01-01`))));
  const byPerson = groupBy(spans, (s) => s.personId);
  return rows.map((r) => {
    const held = assignmentInYear(byPerson.get(r.personId!) ?? [], year);
    return {
      personId: r.personId!,
      level: r.level,
      regime: r.regime,
      unitId: r.ratedInUnitId ?? held?.unitId ?? r.currentUnitId,
      staffCategory: held?.staffCategory ?? r.staffCategory,
    };
  });
}

/** Unit ratings of a year (unitId → level). */
export async function unitRatingsOfYear(db: Db, agencyId: string, year: number) {
  const rows = await db
    .select({ unitId: ratings.unitId, level: ratings.level })
    .from(ratings)
    .where(and(eq(ratings.agencyId, agencyId), eq(ratings.year, year), isNull(ratings.personId)));
  return new Map(rows.filter((r) => r.unitId).map((r) => [r.unitId!, r.level]));
}
