import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { personAssignments, persons, units } from '../schema';
import type { Scope } from '../../domain/policies';
import { scopeCondition } from './scope-sql';
import { subtreeOf } from '../../domain/policies';
import type { PeopleQuery } from '../../shared/schemas/people';

export const personColumns = {
  id: persons.id,
  agencyId: persons.agencyId,
  code: persons.code,
  familyName: persons.familyName,
  middleName: persons.middleName,
  givenName: persons.givenName,
  fullName: persons.fullName,
  gender: persons.gender,
  birthDate: persons.birthDate,
  staffCategory: persons.staffCategory,
  position: persons.position,
  isLeader: persons.isLeader,
  isDirectWorker: persons.isDirectWorker,
  unitId: persons.unitId,
  unitName: units.name,
  status: persons.status,
  email: persons.email,
  phone: persons.phone,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function peopleFilter(db: Db, scope: Scope | null, q: Omit<PeopleQuery, 'page' | 'pageSize'>): Promise<SQL> {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope, { agencyId: persons.agencyId, unitId: persons.unitId, personId: persons.id })];
  // search_text = vd_fold(full_name || ' ' || code), a stored column (migration 0010) with a trigram
  // index and an (agency_id, search_text) index: no per-row unaccent at search time.
  if (q.q) conditions.push(sql`"persons"."search_text" LIKE '%' || vd_fold(${escapeLike(q.q)}) || '%'`);
  if (q.unitId) {
    if (q.includeSubunits && scope && scope.kind !== 'none') {
      const all = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, scope.agencyId));
      conditions.push(inArray(persons.unitId, [...subtreeOf(all, [q.unitId])]));
    } else conditions.push(eq(persons.unitId, q.unitId));
  }
  if (q.staffCategory) conditions.push(eq(persons.staffCategory, q.staffCategory));
  if (q.status) conditions.push(eq(persons.status, q.status));
  if (q.gender) conditions.push(eq(persons.gender, q.gender));
  if (q.isLeader !== undefined) conditions.push(eq(persons.isLeader, q.isLeader));
  if (q.isDirectWorker !== undefined) conditions.push(eq(persons.isDirectWorker, q.isDirectWorker));
  return and(...conditions) as SQL;
}

/** Vietnamese order: tên, then họ and chữ đệm (sort key computed in code, compared bytewise). */
const vietnameseOrder = [asc(sql`${persons.sortKey} COLLATE "C"`), asc(persons.code)];

export async function listPeople(db: Db, scope: Scope | null, q: PeopleQuery) {
  const where = await peopleFilter(db, scope, q);
  const [total] = await db.select({ n: count() }).from(persons).where(where);
  const items = await db
    .select(personColumns)
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(where)
    .orderBy(...vietnameseOrder)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function allPeopleForExport(db: Db, scope: Scope | null, q: Omit<PeopleQuery, 'page' | 'pageSize'>) {
  const where = await peopleFilter(db, scope, q);
  return db.select(personColumns).from(persons).innerJoin(units, eq(units.id, persons.unitId)).where(where).orderBy(...vietnameseOrder);
}

export async function getPerson(db: Db, scope: Scope | null, id: string) {
  const [row] = await db
    .select(personColumns)
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(and(eq(persons.id, id), scopeCondition(scope, { agencyId: persons.agencyId, unitId: persons.unitId, personId: persons.id })));
  return row ?? null;
}

export async function getAssignments(db: Db, personId: string) {
  return db
    .select({
      id: personAssignments.id,
      unitId: personAssignments.unitId,
      unitName: units.name,
      position: personAssignments.position,
      isLeader: personAssignments.isLeader,
      staffCategory: personAssignments.staffCategory,
      fromDate: personAssignments.fromDate,
      toDate: personAssignments.toDate,
      reason: personAssignments.reason,
    })
    .from(personAssignments)
    .innerJoin(units, eq(units.id, personAssignments.unitId))
    .where(eq(personAssignments.personId, personId))
    .orderBy(desc(personAssignments.fromDate));
}

export async function openAssignment(db: Db, personId: string) {
  const [row] = await db
    .select()
    .from(personAssignments)
    .where(and(eq(personAssignments.personId, personId), isNull(personAssignments.toDate)))
    .orderBy(desc(personAssignments.fromDate))
    .limit(1);
  return row ?? null;
}

/** The unit a person belonged to on a date (a 2023 title is judged with the 2023 unit). */
export async function unitOfPersonOn(db: Db, personId: string, date: string) {
  const [row] = await db
    .select({ unitId: personAssignments.unitId, position: personAssignments.position, isLeader: personAssignments.isLeader, staffCategory: personAssignments.staffCategory })
    .from(personAssignments)
    .where(
      and(
        eq(personAssignments.personId, personId),
        sql`${personAssignments.fromDate} <= ${date}`,
        sql`(${personAssignments.toDate} IS NULL OR ${personAssignments.toDate} >= ${date})`,
      ),
    )
    .orderBy(desc(personAssignments.fromDate))
    .limit(1);
  return row ?? null;
}

export async function nextPersonCode(db: Db, agencyId: string) {
  const [row] = await db.select({ n: count() }).from(persons).where(eq(persons.agencyId, agencyId));
  let n = (row?.n ?? 0) + 1;
  for (;;) {
    const code = `CB${String(n).padStart(5, '0')}`;
    const [exists] = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.agencyId, agencyId), eq(persons.code, code)));
    if (!exists) return code;
    n++;
  }
}
