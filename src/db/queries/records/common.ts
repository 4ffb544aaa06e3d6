/** Helpers shared by the record queries: scope conditions for person / unit / multi-person records. */
import { and, eq, exists, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../client';
import { persons, units } from '../../schema';
import { subtreeOf, type Scope } from '../../../domain/policies';
import { scopeCondition } from '../scope-sql';

/** The current unit of a record's person (records of a person are reached through it). */
export const personUnit = alias(units, 'person_unit');
/** The unit a collective record is about. */
export const subjectUnit = alias(units, 'subject_unit');

/** Scope over the `persons` table: a person's records follow the person's CURRENT unit; staff see themselves. */
export const personInScope = (scope: Scope | null) =>
  scopeCondition(scope, { agencyId: persons.agencyId, unitId: persons.unitId, personId: persons.id });

/** Scope over a unit column (collective records). Staff (self scope) see no collective records. */
export const unitInScope = (scope: Scope | null, agencyId: AnyPgColumn, unitId: AnyPgColumn) =>
  scopeCondition(scope, { agencyId, unitId });

/**
 * Scope of a record about one person or one unit (ratings, awards): the query must LEFT JOIN
 * `persons` on `personIdCol`.
 */
export function personOrUnitInScope(scope: Scope | null, cols: { agencyId: AnyPgColumn; personId: AnyPgColumn; unitId: AnyPgColumn }): SQL {
  if (!scope || scope.kind === 'none') return sql`false`;
  // A record's agency is its person's or unit's agency (the services write it so), so the whole
  // agency needs no join: counting a large agency's records stays an index scan.
  if (scope.kind === 'agency') return eq(cols.agencyId, scope.agencyId);
  return and(
    eq(cols.agencyId, scope.agencyId),
    or(
      and(isNotNull(cols.personId), personInScope(scope)),
      and(isNull(cols.personId), unitInScope(scope, cols.agencyId, cols.unitId)),
    ),
  ) as SQL;
}

/**
 * Scope of a record naming several people (initiative authors, task members): visible when at least
 * one named person is visible. `link` is the join table, `linkRecordId`/`linkPersonId` its columns.
 */
export function anyPersonInScope(
  db: Db,
  scope: Scope | null,
  recordAgencyId: AnyPgColumn,
  recordId: AnyPgColumn,
  link: { table: PgTable; recordId: AnyPgColumn; personId: AnyPgColumn },
): SQL {
  if (!scope || scope.kind === 'none') return sql`false`;
  if (scope.kind === 'agency') return eq(recordAgencyId, scope.agencyId);
  return and(
    eq(recordAgencyId, scope.agencyId),
    exists(
      db
        .select({ one: sql`1` })
        .from(link.table)
        .innerJoin(persons, eq(persons.id, link.personId))
        .where(and(eq(link.recordId, recordId), personInScope(scope))),
    ),
  ) as SQL;
}

/** A unit and all its sub-units (ids), within an agency. */
export async function unitSubtree(db: Db, agencyId: string, unitId: string): Promise<string[]> {
  const all = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agencyId));
  if (!all.some((u) => u.id === unitId)) return [];
  return [...subtreeOf(all, [unitId])];
}

/** `col IN (ids)`, or false when the list is empty. */
export const inIds = (col: AnyPgColumn, ids: readonly string[]): SQL => (ids.length ? inArray(col, [...ids]) : sql`false`);

export const agencyOf = (scope: Scope | null): string | null => (scope && scope.kind !== 'none' ? scope.agencyId : null);

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Groups rows by a key, keeping order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
