/**
 * Recording xác nhận (the answers the rules engine asks for): one at a time, for a whole unit at once
 * ("all staff meet it, except…"), and (import-attestations.ts) from Excel. Each write checks the answer
 * against the catalogue (src/domain/eligibility/answers.ts), the writer's scope and the answer's
 * sensitivity (policies/attestations.ts), and appends an audit entry in the same transaction.
 * Writing the same value and document again changes nothing and writes nothing.
 */
import { format } from 'date-fns';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { attestations, personAssignments, persons, units } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import {
  answerCatalogue, answerKey, checkAnswerValue, formatAnswerValue, ANSWER_UNITS, type AgencySettings, type AnswerSpec,
} from '../../../domain/eligibility';
import { mayAttest, subtreeOf, type Scope } from '../../../domain/policies';
import { assignmentInYear } from '../../../domain/records/unit-in-year';
import type { AttestationInput, AttestationSpecView, AttestationValue, BulkAttestationInput } from '../../../shared/schemas/attestations';
import { AppError, notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { settingsForYear } from '../records/settings';
import { personCovered, requirePerson, requireUnit } from '../records/subjects';
import { getAttestation } from '../../../db/queries/attestations';

type Row = typeof attestations.$inferSelect;
const today = () => format(new Date(), 'yyyy-MM-dd');

export function specView(a: AnswerSpec): AttestationSpecView {
  return {
    key: a.key, label: a.label, help: a.help, valueType: a.valueType, unit: ANSWER_UNITS[a.valueType], subjects: [...a.subjects], sensitive: a.sensitive,
    awards: [...a.awards], agencyCriterion: !!a.agencyCriterion,
  };
}

/** The catalogue with the agency's own criteria in force at the end of `year`. */
export async function attestationCatalogue(db: Db, agencyId: string, year: number) {
  return { items: answerCatalogue(await settingsForYear(db, agencyId, year)).map(specView) };
}

const KEY_FIELD = { path: 'key', field: 'Nội dung xác nhận' };

/** The answer named by `key`, for this kind of subject, with a value that fits it; in the writer's reach. */
export function resolveAnswer(
  settings: AgencySettings, scope: Scope | null, key: string, subject: 'individual' | 'collective', value: unknown, valuePath = 'value',
): AnswerSpec {
  const spec = answerCatalogue(settings).find((a) => a.key === answerKey(key));
  if (!spec) throw validation([{ ...KEY_FIELD, message: `"${key}" không có trong danh mục xác nhận.` }]);
  if (!spec.subjects.includes(subject)) {
    throw validation([{ ...KEY_FIELD, message: `"${spec.label}" chỉ ghi cho ${subject === 'individual' ? 'tập thể' : 'cá nhân'}.` }]);
  }
  const wrong = checkAnswerValue(spec, value);
  if (wrong) throw validation([{ path: valuePath, field: 'Giá trị xác nhận', message: `${spec.label}: ${wrong}` }]);
  if (!mayAttest(scope, spec)) {
    throw new AppError('FORBIDDEN', `Chỉ cán bộ TĐKT của Văn phòng (hoặc quản trị) được ghi xác nhận "${spec.label}" (kết luận của Hội đồng Thi đua - Khen thưởng).`);
  }
  return spec;
}

/** One answer to write: the subject, the year, the key and value, and the document. */
export interface AnswerDraft {
  personId: string | null;
  unitId: string | null;
  year: number;
  key: string;
  value: AttestationValue;
  attestedBy: string;
  attestedOn: string;
  basis: string;
  note: string;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes one answer inside `tx`: inserted, updated (the previous row goes into the audit entry), or
 * left alone when nothing changes. `label` names the subject in the audit log.
 */
export async function writeAnswer(
  tx: Db, actor: Actor, d: AnswerDraft, label: string, extra: Record<string, unknown> = {}, opts: { keepSameValue?: boolean } = {},
): Promise<{ id: string; outcome: 'created' | 'updated' | 'unchanged' }> {
  const subject = d.personId ? eq(attestations.personId, d.personId) : and(isNull(attestations.personId), eq(attestations.unitId, d.unitId!));
  const [before] = await tx.select().from(attestations).where(and(subject, eq(attestations.year, d.year), eq(attestations.key, d.key)));
  const fields = { value: d.value, attestedBy: d.attestedBy, attestedOn: d.attestedOn, basis: d.basis, note: d.note };
  // A whole-unit entry leaves alone an answer already recorded with the same value (and its own document).
  if (before && opts.keepSameValue && sameValue(before.value, d.value)) return { id: before.id, outcome: 'unchanged' };
  if (before && sameValue(before.value, d.value) && before.attestedBy === d.attestedBy && before.attestedOn === d.attestedOn && before.basis === d.basis && before.note === d.note) {
    return { id: before.id, outcome: 'unchanged' };
  }
  const recorded = { recordedById: actor.userId, recordedByName: actor.displayName };
  if (before) {
    const [after] = await tx.update(attestations).set({ ...fields, ...recorded, updatedAt: new Date() }).where(eq(attestations.id, before.id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'attestation.updated', entityId: before.id, label, data: { before: before as Row, after: { ...after!, ...extra } } });
    return { id: before.id, outcome: 'updated' };
  }
  const [created] = await tx.insert(attestations).values({ agencyId: actor.agencyId, personId: d.personId, unitId: d.unitId, year: d.year, key: d.key, ...fields, ...recorded }).returning();
  await appendAudit(tx, { ...auditWho(actor), event: 'attestation.recorded', entityId: created!.id, label, data: { after: { ...created!, ...extra } } });
  return { id: created!.id, outcome: 'created' };
}

export const answerAuditLabel = (spec: Pick<AnswerSpec, 'label'>, year: number, who: string) => `Xác nhận ${year} «${spec.label}» — ${who}`;

/** Records (or changes) one answer for a person or a unit and a year. */
export async function recordAttestation(db: Db, actor: Actor, scope: Scope | null, input: AttestationInput) {
  const settings = await settingsForYear(db, actor.agencyId, input.year);
  const spec = resolveAnswer(settings, scope, input.key, input.personId ? 'individual' : 'collective', input.value);
  const who = input.personId ? (await requirePerson(db, actor, scope, input.personId)).fullName : (await requireUnit(db, actor, scope, input.unitId!)).name;
  const draft: AnswerDraft = {
    personId: input.personId ?? null, unitId: input.personId ? null : input.unitId!, year: input.year, key: spec.key, value: input.value,
    attestedBy: input.attestedBy ?? actor.displayName, attestedOn: input.attestedOn ?? today(), basis: input.basis, note: input.note,
  };
  const written = await db.transaction((tx) => writeAnswer(tx, actor, draft, answerAuditLabel(spec, input.year, who)));
  return { ...written, settings };
}

export async function deleteAttestation(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getAttestation(db, scope, id);
  if (!visible) throw notFound('xác nhận');
  const settings = await settingsForYear(db, actor.agencyId, visible.year);
  const spec = answerCatalogue(settings).find((a) => a.key === visible.key);
  if (!mayAttest(scope, spec ?? { sensitive: true })) {
    throw new AppError('FORBIDDEN', `Chỉ cán bộ TĐKT của Văn phòng (hoặc quản trị) được xóa xác nhận "${visible.label}".`);
  }
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(attestations).where(eq(attestations.id, id)).returning();
    await appendAudit(tx, {
      ...auditWho(actor), event: 'attestation.deleted', entityId: id,
      label: `Xác nhận ${visible.year} «${visible.label}» — ${visible.personName ?? visible.unitName ?? ''}`, data: { before: before as Row },
    });
  });
  return { ok: true as const };
}

/** People whose unit in `year` (assignment held on 31/12, else the last one that year) is one of `unitIds`. */
export async function membersInYear(db: Db, agencyId: string, unitIds: ReadonlySet<string>, year: number) {
  const spans = await db
    .select({
      personId: personAssignments.personId, unitId: personAssignments.unitId, fromDate: personAssignments.fromDate, toDate: personAssignments.toDate,
      position: personAssignments.position, isLeader: personAssignments.isLeader, staffCategory: personAssignments.staffCategory,
    })
    .from(personAssignments)
    .innerJoin(persons, eq(persons.id, personAssignments.personId))
    .where(and(eq(persons.agencyId, agencyId), inArray(personAssignments.unitId, [...unitIds])));
  const byPerson = new Map<string, typeof spans>();
  for (const s of spans) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
  // A person's held unit may be outside the unit set even if one of their spans is inside: read all spans.
  const ids = [...byPerson.keys()];
  if (!ids.length) return [];
  const allSpans = await db.select().from(personAssignments).where(inArray(personAssignments.personId, ids));
  const full = new Map<string, typeof allSpans>();
  for (const s of allSpans) full.set(s.personId, [...(full.get(s.personId) ?? []), s]);
  const people = await db.select().from(persons).where(inArray(persons.id, ids)).orderBy(asc(persons.sortKey), asc(persons.code));
  return people.filter((p) => {
    const held = assignmentInYear(full.get(p.id) ?? [], year);
    return !!held && unitIds.has(held.unitId);
  });
}

/**
 * "All staff of this unit meet it, except…": the answer for every member of the unit (and its
 * sub-units) in the year who is in the writer's scope; the exceptions get `exceptValue` (by default
 * the opposite for Có/Không; nothing for a number).
 */
export async function bulkAttest(db: Db, actor: Actor, scope: Scope | null, input: BulkAttestationInput) {
  const settings = await settingsForYear(db, actor.agencyId, input.year);
  const spec = resolveAnswer(settings, scope, input.key, 'individual', input.value);
  const exceptValue = input.exceptValue !== undefined ? input.exceptValue : spec.valueType === 'boolean' ? !input.value : null;
  if (exceptValue !== null) resolveAnswer(settings, scope, input.key, 'individual', exceptValue, 'exceptValue');
  const unit = await requireUnit(db, actor, scope, input.unitId);
  const all = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, actor.agencyId));
  const unitIds = input.includeSubunits ? subtreeOf(all, [unit.id]) : new Set([unit.id]);
  const members = (await membersInYear(db, actor.agencyId, unitIds, input.year)).filter((p) => personCovered(scope, p));
  const memberIds = new Set(members.map((m) => m.id));
  const except = new Set(input.exceptPersonIds);
  const strangers = input.exceptPersonIds.map((id, i) => [id, i] as const).filter(([id]) => !memberIds.has(id));
  if (strangers.length) {
    throw validation(strangers.map(([, i]) => ({ path: `exceptPersonIds.${i}`, field: 'Ngoại lệ', message: `Không phải cán bộ của ${unit.name} năm ${input.year} trong phạm vi bạn quản lý.` })));
  }
  const common = { year: input.year, key: spec.key, attestedBy: input.attestedBy ?? actor.displayName, attestedOn: input.attestedOn ?? today(), basis: input.basis, note: input.note };
  return db.transaction(async (tx) => {
    let recorded = 0;
    let exceptions = 0;
    let unchanged = 0;
    let written = 0;
    for (const m of members) {
      const isException = except.has(m.id);
      const value = isException ? exceptValue : input.value;
      if (isException) exceptions++;
      if (value === null) continue;
      const w = await writeAnswer(tx, actor, { ...common, personId: m.id, unitId: null, value }, answerAuditLabel(spec, input.year, m.fullName), { bulkUnitId: unit.id }, { keepSameValue: true });
      if (w.outcome !== 'unchanged') written++;
      if (!isException) {
        if (w.outcome === 'unchanged') unchanged++;
        else recorded++;
      }
    }
    const result = { members: members.length, recorded, exceptions, unchanged };
    if (written > 0) {
      await appendAudit(tx, {
        ...auditWho(actor), event: 'attestation.bulk_recorded', entityId: unit.id,
        label: `Xác nhận ${input.year} «${spec.label}» — ${unit.name} (${formatAnswerValue(spec, input.value)}, trừ ${except.size} người)`,
        data: { year: input.year, key: spec.key, value: input.value, exceptValue, includeSubunits: input.includeSubunits, ...result, exceptPersonIds: [...except], basis: input.basis },
      });
    }
    return result;
  });
}
