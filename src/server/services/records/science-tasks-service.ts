import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { scienceTaskMembers, scienceTasks } from '../../../db/schema';
import { getScienceTask } from '../../../db/queries/records/science-tasks';
import { usesOfScienceTasks } from '../../../db/queries/records/basis-uses';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import type { ScienceTaskInput, ScienceTaskUpdate } from '../../../shared/schemas/records';
import { AppError, notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { awardName } from './award-name';
import { checkNamedPeople } from './named-people';
import { unchanged } from '../no-op';

type Member = { personId: string; role: string };

const checkMembers = (db: Db, actor: Actor, scope: Scope | null, next: Member[], before: Member[] = []) =>
  checkNamedPeople(db, actor, scope, {
    next: next.map((m) => ({ personId: m.personId, value: m.role })),
    before: before.map((m) => ({ personId: m.personId, value: m.role })),
    list: 'members',
    valueKey: 'role',
    field: 'Thành viên',
    valueField: 'Vai trò',
  });

const checkAcceptance = (acceptedOn: string | null, result: string | null) => {
  if (result && !acceptedOn) throw validation([{ path: 'acceptedOn', field: 'Ngày nghiệm thu', message: 'Có kết quả nghiệm thu thì phải có ngày nghiệm thu' }]);
};

export async function createScienceTask(db: Db, actor: Actor, scope: Scope | null, input: ScienceTaskInput) {
  const { members, taskLevel, ...fields } = input;
  checkAcceptance(fields.acceptedOn, fields.acceptanceResult);
  await checkMembers(db, actor, scope, members);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(scienceTasks).values({ ...fields, level: taskLevel, agencyId: actor.agencyId }).returning();
    await tx.insert(scienceTaskMembers).values(members.map((m) => ({ taskId: created!.id, ...m })));
    await appendAudit(tx, { ...auditWho(actor), event: 'science_task.created', entityId: created!.id, data: { after: { ...created, members } } });
    return created!;
  });
}

export async function updateScienceTask(db: Db, actor: Actor, scope: Scope | null, id: string, input: ScienceTaskUpdate) {
  const visible = await getScienceTask(db, scope, id);
  if (!visible) throw notFound('nhiệm vụ khoa học và công nghệ');
  if (unchanged(visible, input)) return visible;
  const { members, taskLevel, ...fields } = input;
  checkAcceptance(
    fields.acceptedOn !== undefined ? fields.acceptedOn : visible.acceptedOn,
    fields.acceptanceResult !== undefined ? fields.acceptanceResult : visible.acceptanceResult,
  );
  const before = visible.members.map(({ personId, role }) => ({ personId, role }));
  if (members) {
    await checkMembers(db, actor, scope, members, before);
    const kept = new Set(members.map((m) => m.personId));
    const orphaned = visible.usedBy.find((u) => u.personId && !kept.has(u.personId));
    if (orphaned) {
      const who = visible.members.find((m) => m.personId === orphaned.personId)?.personName ?? '';
      throw new AppError('CONFLICT', `Không thể bỏ thành viên ${who}: nhiệm vụ là căn cứ khen thưởng ${awardName(orphaned)} của người này.`, [
        { path: 'members', field: 'Thành viên', message: `Nhiệm vụ đã được dùng làm căn cứ khen thưởng của ${who}` },
      ]);
    }
  }
  const changes = Object.fromEntries(Object.entries({ ...fields, level: taskLevel }).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [prev] = await tx.select().from(scienceTasks).where(eq(scienceTasks.id, id));
    const [after] = await tx.update(scienceTasks).set({ ...changes, updatedAt: new Date() }).where(eq(scienceTasks.id, id)).returning();
    if (members) {
      await tx.delete(scienceTaskMembers).where(eq(scienceTaskMembers.taskId, id));
      await tx.insert(scienceTaskMembers).values(members.map((m) => ({ taskId: id, ...m })));
    }
    await appendAudit(tx, {
      ...auditWho(actor), event: 'science_task.updated', entityId: id,
      data: { before: { ...prev, members: before }, after: { ...after, members: members ?? before } },
    });
    return after!;
  });
}

export async function deleteScienceTask(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getScienceTask(db, scope, id);
  if (!visible) throw notFound('nhiệm vụ khoa học và công nghệ');
  await checkMembers(db, actor, scope, [], visible.members);
  await db.transaction(async (tx) => {
    await tx.select({ id: scienceTasks.id }).from(scienceTasks).where(eq(scienceTasks.id, id)).for('update');
    const usedBy = (await usesOfScienceTasks(tx, [id])).get(id) ?? [];
    if (usedBy.length) {
      throw new AppError('CONFLICT', `Không thể xóa nhiệm vụ "${visible.title}": đã được dùng làm căn cứ khen thưởng ${usedBy.map(awardName).join('; ')}.`);
    }
    await tx.delete(scienceTaskMembers).where(eq(scienceTaskMembers.taskId, id));
    const [prev] = await tx.delete(scienceTasks).where(eq(scienceTasks.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'science_task.deleted', entityId: id, data: { before: { ...prev, members: visible.members } } });
  });
  return { ok: true as const };
}
