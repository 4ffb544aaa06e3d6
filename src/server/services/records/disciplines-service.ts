import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { disciplines } from '../../../db/schema';
import { getDiscipline } from '../../../db/queries/records/disciplines';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import type { DisciplineInput, DisciplineUpdate } from '../../../shared/schemas/records';
import { notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { requirePerson } from './subjects';
import { unchanged } from '../no-op';

const checkPeriod = (from: string, to: string) => {
  if (to < from) throw validation([{ path: 'effectiveTo', field: 'Ngày hết hiệu lực', message: 'Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi' }]);
};

export async function createDiscipline(db: Db, actor: Actor, scope: Scope | null, input: DisciplineInput) {
  const person = await requirePerson(db, actor, scope, input.personId);
  checkPeriod(input.effectiveFrom, input.effectiveTo);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(disciplines).values({ ...input, agencyId: actor.agencyId, personId: person.id }).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'discipline.created', entityId: created!.id, data: { after: created } });
    return created!;
  });
}

export async function updateDiscipline(db: Db, actor: Actor, scope: Scope | null, id: string, input: DisciplineUpdate) {
  const visible = await getDiscipline(db, scope, id);
  if (!visible) throw notFound('quyết định kỷ luật');
  if (unchanged(visible, input)) return visible;
  checkPeriod(input.effectiveFrom ?? visible.effectiveFrom, input.effectiveTo ?? visible.effectiveTo);
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(disciplines).where(eq(disciplines.id, id));
    const [after] = await tx.update(disciplines).set({ ...changes, updatedAt: new Date() }).where(eq(disciplines.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'discipline.updated', entityId: id, data: { before, after } });
    return after!;
  });
}

export async function deleteDiscipline(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getDiscipline(db, scope, id);
  if (!visible) throw notFound('quyết định kỷ luật');
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(disciplines).where(eq(disciplines.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'discipline.deleted', entityId: id, data: { before } });
  });
  return { ok: true as const };
}
