import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { awards, persons } from '../../schema';
import type { Scope } from '../../../domain/policies';
import type { AwardRow, AwardsQuery } from '../../../shared/schemas/records';
import { agencyOf, inIds, personOrUnitInScope, personUnit, subjectUnit, unitSubtree, type Paged } from './common';
import { basisOfAwards } from './basis-uses';

const columns = {
  id: awards.id,
  personId: awards.personId,
  personCode: persons.code,
  personName: persons.fullName,
  personUnitId: persons.unitId,
  personUnitName: personUnit.name,
  unitId: awards.unitId,
  unitName: subjectUnit.name,
  awardCode: awards.awardCode,
  year: awards.year,
  basisType: awards.basisType,
  cstdcsBasis: awards.cstdcsBasis,
  decisionNo: awards.decisionNo,
  decidedOn: awards.decidedOn,
  conferredBy: awards.conferredBy,
  source: awards.source,
  note: awards.note,
};

const base = (db: Db) =>
  db
    .select(columns)
    .from(awards)
    .leftJoin(persons, eq(persons.id, awards.personId))
    .leftJoin(personUnit, eq(personUnit.id, persons.unitId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, awards.unitId));

const scoped = (scope: Scope | null) => personOrUnitInScope(scope, { agencyId: awards.agencyId, personId: awards.personId, unitId: awards.unitId });

async function present(db: Db, rows: Omit<AwardRow, 'subject' | 'basis'>[]): Promise<AwardRow[]> {
  const basis = await basisOfAwards(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, subject: r.personId ? 'person' : 'unit', basis: basis.get(r.id) ?? [] }));
}

export async function listAwards(db: Db, scope: Scope | null, q: AwardsQuery): Promise<Paged<AwardRow>> {
  const where: (SQL | undefined)[] = [scoped(scope)];
  const agencyId = agencyOf(scope);
  if (q.year !== undefined) where.push(eq(awards.year, q.year));
  if (q.personId) where.push(eq(awards.personId, q.personId));
  if (q.awardCode) where.push(eq(awards.awardCode, q.awardCode));
  if (q.subject === 'person') where.push(isNotNull(awards.personId));
  if (q.subject === 'unit') where.push(isNull(awards.personId));
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(or(and(isNotNull(awards.personId), inIds(persons.unitId, tree)), and(isNull(awards.personId), inIds(awards.unitId, tree))));
  }
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(awards).leftJoin(persons, eq(persons.id, awards.personId)).where(condition);
  const rows = await base(db)
    .where(condition)
    .orderBy(desc(awards.year), asc(awards.awardCode), asc(sql`${subjectUnit.sortOrder}`), asc(sql`${persons.sortKey} COLLATE "C"`), asc(awards.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getAward(db: Db, scope: Scope | null, id: string): Promise<AwardRow | null> {
  const rows = await base(db).where(and(eq(awards.id, id), scoped(scope)));
  return rows.length ? (await present(db, rows))[0]! : null;
}
