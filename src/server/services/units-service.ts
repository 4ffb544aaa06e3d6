import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { units } from '../../db/schema';
import type { Actor } from '../../domain/auth/roles';
import { subtreeOf } from '../../domain/policies';
import type { UnitInput } from '../../shared/schemas/units';
import { notFound, validation } from '../errors';
import { auditWho } from './audit-actor';
import { unchanged } from './no-op';

async function checkParent(db: Db, agencyId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const all = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agencyId));
  if (!all.some((u) => u.id === parentId)) throw validation([{ path: 'parentId', field: 'Đơn vị cấp trên', message: 'Đơn vị cấp trên không tồn tại.' }]);
  if (selfId && subtreeOf(all, [selfId]).has(parentId)) {
    throw validation([{ path: 'parentId', field: 'Đơn vị cấp trên', message: 'Không thể đặt đơn vị làm cấp dưới của chính nó.' }]);
  }
}

async function checkCode(db: Db, agencyId: string, code: string, selfId?: string) {
  const [dup] = await db.select({ id: units.id }).from(units).where(and(eq(units.agencyId, agencyId), eq(units.code, code)));
  if (dup && dup.id !== selfId) throw validation([{ path: 'code', field: 'Mã đơn vị', message: `Mã đơn vị "${code}" đã tồn tại.` }]);
}

export async function createUnit(db: Db, actor: Actor, input: UnitInput) {
  await checkParent(db, actor.agencyId, input.parentId);
  await checkCode(db, actor.agencyId, input.code);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(units).values({ ...input, parentId: input.parentId ?? null, agencyId: actor.agencyId }).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'unit.created', entityId: created!.id, data: { after: created } });
    return created!;
  });
}

export async function updateUnit(db: Db, actor: Actor, id: string, input: Partial<UnitInput> & { active?: boolean }) {
  const [before] = await db.select().from(units).where(and(eq(units.id, id), eq(units.agencyId, actor.agencyId)));
  if (!before) throw notFound('đơn vị');
  if (unchanged(before, input)) return before;
  await checkParent(db, actor.agencyId, input.parentId, id);
  if (input.code) await checkCode(db, actor.agencyId, input.code, id);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(units).set(input).where(eq(units.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'unit.updated', entityId: id, data: { before, after: updated } });
    return updated!;
  });
}
