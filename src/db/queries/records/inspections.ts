import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { inspections, inspectionSubjects, persons, units } from '../../schema';
import { scopeCovers, type Scope } from '../../../domain/policies';
import type { InspectionRow, InspectionsQuery } from '../../../shared/schemas/records';
import { agencyOf, groupBy, inIds, personInScope, unitInScope, unitSubtree, type Paged } from './common';

/** An inspection is visible when it names a visible person or a visible unit. */
function inspectionInScope(db: Db, scope: Scope | null): SQL {
  if (!scope || scope.kind === 'none') return sql`false`;
  if (scope.kind === 'agency') return eq(inspections.agencyId, scope.agencyId);
  const viaPerson = exists(
    db
      .select({ one: sql`1` })
      .from(inspectionSubjects)
      .innerJoin(persons, eq(persons.id, inspectionSubjects.personId))
      .where(and(eq(inspectionSubjects.inspectionId, inspections.id), personInScope(scope))),
  );
  const viaUnit = exists(
    db
      .select({ one: sql`1` })
      .from(inspectionSubjects)
      .innerJoin(units, eq(units.id, inspectionSubjects.unitId))
      .where(and(eq(inspectionSubjects.inspectionId, inspections.id), unitInScope(scope, units.agencyId, units.id))),
  );
  return and(eq(inspections.agencyId, scope.agencyId), or(viaPerson, viaUnit)) as SQL;
}

/**
 * Subjects (people and units) of some inspections, with code and name. With a scope, only the
 * subjects that scope may see are listed (the others' names are not shown to a unit head).
 */
export async function subjectsOf(db: Db, inspectionIds: readonly string[], scope?: Scope | null) {
  if (!inspectionIds.length) return new Map<string, InspectionRow['subjects']>();
  const rows = await db
    .select({
      inspectionId: inspectionSubjects.inspectionId,
      personId: inspectionSubjects.personId,
      unitId: inspectionSubjects.unitId,
      personCode: persons.code,
      personName: persons.fullName,
      personUnitId: persons.unitId,
      agencyId: inspections.agencyId,
      unitCode: units.code,
      unitName: units.name,
    })
    .from(inspectionSubjects)
    .leftJoin(persons, eq(persons.id, inspectionSubjects.personId))
    .leftJoin(units, eq(units.id, inspectionSubjects.unitId))
    .innerJoin(inspections, eq(inspections.id, inspectionSubjects.inspectionId))
    .where(inArray(inspectionSubjects.inspectionId, [...inspectionIds]));
  const visible = rows.filter(
    (r) =>
      scope === undefined ||
      (!!scope &&
        (r.personId
          ? scopeCovers(scope, { agencyId: r.agencyId, unitId: r.personUnitId, personId: r.personId })
          : scopeCovers(scope, { agencyId: r.agencyId, unitId: r.unitId }))),
  );
  const grouped = groupBy(visible, (r) => r.inspectionId);
  return new Map(
    [...grouped].map(([id, list]) => [
      id,
      list.map((r) => ({
        personId: r.personId,
        unitId: r.personId ? null : r.unitId,
        code: (r.personId ? r.personCode : r.unitCode) ?? '',
        name: (r.personId ? r.personName : r.unitName) ?? '',
      })),
    ]),
  );
}

type InspectionRecord = typeof inspections.$inferSelect;
export const inspectionStatus = (r: { concludedOn: string | null }) => (r.concludedOn ? 'concluded' : 'open') as 'open' | 'concluded';

function present(r: InspectionRecord, subjects: InspectionRow['subjects']): InspectionRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    openedOn: r.openedOn,
    concludedOn: r.concludedOn,
    status: inspectionStatus(r),
    conclusionNo: r.conclusionNo,
    hasViolation: r.hasViolation,
    remedied: r.remedied,
    remediedOn: r.remediedOn,
    summary: r.summary,
    subjects,
  };
}

export async function listInspections(db: Db, scope: Scope | null, q: InspectionsQuery): Promise<Paged<InspectionRow>> {
  const where: (SQL | undefined)[] = [inspectionInScope(db, scope)];
  const agencyId = agencyOf(scope);
  if (q.status === 'open') where.push(isNull(inspections.concludedOn));
  if (q.status === 'concluded') where.push(isNotNull(inspections.concludedOn));
  if (q.year !== undefined) {
    where.push(lte(inspections.openedOn, `${q.year}-12-31`), or(isNull(inspections.concludedOn), gte(inspections.concludedOn, `${q.year}-01-01`)));
  }
  if (q.personId) {
    where.push(
      exists(db.select({ one: sql`1` }).from(inspectionSubjects).where(and(eq(inspectionSubjects.inspectionId, inspections.id), eq(inspectionSubjects.personId, q.personId)))),
    );
  }
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(inspectionSubjects)
          .leftJoin(persons, eq(persons.id, inspectionSubjects.personId))
          .where(and(eq(inspectionSubjects.inspectionId, inspections.id), or(inIds(inspectionSubjects.unitId, tree), inIds(persons.unitId, tree)))),
      ),
    );
  }
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(inspections).where(condition);
  const rows = await db
    .select()
    .from(inspections)
    .where(condition)
    .orderBy(desc(inspections.openedOn), asc(inspections.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const subjects = await subjectsOf(db, rows.map((r) => r.id), scope);
  return { items: rows.map((r) => present(r, subjects.get(r.id) ?? [])), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getInspection(db: Db, scope: Scope | null, id: string): Promise<InspectionRow | null> {
  const [row] = await db.select().from(inspections).where(and(eq(inspections.id, id), inspectionInScope(db, scope)));
  if (!row) return null;
  const subjects = await subjectsOf(db, [row.id], scope);
  return present(row, subjects.get(row.id) ?? []);
}
