/** What every record import needs to resolve its rows: the agency's units and people, and a planner's shape. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { personAssignments, persons, units } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import { personIndex, unitIndex, type PersonRef, type UnitRef } from '../../../documents/records-xlsx';
import type { ColumnsSpec, LocatedSheet, ParsedRow, XlsxRowError } from '../../../documents/xlsx';
import type { AgencySettings } from '../../../domain/eligibility/settings';
import type { AssignmentSpan } from '../../../domain/records/unit-in-year';
import { settingsForYear } from './settings';

export interface ImportContext {
  actor: Actor;
  today: string;
  currentYear: number;
  units: (UnitRef & { kind: string })[];
  people: Map<string, PersonRef & { staffCategory: string }>;
  assignments: Map<string, AssignmentSpan[]>;
  findUnit: ReturnType<typeof unitIndex>;
  findPerson: ReturnType<typeof personIndex>;
  /** The agency's settings in force at the end of a year (cached). */
  settingsFor(year: number): Promise<AgencySettings>;
}

export async function loadImportContext(db: Db, actor: Actor, today: string): Promise<ImportContext> {
  const unitRows = await db.select({ id: units.id, code: units.code, name: units.name, active: units.active, kind: units.kind }).from(units).where(eq(units.agencyId, actor.agencyId));
  const personRows = await db
    .select({ id: persons.id, code: persons.code, fullName: persons.fullName, unitId: persons.unitId, staffCategory: persons.staffCategory })
    .from(persons)
    .where(eq(persons.agencyId, actor.agencyId));
  const spans = await db
    .select({
      personId: personAssignments.personId, unitId: personAssignments.unitId, fromDate: personAssignments.fromDate, toDate: personAssignments.toDate,
      position: personAssignments.position, isLeader: personAssignments.isLeader, staffCategory: personAssignments.staffCategory,
    })
    .from(personAssignments)
    .innerJoin(persons, eq(persons.id, personAssignments.personId))
    .where(eq(persons.agencyId, actor.agencyId));
  const assignments = new Map<string, AssignmentSpan[]>();
  for (const s of spans) assignments.set(s.personId, [...(assignments.get(s.personId) ?? []), s]);
  const people = new Map(
    personRows.map((p) => [p.id, { ...p, unitIds: new Set([p.unitId, ...(assignments.get(p.id) ?? []).map((a) => a.unitId)]) }]),
  );
  const settings = new Map<number, Promise<AgencySettings>>();
  return {
    actor,
    today,
    currentYear: Number(today.slice(0, 4)),
    units: unitRows,
    people,
    assignments,
    findUnit: unitIndex(unitRows),
    findPerson: personIndex([...people.values()]),
    settingsFor(year) {
      if (!settings.has(year)) settings.set(year, settingsForYear(db, actor.agencyId, year));
      return settings.get(year)!;
    },
  };
}

/** A checked import, ready to write (or to show as a dry run). */
export interface ImportPlan {
  errors: XlsxRowError[];
  /** Records the import would write. */
  count: number;
  preview: Record<string, string | number | boolean | null>[];
  /** Writes everything inside the caller's transaction; returns created and updated counts and ids. */
  write(tx: Db, progress: (done: number) => Promise<void>): Promise<{ created: number; updated: number; ids: string[] }>;
}

export type Planner<S extends ColumnsSpec> = (
  db: Db,
  ctx: ImportContext,
  located: LocatedSheet<S>,
  rows: ParsedRow<S>[],
  opts: { replace: boolean; jobId: string },
) => Promise<ImportPlan>;

/** The person and unit a row names (Mã cán bộ / Họ và tên / Đơn vị), or errors located on the right cell. */
export function resolvePersonRow<S extends ColumnsSpec & { code: unknown; fullName: unknown; unit: unknown }>(
  ctx: ImportContext,
  located: LocatedSheet<S>,
  r: ParsedRow<S>,
): { person: PersonRef; unit: UnitRef | null } | { errors: XlsxRowError[] } {
  const v = r.values as { code: string | null; fullName: string | null; unit: string | null };
  let unit: UnitRef | null = null;
  if (v.unit) {
    const found = ctx.findUnit(v.unit);
    if (!found.ok) return { errors: [located.errorAt(r.row, 'unit' as never, found.message)] };
    unit = found.value;
  }
  const match = ctx.findPerson(v.code, v.fullName, unit);
  if (!match.ok) return { errors: [located.errorAt(r.row, match.key as never, match.message)] };
  return { person: match.person, unit };
}

/** Splits work in chunks for batched inserts. */
export function chunks<T>(items: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
