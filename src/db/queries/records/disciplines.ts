import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { disciplines, persons } from '../../schema';
import type { Scope } from '../../../domain/policies';
import type { DisciplineRow, DisciplinesQuery } from '../../../shared/schemas/records';
import { agencyOf, inIds, personInScope, personUnit, unitSubtree, type Paged } from './common';

const columns = {
  id: disciplines.id,
  personId: disciplines.personId,
  personCode: persons.code,
  personName: persons.fullName,
  personUnitId: persons.unitId,
  personUnitName: personUnit.name,
  form: disciplines.form,
  decisionNo: disciplines.decisionNo,
  decidedOn: disciplines.decidedOn,
  effectiveFrom: disciplines.effectiveFrom,
  effectiveTo: disciplines.effectiveTo,
  dutyRelated: disciplines.dutyRelated,
  reason: disciplines.reason,
};

const base = (db: Db) =>
  db.select(columns).from(disciplines).innerJoin(persons, eq(persons.id, disciplines.personId)).innerJoin(personUnit, eq(personUnit.id, persons.unitId));

export async function listDisciplines(db: Db, scope: Scope | null, q: DisciplinesQuery): Promise<Paged<DisciplineRow>> {
  const where: (SQL | undefined)[] = [personInScope(scope)];
  const agencyId = agencyOf(scope);
  if (q.personId) where.push(eq(disciplines.personId, q.personId));
  if (q.year !== undefined) where.push(lte(disciplines.effectiveFrom, `${q.year}-12-31`), gte(disciplines.effectiveTo, `${q.year}-01-01`));
  if (q.unitId && agencyId) where.push(inIds(persons.unitId, await unitSubtree(db, agencyId, q.unitId)));
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(disciplines).innerJoin(persons, eq(persons.id, disciplines.personId)).where(condition);
  const items = await base(db)
    .where(condition)
    .orderBy(desc(disciplines.decidedOn), asc(sql`${persons.sortKey} COLLATE "C"`), asc(disciplines.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getDiscipline(db: Db, scope: Scope | null, id: string): Promise<DisciplineRow | null> {
  const [row] = await base(db).where(and(eq(disciplines.id, id), personInScope(scope)));
  return row ?? null;
}
