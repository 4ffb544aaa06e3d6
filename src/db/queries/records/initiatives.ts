import { and, asc, count, desc, eq, exists, gte, inArray, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { awardBasisUses, initiativeAuthors, initiatives, persons } from '../../schema';
import type { Scope } from '../../../domain/policies';
import type { InitiativeRow, InitiativesQuery } from '../../../shared/schemas/records';
import { agencyOf, anyPersonInScope, groupBy, inIds, unitSubtree, type Paged } from './common';
import { usesOfInitiatives } from './basis-uses';

const inScope = (db: Db, scope: Scope | null) =>
  anyPersonInScope(db, scope, initiatives.agencyId, initiatives.id, {
    table: initiativeAuthors,
    recordId: initiativeAuthors.initiativeId,
    personId: initiativeAuthors.personId,
  });

/** Authors (with code, name, share) of some initiatives. */
export async function authorsOf(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, InitiativeRow['authors']>();
  const rows = await db
    .select({ initiativeId: initiativeAuthors.initiativeId, personId: initiativeAuthors.personId, personCode: persons.code, personName: persons.fullName, sharePct: initiativeAuthors.sharePct })
    .from(initiativeAuthors)
    .innerJoin(persons, eq(persons.id, initiativeAuthors.personId))
    .where(inArray(initiativeAuthors.initiativeId, [...ids]))
    .orderBy(desc(initiativeAuthors.sharePct), asc(sql`${persons.sortKey} COLLATE "C"`));
  return new Map([...groupBy(rows, (r) => r.initiativeId)].map(([k, v]) => [k, v.map(({ initiativeId: _, ...a }) => a)]));
}

type InitiativeRecord = typeof initiatives.$inferSelect;

/** Initiative rows with authors and the awards that used them. */
export async function presentInitiatives(db: Db, rows: readonly InitiativeRecord[]): Promise<InitiativeRow[]> {
  const ids = rows.map((r) => r.id);
  const [authors, uses] = [await authorsOf(db, ids), await usesOfInitiatives(db, ids)];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    recognizedBy: r.recognizedBy,
    recognizingBody: r.recognizingBody,
    decisionNo: r.decisionNo,
    recognizedOn: r.recognizedOn,
    impactScope: r.impactScope,
    impactRecognizedByProvinceHead: r.impactRecognizedByProvinceHead,
    appliedEffectively: r.appliedEffectively,
    replicable: r.replicable,
    effectEvidence: r.effectEvidence,
    authors: authors.get(r.id) ?? [],
    usedBy: uses.get(r.id) ?? [],
  }));
}

export async function listInitiatives(db: Db, scope: Scope | null, q: InitiativesQuery): Promise<Paged<InitiativeRow>> {
  const where: (SQL | undefined)[] = [inScope(db, scope)];
  const agencyId = agencyOf(scope);
  if (q.year !== undefined) where.push(gte(initiatives.recognizedOn, `${q.year}-01-01`), lte(initiatives.recognizedOn, `${q.year}-12-31`));
  if (q.personId) {
    where.push(exists(db.select({ one: sql`1` }).from(initiativeAuthors).where(and(eq(initiativeAuthors.initiativeId, initiatives.id), eq(initiativeAuthors.personId, q.personId)))));
  }
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(initiativeAuthors)
          .innerJoin(persons, eq(persons.id, initiativeAuthors.personId))
          .where(and(eq(initiativeAuthors.initiativeId, initiatives.id), inIds(persons.unitId, tree))),
      ),
    );
  }
  if (q.used !== undefined) {
    const used = exists(db.select({ one: sql`1` }).from(awardBasisUses).where(eq(awardBasisUses.initiativeId, initiatives.id)));
    where.push(q.used ? used : not(used));
  }
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(initiatives).where(condition);
  const rows = await db
    .select()
    .from(initiatives)
    .where(condition)
    .orderBy(desc(initiatives.recognizedOn), asc(initiatives.title), asc(initiatives.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentInitiatives(db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getInitiative(db: Db, scope: Scope | null, id: string): Promise<InitiativeRow | null> {
  const rows = await db.select().from(initiatives).where(and(eq(initiatives.id, id), inScope(db, scope)));
  return rows.length ? (await presentInitiatives(db, rows))[0]! : null;
}
