/** Resolving the people and units a record names, inside the writer's scope (fail closed). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { personAssignments, persons, units } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import { scopeCovers, type Scope } from '../../../domain/policies';
import { assignmentInYear } from '../../../domain/records/unit-in-year';
import { validation } from '../../errors';

export type PersonRecord = typeof persons.$inferSelect;
export type UnitRecord = typeof units.$inferSelect;

const OUT_OF_SCOPE_PERSON = 'Cán bộ không tồn tại hoặc ngoài phạm vi bạn được quản lý.';
const OUT_OF_SCOPE_UNIT = 'Đơn vị không tồn tại hoặc ngoài phạm vi bạn được quản lý.';

export const personCovered = (scope: Scope | null, p: PersonRecord) =>
  !!scope && scopeCovers(scope, { agencyId: p.agencyId, unitId: p.unitId, personId: p.id });

export async function requirePerson(db: Db, actor: Actor, scope: Scope | null, personId: string, path = 'personId', field = 'Cán bộ') {
  const [p] = await db.select().from(persons).where(and(eq(persons.id, personId), eq(persons.agencyId, actor.agencyId)));
  if (!p || !personCovered(scope, p)) throw validation([{ path, field, message: OUT_OF_SCOPE_PERSON }]);
  return p;
}

export async function requireUnit(db: Db, actor: Actor, scope: Scope | null, unitId: string, path = 'unitId', field = 'Đơn vị') {
  const [u] = await db.select().from(units).where(and(eq(units.id, unitId), eq(units.agencyId, actor.agencyId)));
  if (!u || !scope || !scopeCovers(scope, { agencyId: u.agencyId, unitId: u.id })) throw validation([{ path, field, message: OUT_OF_SCOPE_UNIT }]);
  return u;
}

/** A unit of the actor's agency (not necessarily in scope: e.g. the unit a person was rated in years ago). */
export async function requireAgencyUnit(db: Db, actor: Actor, unitId: string, path: string, field: string) {
  const [u] = await db.select().from(units).where(and(eq(units.id, unitId), eq(units.agencyId, actor.agencyId)));
  if (!u) throw validation([{ path, field, message: 'Đơn vị không tồn tại.' }]);
  return u;
}

/**
 * Loads the named people of the actor's agency. People not found are refused; with `mustBeCovered`,
 * people outside the scope are refused too. `pathOf(i)` names the offending list item.
 */
export async function requirePeople(
  db: Db,
  actor: Actor,
  scope: Scope | null,
  ids: readonly string[],
  opts: { pathOf: (i: number) => string; field: string; mustBeCovered: (id: string) => boolean },
): Promise<Map<string, PersonRecord>> {
  const rows = ids.length
    ? await db.select().from(persons).where(and(eq(persons.agencyId, actor.agencyId), inArray(persons.id, [...ids])))
    : [];
  const found = new Map(rows.map((p) => [p.id, p]));
  const errors = ids.flatMap((id, i) => {
    const p = found.get(id);
    if (!p || (opts.mustBeCovered(id) && !personCovered(scope, p))) return [{ path: opts.pathOf(i), field: opts.field, message: OUT_OF_SCOPE_PERSON }];
    return [];
  });
  if (errors.length) throw validation(errors);
  return found;
}

/** The units of the actor's agency among `ids`; unknown ones are refused. */
export async function requireAgencyUnits(db: Db, actor: Actor, scope: Scope | null, ids: readonly string[], pathOf: (i: number) => string) {
  const rows = ids.length ? await db.select().from(units).where(and(eq(units.agencyId, actor.agencyId), inArray(units.id, [...ids]))) : [];
  const found = new Map(rows.map((u) => [u.id, u]));
  const errors = ids.flatMap((id, i) => {
    const u = found.get(id);
    return !u || !scope || !scopeCovers(scope, { agencyId: u.agencyId, unitId: u.id }) ? [{ path: pathOf(i), field: 'Đơn vị', message: OUT_OF_SCOPE_UNIT }] : [];
  });
  if (errors.length) throw validation(errors);
  return found;
}

/** The assignment (unit, category) a person held in a year, by the rule of domain/records/unit-in-year. */
export async function personAssignmentInYear(db: Db, personId: string, year: number) {
  const spans = await db.select().from(personAssignments).where(eq(personAssignments.personId, personId));
  return assignmentInYear(spans, year);
}
