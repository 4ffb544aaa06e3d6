import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { initiativeAuthors, initiatives } from '../../../db/schema';
import { getInitiative } from '../../../db/queries/records/initiatives';
import { usesOfInitiatives } from '../../../db/queries/records/basis-uses';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import { awardName } from './award-name';
import type { InitiativeInput, InitiativeUpdate } from '../../../shared/schemas/records';
import { AppError, notFound } from '../../errors';
import { auditWho } from '../audit-actor';
import { checkNamedPeople } from './named-people';
import { unchanged } from '../no-op';

type Author = { personId: string; sharePct: number };

const checkAuthors = (db: Db, actor: Actor, scope: Scope | null, next: Author[], before: Author[] = []) =>
  checkNamedPeople(db, actor, scope, {
    next: next.map((a) => ({ personId: a.personId, value: a.sharePct })),
    before: before.map((a) => ({ personId: a.personId, value: a.sharePct })),
    list: 'authors',
    valueKey: 'sharePct',
    field: 'Tác giả',
    valueField: 'Tỷ lệ đóng góp',
  });

export async function createInitiative(db: Db, actor: Actor, scope: Scope | null, input: InitiativeInput) {
  const { authors, ...fields } = input;
  await checkAuthors(db, actor, scope, authors);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(initiatives).values({ ...fields, agencyId: actor.agencyId }).returning();
    await tx.insert(initiativeAuthors).values(authors.map((a) => ({ initiativeId: created!.id, ...a })));
    await appendAudit(tx, { ...auditWho(actor), event: 'initiative.created', entityId: created!.id, data: { after: { ...created, authors } } });
    return created!;
  });
}

export async function updateInitiative(db: Db, actor: Actor, scope: Scope | null, id: string, input: InitiativeUpdate) {
  const visible = await getInitiative(db, scope, id);
  if (!visible) throw notFound('sáng kiến');
  if (unchanged(visible, input)) return visible;
  const { authors, ...fields } = input;
  if (authors) {
    await checkAuthors(db, actor, scope, authors, visible.authors);
    // An award made on this initiative keeps its basis: its person must remain an author.
    const kept = new Set(authors.map((a) => a.personId));
    const orphaned = visible.usedBy.find((u) => u.personId && !kept.has(u.personId));
    if (orphaned) {
      const who = visible.authors.find((a) => a.personId === orphaned.personId)?.personName ?? '';
      throw new AppError('CONFLICT', `Không thể bỏ tác giả ${who}: sáng kiến là căn cứ khen thưởng ${awardName(orphaned)} của người này.`, [
        { path: 'authors', field: 'Tác giả', message: `Sáng kiến đã được dùng làm căn cứ khen thưởng của ${who}` },
      ]);
    }
  }
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(initiatives).where(eq(initiatives.id, id));
    const [after] = await tx.update(initiatives).set({ ...changes, updatedAt: new Date() }).where(eq(initiatives.id, id)).returning();
    if (authors) {
      await tx.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, id));
      await tx.insert(initiativeAuthors).values(authors.map((a) => ({ initiativeId: id, ...a })));
    }
    await appendAudit(tx, {
      ...auditWho(actor), event: 'initiative.updated', entityId: id,
      data: { before: { ...before, authors: visible.authors.map(({ personId, sharePct }) => ({ personId, sharePct })) }, after: { ...after, authors: authors ?? visible.authors.map(({ personId, sharePct }) => ({ personId, sharePct })) } },
    });
    return after!;
  });
}

/** Deleting is allowed only while no award used the initiative as its basis (it then stays as evidence). */
export async function deleteInitiative(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getInitiative(db, scope, id);
  if (!visible) throw notFound('sáng kiến');
  await checkAuthors(db, actor, scope, [], visible.authors);
  await db.transaction(async (tx) => {
    await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id)).for('update');
    const usedBy = (await usesOfInitiatives(tx, [id])).get(id) ?? [];
    if (usedBy.length) {
      throw new AppError('CONFLICT', `Không thể xóa sáng kiến "${visible.title}": đã được dùng làm căn cứ khen thưởng ${usedBy.map(awardName).join('; ')}.`);
    }
    await tx.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, id));
    const [before] = await tx.delete(initiatives).where(eq(initiatives.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'initiative.deleted', entityId: id, data: { before: { ...before, authors: visible.authors } } });
  });
  return { ok: true as const };
}
