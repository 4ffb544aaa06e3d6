/** Reads of attestations (xác nhận), scoped like the other records of a person or a unit. */
import { and, asc, eq, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { attestations, persons } from '../schema';
import type { Scope } from '../../domain/policies';
import { answerLabel, answerSpec, formatAnswerValue, type AgencySettings } from '../../domain/eligibility';
import type { AttestationRow, AttestationsQuery } from '../../shared/schemas/attestations';
import { agencyOf, inIds, personOrUnitInScope, personUnit, subjectUnit, unitSubtree } from './records/common';

const columns = {
  id: attestations.id,
  personId: attestations.personId,
  personCode: persons.code,
  personName: persons.fullName,
  personUnitName: personUnit.name,
  unitId: attestations.unitId,
  unitName: subjectUnit.name,
  year: attestations.year,
  key: attestations.key,
  value: attestations.value,
  attestedBy: attestations.attestedBy,
  attestedOn: attestations.attestedOn,
  basis: attestations.basis,
  note: attestations.note,
  recordedByName: attestations.recordedByName,
  updatedAt: attestations.updatedAt,
};

type Raw = { [K in keyof typeof columns]: unknown } & {
  id: string; personId: string | null; personCode: string | null; personName: string | null; personUnitName: string | null; unitId: string | null;
  unitName: string | null; year: number; key: string; attestedBy: string; attestedOn: string; basis: string; note: string; recordedByName: string; updatedAt: Date;
};

export function presentAttestation(r: Raw, settings?: AgencySettings): AttestationRow {
  const spec = answerSpec(r.key, settings);
  return {
    id: r.id, subject: r.personId ? 'person' : 'unit', personId: r.personId, personCode: r.personCode, personName: r.personName,
    unitId: r.unitId, unitName: r.personId ? r.personUnitName : r.unitName, year: r.year, key: r.key, label: answerLabel(r.key, settings),
    value: r.value, valueText: spec ? formatAnswerValue(spec, r.value) : String(r.value), attestedBy: r.attestedBy, attestedOn: r.attestedOn,
    basis: r.basis, note: r.note, recordedByName: r.recordedByName, updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

function base(db: Db) {
  return db
    .select(columns)
    .from(attestations)
    .leftJoin(persons, eq(persons.id, attestations.personId))
    .leftJoin(personUnit, eq(personUnit.id, persons.unitId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, attestations.unitId));
}

const scoped = (scope: Scope | null) =>
  personOrUnitInScope(scope, { agencyId: attestations.agencyId, personId: attestations.personId, unitId: attestations.unitId });

/** Attestations in scope, filtered; a unit filter takes the people of its subtree and the units themselves. */
export async function listAttestations(db: Db, scope: Scope | null, q: AttestationsQuery, settings?: AgencySettings): Promise<AttestationRow[]> {
  const where: (SQL | undefined)[] = [scoped(scope)];
  if (q.year !== undefined) where.push(eq(attestations.year, q.year));
  if (q.personId) where.push(eq(attestations.personId, q.personId));
  if (q.key) where.push(eq(attestations.key, q.key));
  const agencyId = agencyOf(scope);
  if (q.unitId && agencyId) {
    const tree = await unitSubtree(db, agencyId, q.unitId);
    where.push(or(and(isNotNull(attestations.personId), inIds(persons.unitId, tree)), and(isNull(attestations.personId), inIds(attestations.unitId, tree))));
  }
  const rows = await base(db).where(and(...where)).orderBy(asc(attestations.year), asc(persons.sortKey), asc(subjectUnit.sortOrder), asc(attestations.key)).limit(5000);
  return rows.map((r) => presentAttestation(r as Raw, settings));
}

export async function getAttestation(db: Db, scope: Scope | null, id: string, settings?: AgencySettings): Promise<AttestationRow | null> {
  const [r] = await base(db).where(and(eq(attestations.id, id), scoped(scope)));
  return r ? presentAttestation(r as Raw, settings) : null;
}

/** Answers recorded for a year: `[personId | unitId, key, value]` of an agency (optionally only some people / units). */
export interface AttestationRef {
  personId: string | null;
  unitId: string | null;
  key: string;
  value: unknown;
}
