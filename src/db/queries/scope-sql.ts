import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../domain/policies';

/** The SQL condition that keeps a read inside a scope. Fails closed: no scope, no rows. */
export function scopeCondition(
  scope: Scope | null,
  columns: { agencyId: AnyPgColumn; unitId: AnyPgColumn; personId?: AnyPgColumn },
): SQL {
  if (!scope || scope.kind === 'none') return sql`false`;
  switch (scope.kind) {
    case 'agency':
      return eq(columns.agencyId, scope.agencyId);
    case 'units':
      return scope.unitIds.size
        ? (and(eq(columns.agencyId, scope.agencyId), inArray(columns.unitId, [...scope.unitIds])) as SQL)
        : sql`false`;
    case 'self':
      return columns.personId ? (and(eq(columns.agencyId, scope.agencyId), eq(columns.personId, scope.personId)) as SQL) : sql`false`;
  }
}
