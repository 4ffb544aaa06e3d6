/**
 * Công khai (tdkt-rules.md §8), the office's side: publish a round's list (a snapshot of name, unit,
 * award asked and the office's summary — nothing else personal), withdraw it, read the kiến nghị
 * (unanswered first), answer each one and publish an answer. Every write is one transaction with its
 * audit entry. The public side is public-service.ts.
 */
import { format } from 'date-fns';
import { and, asc, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import type { Db } from '../../../db/client';
import { loadCalendar } from '../../../db/queries/calendar';
import { candidatesWithNames, roundById } from '../../../db/queries/proposals';
import { disclosureEntries, disclosureFeedback, disclosures, proposalCandidates, proposals, reviewRounds } from '../../../db/schema';
import type { Actor } from '../../../domain/auth/roles';
import { addWorkingDays, isWorkingDay } from '../../../domain/calendar/working-days';
import { AWARD_LABELS, type AwardCode } from '../../../domain/catalogue';
import { invalidTransition } from '../../../domain/errors';
import type { DisclosureDetail, DisclosureView, FeedbackView, PublishInput } from '../../../shared/schemas/disclosure';
import type { AppContext } from '../../context';
import { AppError, notFound, validation } from '../../errors';
import { auditWho } from '../audit-actor';
import { agencySettingsAt } from '../records/settings';

export interface DisclosureCtx {
  app: Pick<AppContext, 'database' | 'queue' | 'config' | 'clock'>;
  actor: Actor;
}
const dbOf = (ctx: { app: Pick<AppContext, 'database'> }): Db => ctx.app.database.db;
export const todayIn = (app: Pick<AppContext, 'clock'>) => format(app.clock.now(), 'yyyy-MM-dd');

export const DISCLOSURE_STATUS_LABELS = { published: 'Đang công khai', withdrawn: 'Đã rút' } as const;
/** Which candidates may be published: not rejected, in a proposal the unit has sent. */
const PUBLISHABLE = new Set(['pending', 'accepted', 'returned']);

type DisclosureRow = typeof disclosures.$inferSelect;

/** Whether the public sees the list on `today`: published, and in its window (or kept public after a decision). */
export const isVisible = (d: Pick<DisclosureRow, 'status' | 'windowFrom' | 'windowTo' | 'publicAfterWindow'>, today: string) =>
  d.status === 'published' && d.windowFrom <= today && (today <= d.windowTo || d.publicAfterWindow);

async function viewsOf(db: Db, rows: (DisclosureRow & { roundName: string })[], today: string): Promise<DisclosureView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const entryCounts = await db.select({ id: disclosureEntries.disclosureId, n: count() }).from(disclosureEntries).where(inArray(disclosureEntries.disclosureId, ids)).groupBy(disclosureEntries.disclosureId);
  const fb = await db.select({ id: disclosureFeedback.disclosureId, n: count(), open: sql<number>`count(*) filter (where ${disclosureFeedback.answer} is null)` })
    .from(disclosureFeedback).where(inArray(disclosureFeedback.disclosureId, ids)).groupBy(disclosureFeedback.disclosureId);
  const e = new Map(entryCounts.map((r) => [r.id, Number(r.n)]));
  const f = new Map(fb.map((r) => [r.id, { n: Number(r.n), open: Number(r.open) }]));
  return rows.map((d) => ({
    id: d.id, roundId: d.roundId, roundName: d.roundName, title: d.title, status: d.status as 'published' | 'withdrawn',
    statusLabel: DISCLOSURE_STATUS_LABELS[d.status as 'published' | 'withdrawn'], windowWorkingDays: d.windowWorkingDays, windowFrom: d.windowFrom, windowTo: d.windowTo,
    visible: isVisible(d, today), publishedByName: d.publishedByName, publishedAt: d.publishedAt.toISOString(), withdrawnAt: d.withdrawnAt?.toISOString() ?? null,
    withdrawReason: d.withdrawReason, entries: e.get(d.id) ?? 0, feedback: f.get(d.id)?.n ?? 0, unanswered: f.get(d.id)?.open ?? 0,
  }));
}

const withRound = (db: Db) => db.select({ d: disclosures, roundName: reviewRounds.name }).from(disclosures).innerJoin(reviewRounds, eq(reviewRounds.id, disclosures.roundId));

export async function listDisclosures(ctx: DisclosureCtx, q: { roundId?: string }): Promise<{ items: DisclosureView[] }> {
  const rows = await withRound(dbOf(ctx))
    .where(and(eq(disclosures.agencyId, ctx.actor.agencyId), ...(q.roundId ? [eq(disclosures.roundId, q.roundId)] : [])))
    .orderBy(desc(disclosures.publishedAt));
  return { items: await viewsOf(dbOf(ctx), rows.map((r) => ({ ...r.d, roundName: r.roundName })), todayIn(ctx.app)) };
}

async function requireDisclosure(ctx: DisclosureCtx, id: string) {
  const [r] = await withRound(dbOf(ctx)).where(and(eq(disclosures.id, id), eq(disclosures.agencyId, ctx.actor.agencyId)));
  if (!r) throw notFound('danh sách công khai');
  return { ...r.d, roundName: r.roundName };
}

export async function disclosureDetail(ctx: DisclosureCtx, id: string): Promise<DisclosureDetail> {
  const d = await requireDisclosure(ctx, id);
  const [view] = await viewsOf(dbOf(ctx), [d], todayIn(ctx.app));
  const entries = await dbOf(ctx).select().from(disclosureEntries).where(eq(disclosureEntries.disclosureId, id)).orderBy(asc(disclosureEntries.position));
  return { ...view!, items: entries.map((e) => ({ id: e.id, name: e.name, unitName: e.unitName, awardCode: e.awardCode, awardLabel: e.awardLabel, summary: e.summary })) };
}

/**
 * Publishes the round's list: the candidates the office chose (accepted or pending), or every
 * candidate of the round not rejected in a proposal the unit has sent. Each needs the office's
 * summary (a Vietnamese error names those without one). The window starts on the day of publication
 * (the next working day if it is not one) and lasts the agency's `disclosure.windowWorkingDays`.
 * One published list per round: withdraw it before publishing again.
 */
export async function publishDisclosure(ctx: DisclosureCtx, input: PublishInput): Promise<DisclosureDetail> {
  const db = dbOf(ctx);
  const round = await roundById(db, ctx.actor.agencyId, input.roundId);
  if (!round) throw validation([{ path: 'roundId', field: 'Đợt xét', message: 'Không tìm thấy đợt xét khen thưởng' }]);
  if (round.status === 'draft') throw invalidTransition('Đợt xét đang dự thảo: chưa có hồ sơ để công khai.', { from: round.status, action: 'publish' });
  const sent = db.select({ id: proposals.id }).from(proposals).where(and(eq(proposals.roundId, round.id), ne(proposals.status, 'draft')));
  let candidates = await candidatesWithNames(db, and(eq(proposalCandidates.roundId, round.id), inArray(proposalCandidates.proposalId, sent))!);
  if (input.candidateIds) {
    const chosen = new Set(input.candidateIds);
    const found = candidates.filter((c) => chosen.has(c.id));
    if (found.length !== chosen.size) {
      throw validation([{ path: 'candidateIds', field: 'Người, tập thể được công khai', message: 'Có người, tập thể không thuộc hồ sơ đã gửi của đợt xét này' }]);
    }
    const wrong = found.filter((c) => c.status !== 'accepted' && c.status !== 'pending');
    if (wrong.length) {
      throw validation([{ path: 'candidateIds', field: 'Người, tập thể được công khai', message: `Chỉ công khai đề nghị đã chấp nhận hoặc đang chờ xem xét: ${wrong.map((c) => c.name).join(', ')}` }]);
    }
    candidates = found;
  } else {
    candidates = candidates.filter((c) => PUBLISHABLE.has(c.status));
  }
  if (!candidates.length) throw validation([{ path: 'candidateIds', field: 'Người, tập thể được công khai', message: 'Không có người, tập thể nào để công khai' }]);
  const missing = candidates.filter((c) => !c.summary?.trim());
  if (missing.length) {
    const names = missing.map((c) => `${c.name} (${AWARD_LABELS[c.awardCode as AwardCode] ?? c.awardCode})`);
    throw validation(
      [{ path: 'summary', field: 'Tóm tắt thành tích', message: `Chưa có tóm tắt thành tích của ${names.join(', ')}` }],
      `Chưa thể công khai: Văn phòng chưa ghi tóm tắt thành tích của ${names.join(', ')}.`,
    );
  }
  const [already] = await db.select({ id: disclosures.id }).from(disclosures).where(and(eq(disclosures.roundId, round.id), eq(disclosures.status, 'published')));
  if (already) throw new AppError('CONFLICT', 'Danh sách của đợt xét này đang được công khai; hãy rút danh sách đó trước khi công khai lại.', [], { disclosureId: already.id });

  const today = todayIn(ctx.app);
  const [calendar, settings] = await Promise.all([loadCalendar(db, ctx.actor.agencyId), agencySettingsAt(db, ctx.actor.agencyId, today)]);
  const days = settings['disclosure.windowWorkingDays'];
  const windowFrom = isWorkingDay(today, calendar) ? today : addWorkingDays(today, 1, calendar);
  const windowTo = addWorkingDays(windowFrom, days - 1, calendar);
  candidates.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.name.localeCompare(b.name, 'vi'));

  const id = await db.transaction(async (tx) => {
    const [d] = await tx.insert(disclosures).values({
      agencyId: ctx.actor.agencyId, roundId: round.id, title: input.title?.trim() || `Danh sách đề nghị khen thưởng: ${round.name}`,
      windowWorkingDays: days, windowFrom, windowTo, publishedById: ctx.actor.userId, publishedByName: ctx.actor.displayName,
    }).returning();
    await tx.insert(disclosureEntries).values(candidates.map((c, i) => ({
      disclosureId: d!.id, candidateId: c.id, position: i + 1, name: c.name, unitName: c.unitName, awardCode: c.awardCode,
      awardLabel: AWARD_LABELS[c.awardCode as AwardCode] ?? c.awardCode, summary: c.summary!.trim(),
    })));
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'disclosure.published', entityId: d!.id, label: d!.title,
      data: { roundId: round.id, windowFrom, windowTo, windowWorkingDays: days, entries: candidates.length, candidateIds: candidates.map((c) => c.id) },
    });
    return d!.id;
  });
  return disclosureDetail(ctx, id);
}

export async function withdrawDisclosure(ctx: DisclosureCtx, id: string, reason: string): Promise<DisclosureDetail> {
  const d = await requireDisclosure(ctx, id);
  if (d.status !== 'published') throw invalidTransition('Danh sách này đã được rút trước đó.', { from: d.status, action: 'withdraw' });
  await dbOf(ctx).transaction(async (tx) => {
    await tx.update(disclosures).set({ status: 'withdrawn', withdrawnAt: new Date(), withdrawnById: ctx.actor.userId, withdrawReason: reason }).where(eq(disclosures.id, id));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'disclosure.withdrawn', entityId: id, label: d.title, data: { roundId: d.roundId, reason } });
  });
  return disclosureDetail(ctx, id);
}

// ---- Kiến nghị ------------------------------------------------------------------------------------

type FeedbackRow = typeof disclosureFeedback.$inferSelect;
export const feedbackViewOf = (f: FeedbackRow & { entryName: string | null }): FeedbackView => ({
  id: f.id, disclosureId: f.disclosureId, entryId: f.entryId, entryName: f.entryName, senderName: f.senderName, contact: f.contact, content: f.content,
  receivedAt: f.receivedAt.toISOString(), answer: f.answer, answeredByName: f.answeredByName, answeredAt: f.answeredAt?.toISOString() ?? null, answerPublished: f.answerPublished,
});

const feedbackRows = (db: Db) => db.select({ f: disclosureFeedback, entryName: disclosureEntries.name }).from(disclosureFeedback)
  .leftJoin(disclosureEntries, eq(disclosureEntries.id, disclosureFeedback.entryId));

/** The list's kiến nghị: unanswered first (oldest first: they wait longest), then answered, newest first. */
export async function listFeedback(ctx: DisclosureCtx, disclosureId: string): Promise<{ items: FeedbackView[] }> {
  await requireDisclosure(ctx, disclosureId);
  const rows = await feedbackRows(dbOf(ctx)).where(eq(disclosureFeedback.disclosureId, disclosureId))
    .orderBy(sql`${disclosureFeedback.answer} IS NOT NULL`, sql`CASE WHEN ${disclosureFeedback.answer} IS NULL THEN ${disclosureFeedback.receivedAt} END ASC`, desc(disclosureFeedback.receivedAt));
  return { items: rows.map((r) => feedbackViewOf({ ...r.f, entryName: r.entryName })) };
}

async function requireFeedback(ctx: DisclosureCtx, id: string) {
  const [r] = await feedbackRows(dbOf(ctx)).where(and(eq(disclosureFeedback.id, id), eq(disclosureFeedback.agencyId, ctx.actor.agencyId)));
  if (!r) throw notFound('kiến nghị');
  return { ...r.f, entryName: r.entryName };
}

/** Answers (or corrects the answer of) a kiến nghị; a published answer is taken back to unpublished when changed. */
export async function answerFeedback(ctx: DisclosureCtx, id: string, answer: string): Promise<FeedbackView> {
  const f = await requireFeedback(ctx, id);
  await dbOf(ctx).transaction(async (tx) => {
    await tx.update(disclosureFeedback).set({
      answer, answeredAt: new Date(), answeredById: ctx.actor.userId, answeredByName: ctx.actor.displayName, answerPublished: false, answerPublishedAt: null,
    }).where(eq(disclosureFeedback.id, id));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'disclosure_feedback.answered', entityId: id, label: `Kiến nghị của ${f.senderName}`, data: { disclosureId: f.disclosureId, answer, previous: f.answer } });
  });
  return requireFeedback(ctx, id).then(feedbackViewOf);
}

export async function publishAnswer(ctx: DisclosureCtx, id: string): Promise<FeedbackView> {
  const f = await requireFeedback(ctx, id);
  if (f.answer === null) throw invalidTransition('Kiến nghị này chưa được trả lời: hãy trả lời trước khi công khai câu trả lời.', { action: 'publishAnswer' });
  if (f.answerPublished) throw invalidTransition('Câu trả lời này đã được công khai.', { action: 'publishAnswer' });
  await dbOf(ctx).transaction(async (tx) => {
    await tx.update(disclosureFeedback).set({ answerPublished: true, answerPublishedAt: new Date() }).where(and(eq(disclosureFeedback.id, id), isNull(disclosureFeedback.answerPublishedAt)));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'disclosure_feedback.answer_published', entityId: id, label: `Kiến nghị của ${f.senderName}`, data: { disclosureId: f.disclosureId } });
  });
  return requireFeedback(ctx, id).then(feedbackViewOf);
}
