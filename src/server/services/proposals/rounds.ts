/**
 * Đợt xét khen thưởng: the office creates a round (kind, year or period, awards in scope, opening
 * date, the units' deadline and the reminder), opens it, closes it, sends it to the council; units
 * see the rounds that are not drafts, and who has not submitted yet. A daily schedule reminds the
 * units that have not submitted, N working days before the deadline (the agency's working calendar).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit-log';
import { loadCalendar } from '../../../db/queries/calendar';
import { listRoundRows, roundById, roundProgressRows, type RoundRow } from '../../../db/queries/proposals';
import { proposals, reviewRounds, units, userRoles, users } from '../../../db/schema';
import { addWorkingDays, type WorkingCalendar } from '../../../domain/calendar/working-days';
import { AWARD_LABELS, type AwardCode } from '../../../domain/catalogue';
import { canStep, ROUND_KIND_LABELS, ROUND_STATUS_LABELS, ROUND_TRANSITIONS, roundStep, type RoundAction, type RoundKind, type RoundStatus } from '../../../domain/proposals';
import { invalidTransition } from '../../../domain/errors';
import type { Scope } from '../../../domain/policies';
import type { CreateRoundInput, RoundsQuery, RoundView, UpdateRoundInput } from '../../../shared/schemas/proposals';
import type { AppContext } from '../../context';
import { notFound, validation } from '../../errors';
import { notify } from '../../platform/notifications';
import { auditWho } from '../audit-actor';
import { dbOf, reach, type ProposalsCtx } from './common';

const formatVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The working day the reminder goes out: N working days before the deadline (null: no reminder). */
export function reminderDay(r: Pick<RoundRow, 'unitDeadline' | 'reminderWorkingDays'>, calendar: WorkingCalendar): string | null {
  return r.reminderWorkingDays > 0 ? addWorkingDays(r.unitDeadline, -r.reminderWorkingDays, calendar) : null;
}

export function roundView(ctx: ProposalsCtx, r: RoundRow, calendar: WorkingCalendar): RoundView {
  const manage = reach(ctx).manage.kind === 'agency';
  const status = r.status as RoundStatus;
  const abilities: Record<string, boolean> = { edit: manage && (status === 'draft' || status === 'open') };
  for (const action of Object.keys(ROUND_TRANSITIONS)) abilities[action] = manage && canStep(ROUND_TRANSITIONS, action, status);
  return {
    id: r.id, name: r.name, kind: r.kind as RoundKind, kindLabel: ROUND_KIND_LABELS[r.kind as RoundKind], year: r.year, periodFrom: r.periodFrom, periodTo: r.periodTo,
    awardCodes: r.awardCodes, awardLabels: r.awardCodes.map((c) => AWARD_LABELS[c as AwardCode] ?? c),
    opensOn: r.opensOn, unitDeadline: r.unitDeadline, reminderWorkingDays: r.reminderWorkingDays, reminderOn: reminderDay(r, calendar), remindedOn: r.remindedOn,
    status, statusLabel: ROUND_STATUS_LABELS[status], note: r.note, createdAt: r.createdAt.toISOString(), abilities,
  };
}

/** The round, if the actor may see it (units and council members do not see drafts). */
export async function requireRound(ctx: ProposalsCtx, id: string): Promise<RoundRow> {
  const r = await roundById(dbOf(ctx), ctx.actor.agencyId, id);
  if (!r || (r.status === 'draft' && reach(ctx).manage.kind !== 'agency')) throw notFound('đợt xét khen thưởng');
  return r;
}

export async function listRounds(ctx: ProposalsCtx, q: RoundsQuery) {
  const db = dbOf(ctx);
  const rows = await listRoundRows(db, ctx.actor.agencyId, { status: q.status, year: q.year, hideDrafts: reach(ctx).manage.kind !== 'agency' });
  const calendar = await loadCalendar(db, ctx.actor.agencyId);
  return { items: rows.map((r) => roundView(ctx, r, calendar)) };
}

export async function getRound(ctx: ProposalsCtx, id: string) {
  const r = await requireRound(ctx, id);
  return roundView(ctx, r, await loadCalendar(dbOf(ctx), ctx.actor.agencyId));
}

const uniqueCodes = (codes: readonly string[]) => [...new Set(codes)];

export async function createRound(ctx: ProposalsCtx, input: CreateRoundInput) {
  const db = dbOf(ctx);
  const row = await db.transaction(async (tx) => {
    const [r] = await tx.insert(reviewRounds).values({
      agencyId: ctx.actor.agencyId, name: input.name, kind: input.kind, year: input.year ?? null, periodFrom: input.periodFrom ?? null, periodTo: input.periodTo ?? null,
      awardCodes: uniqueCodes(input.awardCodes), opensOn: input.opensOn, unitDeadline: input.unitDeadline, reminderWorkingDays: input.reminderWorkingDays,
      note: input.note, createdById: ctx.actor.userId,
    }).returning();
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'review_round.created', entityId: r!.id, label: r!.name, data: { after: r! } });
    return r!;
  });
  return roundView(ctx, row, await loadCalendar(db, ctx.actor.agencyId));
}

/** Fields an open round may still change (the units already work on the rest). */
const OPEN_EDITABLE = new Set(['name', 'unitDeadline', 'reminderWorkingDays', 'note']);
const FIELD_NAMES: Record<string, string> = {
  year: 'Năm thành tích', periodFrom: 'Thành tích từ ngày', periodTo: 'Thành tích đến ngày', awardCodes: 'Danh hiệu, hình thức trong đợt', opensOn: 'Ngày mở đợt',
};

export async function updateRound(ctx: ProposalsCtx, id: string, input: UpdateRoundInput) {
  const db = dbOf(ctx);
  const before = await requireRound(ctx, id);
  const status = before.status as RoundStatus;
  if (status !== 'draft' && status !== 'open') {
    throw invalidTransition(`Không thể sửa đợt xét khi đang ở trạng thái "${ROUND_STATUS_LABELS[status]}" (chỉ khi "${ROUND_STATUS_LABELS.draft}" hoặc "${ROUND_STATUS_LABELS.open}").`, { from: status, action: 'edit' });
  }
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<typeof reviewRounds.$inferInsert>;
  if (status === 'open') {
    const locked = Object.keys(changes).filter((k) => !OPEN_EDITABLE.has(k));
    if (locked.length) {
      throw invalidTransition(`Đợt xét đang "${ROUND_STATUS_LABELS.open}": không sửa được ${locked.map((k) => FIELD_NAMES[k] ?? k).join(', ')} (chỉ sửa tên, hạn gửi hồ sơ, số ngày nhắc trước hạn, ghi chú).`, { from: status, action: 'edit' });
    }
  }
  if (changes.awardCodes) changes.awardCodes = uniqueCodes(changes.awardCodes);
  const next = { ...before, ...changes };
  if (next.unitDeadline < next.opensOn) {
    throw validation([{ path: 'unitDeadline', field: 'Hạn gửi hồ sơ của đơn vị', message: 'phải từ Ngày mở đợt trở đi.' }]);
  }
  // A new deadline or reminder: the reminder may go out again.
  const reminderChanged = changes.unitDeadline !== undefined || changes.reminderWorkingDays !== undefined;
  const row = await db.transaction(async (tx) => {
    const [after] = await tx.update(reviewRounds).set({ ...changes, ...(reminderChanged ? { remindedOn: null } : {}), updatedAt: new Date() }).where(eq(reviewRounds.id, id)).returning();
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'review_round.updated', entityId: id, label: after!.name, data: { before, after: after! } });
    return after!;
  });
  return roundView(ctx, row, await loadCalendar(db, ctx.actor.agencyId));
}

export async function transitionRound(ctx: ProposalsCtx, id: string, action: RoundAction) {
  const db = dbOf(ctx);
  const before = await requireRound(ctx, id);
  const to = roundStep(action, before.status as RoundStatus);
  const row = await db.transaction(async (tx) => {
    const [after] = await tx.update(reviewRounds).set({ status: to, updatedAt: new Date() }).where(and(eq(reviewRounds.id, id), eq(reviewRounds.status, before.status))).returning();
    if (!after) throw invalidTransition('Đợt xét vừa được người khác thay đổi trạng thái; hãy tải lại trang.', { from: before.status, to, action });
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'review_round.transitioned', entityId: id, label: after.name, data: { action, from: before.status, to } });
    return after;
  });
  return roundView(ctx, row, await loadCalendar(db, ctx.actor.agencyId));
}

const SENT = new Set(['submitted', 'in_review', 'returned', 'completed']);

/** "Who has not submitted yet": every active unit the reader reaches, with its proposals in the round. */
export async function roundUnits(ctx: ProposalsCtx, scope: Scope | null, id: string) {
  const db = dbOf(ctx);
  const r = await requireRound(ctx, id);
  const all = await db.select().from(units).where(and(eq(units.agencyId, ctx.actor.agencyId), eq(units.active, true))).orderBy(units.sortOrder, units.name);
  const visible = scope?.kind === 'units' ? all.filter((u) => scope.unitIds.has(u.id)) : all;
  const progress = await roundProgressRows(db, r.id);
  const items = visible.map((u) => {
    const mine = progress.filter((p) => p.unitId === u.id);
    const byStatus: Record<string, number> = {};
    for (const p of mine) byStatus[p.status] = (byStatus[p.status] ?? 0) + p.proposals;
    const last = mine.map((p) => p.lastSubmittedAt).filter((x): x is string => !!x).sort().at(-1) ?? null;
    return {
      unitId: u.id, unitCode: u.code, unitName: u.name, parentId: u.parentId,
      proposals: mine.reduce((n, p) => n + p.proposals, 0), byStatus, candidates: mine.reduce((n, p) => n + Number(p.candidates), 0),
      submitted: mine.some((p) => SENT.has(p.status)), lastSubmittedAt: last ? new Date(last).toISOString() : null,
    };
  });
  return { round: roundView(ctx, r, await loadCalendar(db, ctx.actor.agencyId)), items, notSubmitted: items.filter((i) => !i.submitted).length };
}

// ---- Deadline reminder (schedule) -----------------------------------------------------------------

/**
 * Sends each open round's reminder once, on or after its reminder day and up to the deadline: to the
 * focal points and heads of the units (holding the role on that very unit) that have sent nothing yet.
 */
export async function sendDeadlineReminders(app: Pick<AppContext, 'database' | 'queue' | 'config' | 'clock'>, today: string): Promise<number> {
  const db = app.database.db;
  const open = await db.select().from(reviewRounds).where(and(eq(reviewRounds.status, 'open'), isNull(reviewRounds.remindedOn)));
  let sent = 0;
  for (const r of open) {
    if (r.reminderWorkingDays <= 0 || today > r.unitDeadline) continue;
    const calendar = await loadCalendar(db, r.agencyId);
    const on = reminderDay(r, calendar)!;
    if (today < on) continue;
    sent += await remindRound(app, db, r, on);
  }
  return sent;
}

async function remindRound(app: Pick<AppContext, 'queue' | 'config'>, db: Db, r: RoundRow, reminderOn: string): Promise<number> {
  return db.transaction(async (tx) => {
    // Claim the reminder first: a second instance running the same day finds it taken.
    const [claimed] = await tx.update(reviewRounds).set({ remindedOn: reminderOn }).where(and(eq(reviewRounds.id, r.id), isNull(reviewRounds.remindedOn))).returning();
    if (!claimed) return 0;
    const holders = await tx
      .select({ userId: userRoles.userId, unitId: userRoles.unitId })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(and(eq(users.agencyId, r.agencyId), eq(users.active, true), inArray(userRoles.role, ['focal_point', 'unit_head'])));
    const sentBy = new Set((await tx.select({ unitId: proposals.unitId, status: proposals.status }).from(proposals).where(eq(proposals.roundId, r.id)))
      .filter((p) => SENT.has(p.status)).map((p) => p.unitId));
    const byUnit = new Map<string, string[]>();
    for (const h of holders) if (h.unitId && !sentBy.has(h.unitId)) byUnit.set(h.unitId, [...new Set([...(byUnit.get(h.unitId) ?? []), h.userId])]);
    const unitRows = byUnit.size ? await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...byUnit.keys()])) : [];
    for (const u of unitRows) {
      const title = `Sắp hết hạn gửi hồ sơ đề nghị: ${r.name} (hạn ${formatVi(r.unitDeadline)})`;
      await notify(app, tx, {
        agencyId: r.agencyId, to: { userIds: byUnit.get(u.id)! }, kind: 'proposal.deadline', title,
        body: `${u.name} chưa gửi hồ sơ đề nghị khen thưởng của đợt "${r.name}". Hạn gửi: ${formatVi(r.unitDeadline)}.`,
        link: `/proposals?roundId=${r.id}`, data: { roundId: r.id, unitId: u.id },
        mail: { template: 'proposal', params: { title, roundName: r.name, unitName: u.name, items: [], reason: '', deadline: formatVi(r.unitDeadline) } },
      });
    }
    await appendAudit(tx, {
      agencyId: r.agencyId, actorId: null, actorName: 'Hệ thống', event: 'review_round.reminded', entityId: r.id, label: r.name,
      data: { unitIds: unitRows.map((u) => u.id), deadline: r.unitDeadline, reminderOn },
    });
    return unitRows.length;
  });
}
