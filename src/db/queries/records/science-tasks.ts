import { and, asc, count, desc, eq, exists, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { persons, scienceTaskMembers, scienceTasks } from '../../schema';
import type { Scope } from '../../../domain/policies';
import type { ScienceTaskRow, ScienceTasksQuery } from '../../../shared/schemas/records';
import { agencyOf, anyPersonInScope, groupBy, inIds, unitSubtree, type Paged } from './common';
import { usesOfScienceTasks } from './basis-uses';

const inScope = (db: Db, scope: Scope | null) =>
  anyPersonInScope(db, scope, scienceTasks.agencyId, scienceTasks.id, {
    table: scienceTaskMembers,
    recordId: scienceTaskMembers.taskId,
    personId: scienceTaskMembers.personId,
  });

export async function membersOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, ScienceTaskRow['members']>();
  const rows = await db
    .select({ taskId: scienceTaskMembers.taskId, personId: scienceTaskMembers.personId, personCode: persons.code, personName: persons.fullName, role: scienceTaskMembers.role })
    .from(scienceTaskMembers)
    .innerJoin(persons, eq(persons.id, scienceTaskMembers.personId))
    .where(inArray(scienceTaskMembers.taskId, [...ids]))
    .orderBy(asc(scienceTaskMembers.role), asc(sql`${persons.sortKey} COLLATE "C"`));
  return new Map([...groupBy(rows, (r) => r.taskId)].map(([k, v]) => [k, v.map(({ taskId: _, ...m }) => m)]));
}

type TaskRecord = typeof scienceTasks.$inferSelect;

export async function presentScienceTasks(db: Db, rows: readonly TaskRecord[]): Promise<ScienceTaskRow[]> {
  const ids = rows.map((r) => r.id);
  const [members, uses] = [await membersOf(db, ids), await usesOfScienceTasks(db, ids)];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    kind: r.kind,
    taskLevel: r.level,
    acceptedOn: r.acceptedOn,
    acceptanceResult: r.acceptanceResult,
    applied: r.applied,
    impactScope: r.impactScope,
    impactRecognizedByProvinceHead: r.impactRecognizedByProvinceHead,
    applicationEvidence: r.applicationEvidence,
    members: members.get(r.id) ?? [],
    usedBy: uses.get(r.id) ?? [],
  }));
}

export async function listScienceTasks(db: Db, scope: Scope | null, q: ScienceTasksQuery): Promise<Paged<ScienceTaskRow>> {
  const where: (SQL | undefined)[] = [inScope(db, scope)];
  const agencyId = agencyOf(scope);
  if (q.year !== undefined) where.push(gte(scienceTasks.acceptedOn, `${q.year}-01-01`), lte(scienceTasks.acceptedOn, `${q.year}-12-31`));
  if (q.personId) {
    where.push(exists(db.select({ one: sql`1` }).from(scienceTaskMembers).where(and(eq(scienceTaskMembers.taskId, scienceTasks.id), eq(scienceTaskMembers.personId, q.personId)))));
  }
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(scienceTaskMembers)
          .innerJoin(persons, eq(persons.id, scienceTaskMembers.personId))
          .where(and(eq(scienceTaskMembers.taskId, scienceTasks.id), inIds(persons.unitId, tree))),
      ),
    );
  }
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(scienceTasks).where(condition);
  const rows = await db
    .select()
    .from(scienceTasks)
    .where(condition)
    .orderBy(desc(sql`coalesce(${scienceTasks.acceptedOn}, '9999-12-31')`), asc(scienceTasks.title), asc(scienceTasks.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentScienceTasks(db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getScienceTask(db: Db, scope: Scope | null, id: string): Promise<ScienceTaskRow | null> {
  const rows = await db.select().from(scienceTasks).where(and(eq(scienceTasks.id, id), inScope(db, scope)));
  return rows.length ? (await presentScienceTasks(db, rows))[0]! : null;
}
