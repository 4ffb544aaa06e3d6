import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { inspections, inspectionSubjects } from '../../../db/schema';
import { getInspection } from '../../../db/queries/records/inspections';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import type { InspectionInput, InspectionUpdate } from '../../../shared/schemas/records';
import { notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { requireAgencyUnits, requirePeople } from './subjects';
import { unchanged } from '../no-op';

async function checkSubjects(db: Db, actor: Actor, scope: Scope | null, personIds: string[], unitIds: string[]) {
  if (!personIds.length && !unitIds.length) {
    throw validation([{ path: 'personIds', field: 'Cán bộ liên quan', message: 'Phải nêu ít nhất một cá nhân hoặc một đơn vị liên quan' }]);
  }
  await requirePeople(db, actor, scope, personIds, { pathOf: (i) => `personIds.${i}`, field: 'Cán bộ liên quan', mustBeCovered: () => true });
  await requireAgencyUnits(db, actor, scope, unitIds, (i) => `unitIds.${i}`);
}

const subjectRows = (inspectionId: string, personIds: string[], unitIds: string[]) => [
  ...[...new Set(personIds)].map((personId) => ({ inspectionId, personId, unitId: null })),
  ...[...new Set(unitIds)].map((unitId) => ({ inspectionId, personId: null, unitId })),
];

export async function createInspection(db: Db, actor: Actor, scope: Scope | null, input: InspectionInput) {
  const { personIds, unitIds, ...fields } = input;
  await checkSubjects(db, actor, scope, personIds, unitIds);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(inspections)
      .values({ ...fields, concludedOn: fields.concludedOn ?? null, remediedOn: fields.remediedOn ?? null, agencyId: actor.agencyId })
      .returning();
    await tx.insert(inspectionSubjects).values(subjectRows(created!.id, personIds, unitIds));
    await appendAudit(tx, { ...auditWho(actor), event: 'inspection.created', entityId: created!.id, data: { after: { ...created, personIds, unitIds } } });
    return created!;
  });
}

export async function updateInspection(db: Db, actor: Actor, scope: Scope | null, id: string, input: InspectionUpdate) {
  const visible = await getInspection(db, scope, id);
  if (!visible) throw notFound('cuộc thanh tra, kiểm tra');
  const currentSubjects = { personIds: visible.subjects.filter((s) => s.personId).map((s) => s.personId), unitIds: visible.subjects.filter((s) => s.unitId).map((s) => s.unitId) };
  if (unchanged({ ...visible, ...currentSubjects }, input)) return visible;
  const { personIds, unitIds, ...fields } = input;
  const openedOn = fields.openedOn ?? visible.openedOn;
  const concludedOn = fields.concludedOn !== undefined ? fields.concludedOn : visible.concludedOn;
  if (concludedOn && concludedOn < openedOn) {
    throw validation([{ path: 'concludedOn', field: 'Ngày kết luận', message: 'Ngày kết luận phải từ ngày bắt đầu trở đi' }]);
  }
  const replaceSubjects = personIds !== undefined || unitIds !== undefined;
  const nextPersons = personIds ?? visible.subjects.filter((s) => s.personId).map((s) => s.personId!);
  const nextUnits = unitIds ?? visible.subjects.filter((s) => s.unitId).map((s) => s.unitId!);
  if (replaceSubjects) await checkSubjects(db, actor, scope, nextPersons, nextUnits);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(inspections).where(eq(inspections.id, id));
    const [after] = await tx.update(inspections).set({ ...changes, updatedAt: new Date() }).where(eq(inspections.id, id)).returning();
    if (replaceSubjects) {
      await tx.delete(inspectionSubjects).where(eq(inspectionSubjects.inspectionId, id));
      await tx.insert(inspectionSubjects).values(subjectRows(id, nextPersons, nextUnits));
    }
    await appendAudit(tx, {
      ...auditWho(actor), event: 'inspection.updated', entityId: id,
      data: { before: { ...before, subjects: visible.subjects }, after: { ...after, personIds: nextPersons, unitIds: nextUnits } },
    });
    return after!;
  });
}

export async function deleteInspection(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getInspection(db, scope, id);
  if (!visible) throw notFound('cuộc thanh tra, kiểm tra');
  await db.transaction(async (tx) => {
    await tx.delete(inspectionSubjects).where(eq(inspectionSubjects.inspectionId, id));
    const [before] = await tx.delete(inspections).where(eq(inspections.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'inspection.deleted', entityId: id, data: { before: { ...before, subjects: visible.subjects } } });
  });
  return { ok: true as const };
}
