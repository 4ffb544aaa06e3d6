import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { units } from '../../../db/schema';
import { getPerson } from '../../../db/queries/people';
import { loadPersonRecord, loadUnitRecord } from '../../../db/queries/records/timeline';
import { scopeCovers, type Scope } from '../../../domain/policies';
import { buildPersonTimeline, buildUnitTimeline } from './timeline-rows';
import type { PersonTimeline, UnitTimeline } from '../../../shared/schemas/records';
import { notFound } from '../../errors';

const thisYear = () => new Date().getFullYear();

/** The TĐKT record of a person, year by year (out of scope = not found). */
export async function personTimeline(db: Db, scope: Scope | null, personId: string): Promise<PersonTimeline> {
  const person = await getPerson(db, scope, personId);
  if (!person) throw notFound('cán bộ');
  const data = await loadPersonRecord(db, person.id);
  return {
    person: {
      id: person.id, code: person.code, fullName: person.fullName, staffCategory: person.staffCategory, status: person.status,
      unitId: person.unitId, unitName: person.unitName,
    },
    ...buildPersonTimeline({ personId: person.id, ...data }, thisYear()),
  };
}

/**
 * The TĐKT record of a collective, year by year, with its members of each year. Members whose
 * current unit is outside the reader's scope are counted but not listed.
 */
export async function unitTimeline(db: Db, scope: Scope | null, unitId: string): Promise<UnitTimeline> {
  const agencyId = scope && scope.kind !== 'none' ? scope.agencyId : null;
  const [unit] = agencyId ? await db.select().from(units).where(and(eq(units.id, unitId), eq(units.agencyId, agencyId))) : [];
  if (!unit || !scope || !scopeCovers(scope, { agencyId: unit.agencyId, unitId: unit.id })) throw notFound('đơn vị');
  const data = await loadUnitRecord(db, unit.id);
  const currentUnit = new Map(data.people.map((p) => [p.id, p]));
  const canSee = (personId: string) => {
    const p = currentUnit.get(personId);
    return !!p && scopeCovers(scope, { agencyId: p.agencyId, unitId: p.unitId, personId: p.id });
  };
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId, active: unit.active },
    years: buildUnitTimeline({ unitId: unit.id, ...data, canSee }, thisYear()),
  };
}

