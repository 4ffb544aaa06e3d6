import { and, eq, sql } from 'drizzle-orm';
import { subDays, parseISO, format } from 'date-fns';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { personAssignments, persons, units } from '../../db/schema';
import { getPerson, nextPersonCode, openAssignment } from '../../db/queries/people';
import type { Actor } from '../../domain/auth/roles';
import { scopeCovers, type Scope } from '../../domain/policies';
import { composeFullName, vietnameseNameSortKey } from '../../domain/text/vietnamese';
import type { PersonInput, PersonUpdate } from '../../shared/schemas/people';
import { AppError, notFound, validation } from '../errors';
import { auditWho } from './audit-actor';
import { unchanged } from './no-op';

const today = () => format(new Date(), 'yyyy-MM-dd');
const dayBefore = (iso: string) => format(subDays(parseISO(iso), 1), 'yyyy-MM-dd');

async function requireUnitInScope(db: Db, scope: Scope | null, actor: Actor, unitId: string, path = 'unitId') {
  const [unit] = await db.select().from(units).where(and(eq(units.id, unitId), eq(units.agencyId, actor.agencyId)));
  if (!unit || !scope || !scopeCovers(scope, { agencyId: unit.agencyId, unitId: unit.id })) {
    throw validation([{ path, field: 'Đơn vị', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi bạn được quản lý.' }]);
  }
  return unit;
}

function nameFields(input: { familyName: string; middleName: string; givenName: string }) {
  return {
    fullName: composeFullName(input.familyName, input.middleName, input.givenName),
    sortKey: vietnameseNameSortKey(input.familyName, input.middleName, input.givenName),
  };
}

export async function createPerson(db: Db, actor: Actor, scope: Scope | null, input: PersonInput) {
  await requireUnitInScope(db, scope, actor, input.unitId);
  return db.transaction(async (tx) => {
    // One creation per agency at a time, so two at once cannot pick the same next code.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7470002, hashtext(${actor.agencyId}))`);
    const code = input.code?.trim() || (await nextPersonCode(tx, actor.agencyId));
    const [dup] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.agencyId, actor.agencyId), eq(persons.code, code)));
    if (dup) throw validation([{ path: 'code', field: 'Mã cán bộ', message: `Mã cán bộ "${code}" đã tồn tại.` }]);
    const [created] = await tx
      .insert(persons)
      .values({
        agencyId: actor.agencyId,
        code,
        familyName: input.familyName,
        middleName: input.middleName,
        givenName: input.givenName,
        ...nameFields(input),
        gender: input.gender,
        birthDate: input.birthDate ?? null,
        staffCategory: input.staffCategory,
        position: input.position,
        isLeader: input.isLeader,
        isDirectWorker: input.isDirectWorker,
        unitId: input.unitId,
        email: input.email ?? null,
        phone: input.phone ?? null,
      })
      .returning();
    await tx.insert(personAssignments).values({
      personId: created!.id,
      unitId: input.unitId,
      position: input.position,
      isLeader: input.isLeader,
      staffCategory: input.staffCategory,
      fromDate: input.startDate ?? today(),
      reason: 'Tiếp nhận',
    });
    await appendAudit(tx, { ...auditWho(actor), event: 'person.created', entityId: created!.id, data: { after: created } });
    return created!;
  });
}

export async function updatePerson(db: Db, actor: Actor, scope: Scope | null, id: string, input: PersonUpdate) {
  const before = await getPerson(db, scope, id);
  if (!before) throw notFound('cán bộ');
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(persons).where(eq(persons.id, id));
    if (unchanged(current!, input, ['effectiveDate'])) return current!;
    const merged = { ...current!, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    if (input.code && input.code !== current!.code) {
      const [dup] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.agencyId, actor.agencyId), eq(persons.code, input.code)));
      if (dup) throw validation([{ path: 'code', field: 'Mã cán bộ', message: `Mã cán bộ "${input.code}" đã tồn tại.` }]);
    }
    const { effectiveDate, ...fields } = input;
    const [updated] = await tx
      .update(persons)
      .set({ ...fields, ...nameFields(merged), updatedAt: new Date() })
      .where(eq(persons.id, id))
      .returning();
    const postChanged =
      (input.position !== undefined && input.position !== current!.position) ||
      (input.isLeader !== undefined && input.isLeader !== current!.isLeader) ||
      (input.staffCategory !== undefined && input.staffCategory !== current!.staffCategory);
    if (postChanged) {
      const from = effectiveDate ?? today();
      const open = await openAssignment(tx, id);
      if (open && open.fromDate >= from) {
        await tx.update(personAssignments).set({ position: updated!.position, isLeader: updated!.isLeader, staffCategory: updated!.staffCategory }).where(eq(personAssignments.id, open.id));
      } else {
        if (open) await tx.update(personAssignments).set({ toDate: dayBefore(from) }).where(eq(personAssignments.id, open.id));
        await tx.insert(personAssignments).values({
          personId: id, unitId: updated!.unitId, position: updated!.position, isLeader: updated!.isLeader,
          staffCategory: updated!.staffCategory, fromDate: from, reason: 'Thay đổi chức vụ',
        });
      }
    }
    await appendAudit(tx, { ...auditWho(actor), event: 'person.updated', entityId: id, data: { before: current, after: updated } });
    return updated!;
  });
}

export async function transferPerson(
  db: Db, actor: Actor, scope: Scope | null, id: string,
  input: { unitId: string; date: string; position?: string; isLeader?: boolean; reason: string },
) {
  const before = await getPerson(db, scope, id);
  if (!before) throw notFound('cán bộ');
  if (before.status !== 'active') throw new AppError('INVALID_TRANSITION', 'Chỉ điều chuyển được cán bộ đang công tác.');
  if (before.unitId === input.unitId) throw validation([{ path: 'unitId', field: 'Đơn vị', message: 'Đơn vị mới trùng đơn vị hiện tại.' }]);
  await requireUnitInScope(db, scope, actor, input.unitId);
  return db.transaction(async (tx) => {
    const open = await openAssignment(tx, id);
    if (open && open.fromDate >= input.date) {
      throw validation([{ path: 'date', field: 'Ngày', message: `Ngày điều chuyển phải sau ngày bắt đầu vị trí hiện tại (${open.fromDate}).` }]);
    }
    if (open) await tx.update(personAssignments).set({ toDate: dayBefore(input.date) }).where(eq(personAssignments.id, open.id));
    const position = input.position ?? before.position;
    const isLeader = input.isLeader ?? before.isLeader;
    await tx.insert(personAssignments).values({
      personId: id, unitId: input.unitId, position, isLeader, staffCategory: before.staffCategory, fromDate: input.date,
      reason: input.reason || 'Điều chuyển',
    });
    const [updated] = await tx.update(persons).set({ unitId: input.unitId, position, isLeader, updatedAt: new Date() }).where(eq(persons.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'person.transferred', entityId: id, data: { before, after: { ...updated, transferDate: input.date, reason: input.reason } } });
    return updated!;
  });
}

export async function changePersonStatus(
  db: Db, actor: Actor, scope: Scope | null, id: string,
  input: { status: 'transferred' | 'retired'; date: string; reason: string },
) {
  const before = await getPerson(db, scope, id);
  if (!before) throw notFound('cán bộ');
  if (before.status !== 'active') throw new AppError('INVALID_TRANSITION', 'Cán bộ này đã không còn công tác tại cơ quan.');
  return db.transaction(async (tx) => {
    const open = await openAssignment(tx, id);
    if (open && open.fromDate > input.date) {
      throw validation([{ path: 'date', field: 'Ngày', message: `Ngày phải từ ngày bắt đầu vị trí hiện tại (${open.fromDate}) trở đi.` }]);
    }
    if (open) await tx.update(personAssignments).set({ toDate: input.date, reason: open.reason }).where(eq(personAssignments.id, open.id));
    const [updated] = await tx.update(persons).set({ status: input.status, updatedAt: new Date() }).where(eq(persons.id, id)).returning();
    await appendAudit(tx, {
      ...auditWho(actor), event: input.status === 'retired' ? 'person.retired' : 'person.transferred_out', entityId: id,
      data: { before, after: { ...updated, date: input.date, reason: input.reason } },
    });
    return updated!;
  });
}
