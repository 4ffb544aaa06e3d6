import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { awardBasisUses, awards, initiativeAuthors, initiatives, scienceTaskMembers, scienceTasks } from '../../../db/schema';
import { getAward } from '../../../db/queries/records/awards';
import { usesOfInitiatives, usesOfScienceTasks } from '../../../db/queries/records/basis-uses';
import type { Actor } from '../../../domain/auth/roles';
import type { Scope } from '../../../domain/policies';
import { AWARD_LABELS, findAward, type AwardCode } from '../../../domain/catalogue/awards';
import type { AwardInput, AwardUpdate } from '../../../shared/schemas/records';
import { AppError, notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { awardName } from './award-name';
import { requirePerson, requireUnit } from './subjects';
import { unchanged } from '../no-op';

const ONE_ACHIEVEMENT_ONE_AWARD = 'Một thành tích không khen thưởng nhiều lần, nhiều hình thức (Luật Thi đua, khen thưởng 2022, Điều 5 khoản 2 điểm c).';

type Subject = { personId: string | null; unitId: string | null; name: string };

/**
 * Initiatives / S&T tasks named as the basis of an award: they exist, belong to the subject (person
 * awards: an author / a member), and no other award used them (R-PRIN-1). Call inside the writing
 * transaction: the rows are locked.
 */
async function checkBasis(db: Db, agencyId: string, subject: Subject, ids: { initiativeIds: string[]; scienceTaskIds: string[] }, selfAwardId?: string) {
  const errors: { path: string; field: string; message: string }[] = [];
  if (ids.initiativeIds.length) {
    // Row locks serialise two awards claiming the same initiative at the same time.
    const found = await db.select({ id: initiatives.id, title: initiatives.title }).from(initiatives)
      .where(and(eq(initiatives.agencyId, agencyId), inArray(initiatives.id, ids.initiativeIds))).for('update');
    const titles = new Map(found.map((r) => [r.id, r.title]));
    const authored = subject.personId
      ? new Set((await db.select({ id: initiativeAuthors.initiativeId }).from(initiativeAuthors)
          .where(and(eq(initiativeAuthors.personId, subject.personId), inArray(initiativeAuthors.initiativeId, ids.initiativeIds)))).map((r) => r.id))
      : null;
    const uses = await usesOfInitiatives(db, ids.initiativeIds);
    for (const [i, id] of ids.initiativeIds.entries()) {
      const path = `initiativeIds.${i}`;
      if (!titles.has(id)) errors.push({ path, field: 'Sáng kiến làm căn cứ', message: 'Sáng kiến không tồn tại.' });
      else if (authored && !authored.has(id)) errors.push({ path, field: 'Sáng kiến làm căn cứ', message: `${subject.name} không phải là tác giả của sáng kiến "${titles.get(id)}".` });
      else {
        const other = (uses.get(id) ?? []).find((u) => u.awardId !== selfAwardId);
        if (other) {
          throw new AppError('CONFLICT', `Sáng kiến "${titles.get(id)}" đã được dùng làm căn cứ khen thưởng ${awardName(other)}. ${ONE_ACHIEVEMENT_ONE_AWARD}`,
            [{ path, field: 'Sáng kiến làm căn cứ', message: `Đã được dùng cho ${awardName(other)}` }], { usedBy: other });
        }
      }
    }
  }
  if (ids.scienceTaskIds.length) {
    const found = await db.select({ id: scienceTasks.id, title: scienceTasks.title }).from(scienceTasks)
      .where(and(eq(scienceTasks.agencyId, agencyId), inArray(scienceTasks.id, ids.scienceTaskIds))).for('update');
    const titles = new Map(found.map((r) => [r.id, r.title]));
    const joined = subject.personId
      ? new Set((await db.select({ id: scienceTaskMembers.taskId }).from(scienceTaskMembers)
          .where(and(eq(scienceTaskMembers.personId, subject.personId), inArray(scienceTaskMembers.taskId, ids.scienceTaskIds)))).map((r) => r.id))
      : null;
    const uses = await usesOfScienceTasks(db, ids.scienceTaskIds);
    for (const [i, id] of ids.scienceTaskIds.entries()) {
      const path = `scienceTaskIds.${i}`;
      if (!titles.has(id)) errors.push({ path, field: 'Nhiệm vụ KH&CN làm căn cứ', message: 'Nhiệm vụ không tồn tại.' });
      else if (joined && !joined.has(id)) errors.push({ path, field: 'Nhiệm vụ KH&CN làm căn cứ', message: `${subject.name} không tham gia nhiệm vụ "${titles.get(id)}".` });
      else {
        const other = (uses.get(id) ?? []).find((u) => u.awardId !== selfAwardId);
        if (other) {
          throw new AppError('CONFLICT', `Nhiệm vụ "${titles.get(id)}" đã được dùng làm căn cứ khen thưởng ${awardName(other)}. ${ONE_ACHIEVEMENT_ONE_AWARD}`,
            [{ path, field: 'Nhiệm vụ KH&CN làm căn cứ', message: `Đã được dùng cho ${awardName(other)}` }], { usedBy: other });
        }
      }
    }
  }
  if (errors.length) throw validation(errors);
}

/** A yearly title is conferred at most once a year on the same subject. */
async function checkYearlyDuplicate(db: Db, subject: Subject, code: AwardCode, year: number, frequency: string, selfAwardId?: string) {
  if (frequency !== 'yearly') return;
  const [dup] = await db.select({ id: awards.id, decisionNo: awards.decisionNo }).from(awards).where(and(
    subject.personId ? eq(awards.personId, subject.personId) : eq(awards.unitId, subject.unitId!),
    eq(awards.awardCode, code), eq(awards.year, year), selfAwardId ? ne(awards.id, selfAwardId) : undefined,
  ));
  if (dup) {
    throw new AppError('CONFLICT', `${subject.name} đã có danh hiệu "${AWARD_LABELS[code]}" năm ${year}${dup.decisionNo ? ` (quyết định số ${dup.decisionNo})` : ''}.`,
      [{ path: 'awardCode', field: 'Danh hiệu/Hình thức khen thưởng', message: `Đã có trong năm ${year}` }], { existingId: dup.id });
  }
}

const basisRows = (awardId: string, ids: { initiativeIds: string[]; scienceTaskIds: string[] }) => [
  ...[...new Set(ids.initiativeIds)].map((initiativeId) => ({ awardId, initiativeId, scienceTaskId: null })),
  ...[...new Set(ids.scienceTaskIds)].map((scienceTaskId) => ({ awardId, initiativeId: null, scienceTaskId })),
];

export async function resolveAwardSubject(db: Db, actor: Actor, scope: Scope | null, input: { personId?: string; unitId?: string }): Promise<Subject> {
  if (input.personId) {
    const p = await requirePerson(db, actor, scope, input.personId);
    return { personId: p.id, unitId: null, name: `Cán bộ ${p.fullName}` };
  }
  const u = await requireUnit(db, actor, scope, input.unitId!);
  return { personId: null, unitId: u.id, name: `Đơn vị ${u.name}` };
}

/** Checks an award (except its basis: see insertAward) and returns the values to store. Used by the API and imports. */
export async function prepareAward(db: Db, actor: Actor, subject: Subject, input: AwardInput, source: 'manual' | 'import') {
  const entry = findAward(input.awardCode, input.decidedOn ?? `${input.year}-12-31`);
  if (entry.target === 'individual' && !subject.personId) {
    throw validation([{ path: 'awardCode', field: 'Danh hiệu/Hình thức khen thưởng', message: `"${entry.nameVi}" chỉ tặng cho cá nhân.` }]);
  }
  if (entry.target === 'collective' && !subject.unitId) {
    throw validation([{ path: 'awardCode', field: 'Danh hiệu/Hình thức khen thưởng', message: `"${entry.nameVi}" chỉ tặng cho tập thể.` }]);
  }
  await checkYearlyDuplicate(db, subject, input.awardCode, input.year, entry.frequency);
  return {
    agencyId: actor.agencyId,
    personId: subject.personId,
    unitId: subject.unitId,
    awardCode: input.awardCode,
    year: input.year,
    basisType: input.basisType,
    cstdcsBasis: input.cstdcsBasis,
    decisionNo: input.decisionNo,
    decidedOn: input.decidedOn,
    conferredBy: input.conferredBy || entry.conferrer,
    source,
    note: input.note,
  };
}

/** Inserts a prepared award and its basis inside a transaction (the basis is checked there, rows locked). */
export async function insertAward(
  tx: Db, actor: Actor, subject: Subject, values: Awaited<ReturnType<typeof prepareAward>>,
  basis: { initiativeIds: string[]; scienceTaskIds: string[] },
) {
  await checkBasis(tx, actor.agencyId, subject, basis);
  const [created] = await tx.insert(awards).values(values).returning();
  const rows = basisRows(created!.id, basis);
  if (rows.length) await tx.insert(awardBasisUses).values(rows);
  return created!;
}

export async function createAward(db: Db, actor: Actor, scope: Scope | null, input: AwardInput) {
  const subject = await resolveAwardSubject(db, actor, scope, input);
  const values = await prepareAward(db, actor, subject, input, 'manual');
  return db.transaction(async (tx) => {
    const created = await insertAward(tx, actor, subject, values, input);
    await appendAudit(tx, {
      ...auditWho(actor), event: 'award.created', entityId: created.id,
      data: { after: { ...created, initiativeIds: input.initiativeIds, scienceTaskIds: input.scienceTaskIds } },
    });
    return created;
  });
}

const decisionOwned = () =>
  new AppError('INVALID_TRANSITION', 'Khen thưởng này được ghi nhận từ một quyết định ban hành trong hệ thống: muốn sửa hoặc hủy, hãy ban hành quyết định sửa đổi.');

export async function updateAward(db: Db, actor: Actor, scope: Scope | null, id: string, input: AwardUpdate) {
  const visible = await getAward(db, scope, id);
  if (!visible) throw notFound('khen thưởng');
  if (visible.source === 'decision') throw decisionOwned();
  const currentBasis = { initiativeIds: visible.basis.filter((b) => b.kind === 'initiative').map((b) => b.id), scienceTaskIds: visible.basis.filter((b) => b.kind === 'science_task').map((b) => b.id) };
  if (unchanged({ ...visible, ...currentBasis }, input)) return visible;
  const cstdcsBasis = input.cstdcsBasis !== undefined ? input.cstdcsBasis : visible.cstdcsBasis;
  if (cstdcsBasis && visible.awardCode !== 'CSTDCS') {
    throw validation([{ path: 'cstdcsBasis', field: 'Căn cứ xét Chiến sĩ thi đua cơ sở', message: 'Chỉ dùng cho danh hiệu Chiến sĩ thi đua cơ sở' }]);
  }
  const { initiativeIds, scienceTaskIds, ...fields } = input;
  const replaceBasis = initiativeIds !== undefined || scienceTaskIds !== undefined;
  const nextBasis = {
    initiativeIds: initiativeIds ?? visible.basis.filter((b) => b.kind === 'initiative').map((b) => b.id),
    scienceTaskIds: scienceTaskIds ?? visible.basis.filter((b) => b.kind === 'science_task').map((b) => b.id),
  };
  const subject: Subject = { personId: visible.personId, unitId: visible.personId ? null : visible.unitId, name: visible.personName ? `Cán bộ ${visible.personName}` : `Đơn vị ${visible.unitName}` };
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    if (replaceBasis) await checkBasis(tx, actor.agencyId, subject, nextBasis, id);
    const [before] = await tx.select().from(awards).where(eq(awards.id, id));
    const [after] = await tx.update(awards).set({ ...changes, updatedAt: new Date() }).where(eq(awards.id, id)).returning();
    if (replaceBasis) {
      await tx.delete(awardBasisUses).where(eq(awardBasisUses.awardId, id));
      const basis = basisRows(id, nextBasis);
      if (basis.length) await tx.insert(awardBasisUses).values(basis);
    }
    await appendAudit(tx, {
      ...auditWho(actor), event: 'award.updated', entityId: id,
      data: { before: { ...before, basis: visible.basis }, after: { ...after, ...nextBasis } },
    });
    return after!;
  });
}

/** Deleting a manually recorded award frees its basis; awards made by a decision in the system stay. */
export async function deleteAward(db: Db, actor: Actor, scope: Scope | null, id: string) {
  const visible = await getAward(db, scope, id);
  if (!visible) throw notFound('khen thưởng');
  if (visible.source === 'decision') throw decisionOwned();
  await db.transaction(async (tx) => {
    await tx.delete(awardBasisUses).where(eq(awardBasisUses.awardId, id));
    const [before] = await tx.delete(awards).where(eq(awards.id, id)).returning();
    await appendAudit(tx, { ...auditWho(actor), event: 'award.deleted', entityId: id, data: { before: { ...before, basis: visible.basis } } });
  });
  return { ok: true as const };
}
