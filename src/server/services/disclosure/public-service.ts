/**
 * Công khai, the public's side (no sign-in): the agency's lists the public may see today, one list
 * with its window and the office's published answers, and a kiến nghị sent from the plain HTML form.
 * A list that is withdrawn, out of its window, of another agency, or unknown is "not found" alike.
 *
 * The sender's address is kept only as an HMAC (key VD_ADDRESS_HASH_KEY when set), which is enough to
 * count kiến nghị per address in the database, so several app instances agree on the limit.
 */
import { createHmac } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import type { Db } from '../../../db/client';
import { agencies, disclosureEntries, disclosureFeedback, disclosures, reviewRounds } from '../../../db/schema';
import { FEEDBACK_LIMITS, FEEDBACK_PER_HOUR, type PublicDisclosure, type PublicDisclosureList } from '../../../shared/schemas/disclosure';
import type { AppContext } from '../../context';
import { notify } from '../../platform/notifications';
import { isVisible, todayIn } from './disclosure-service';

type App = Pick<AppContext, 'database' | 'queue' | 'config' | 'clock'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const base = (db: Db) => db.select({ d: disclosures, roundName: reviewRounds.name, agencyName: agencies.name }).from(disclosures)
  .innerJoin(reviewRounds, eq(reviewRounds.id, disclosures.roundId)).innerJoin(agencies, eq(agencies.id, disclosures.agencyId));

export async function publicList(app: App, agencyId?: string): Promise<PublicDisclosureList> {
  const db = app.database.db;
  const today = todayIn(app);
  const rows = (await base(db).where(and(eq(disclosures.status, 'published'), ...(agencyId ? [eq(disclosures.agencyId, agencyId)] : []))).orderBy(desc(disclosures.publishedAt)))
    .filter((r) => isVisible(r.d, today));
  const counts = rows.length
    ? await db.select({ id: disclosureEntries.disclosureId, n: count() }).from(disclosureEntries).where(inArray(disclosureEntries.disclosureId, rows.map((r) => r.d.id))).groupBy(disclosureEntries.disclosureId)
    : [];
  const n = new Map(counts.map((c) => [c.id, Number(c.n)]));
  return {
    items: rows.map((r) => ({ id: r.d.id, agencyName: r.agencyName, title: r.d.title, roundName: r.roundName, windowFrom: r.d.windowFrom, windowTo: r.d.windowTo, entries: n.get(r.d.id) ?? 0 })),
  };
}

/** The list the public may see today, or null ("not found"). */
export async function publicDisclosure(app: App, id: string, agencyId?: string): Promise<PublicDisclosure | null> {
  if (!UUID.test(id)) return null;
  const db = app.database.db;
  const [r] = await base(db).where(eq(disclosures.id, id));
  if (!r || (agencyId && r.d.agencyId !== agencyId) || !isVisible(r.d, todayIn(app))) return null;
  const entries = await db.select().from(disclosureEntries).where(eq(disclosureEntries.disclosureId, id)).orderBy(asc(disclosureEntries.position));
  const answers = await db.select({ f: disclosureFeedback, entryName: disclosureEntries.name }).from(disclosureFeedback)
    .leftJoin(disclosureEntries, eq(disclosureEntries.id, disclosureFeedback.entryId))
    .where(and(eq(disclosureFeedback.disclosureId, id), eq(disclosureFeedback.answerPublished, true)))
    .orderBy(asc(disclosureFeedback.receivedAt));
  return {
    id: r.d.id, agencyName: r.agencyName, title: r.d.title, roundName: r.roundName, windowFrom: r.d.windowFrom, windowTo: r.d.windowTo,
    windowWorkingDays: r.d.windowWorkingDays, publishedAt: r.d.publishedAt.toISOString(),
    // Exactly the published fields: no ids of people, no birth dates, no contacts.
    entries: entries.map((e) => ({ id: e.id, name: e.name, unitName: e.unitName, awardLabel: e.awardLabel, summary: e.summary })),
    answers: answers.map((a) => ({ entryName: a.entryName, content: a.f.content, answer: a.f.answer!, answeredAt: a.f.answeredAt!.toISOString() })),
  };
}

export const addressHash = (address: string) => createHmac('sha256', process.env.VD_ADDRESS_HASH_KEY || 'vinhdanh.disclosure.feedback').update(address).digest('base64url');

export type FeedbackOutcome =
  | { ok: true; id: string }
  | { ok: false; kind: 'not_found' }
  | { ok: false; kind: 'rate_limited' }
  | { ok: false; kind: 'invalid'; problems: { field: string; message: string }[] };

/**
 * Checks and stores a kiến nghị: fields within FEEDBACK_LIMITS (else nothing is stored and every
 * field at fault is named), at most FEEDBACK_PER_HOUR per address, then notifies the TĐKT office
 * (bell and mail) in the same transaction as the entry and its audit record.
 */
export async function sendFeedback(app: App, id: string, form: Record<string, string | undefined>, address: string): Promise<FeedbackOutcome> {
  const d = await publicDisclosure(app, id);
  if (!d) return { ok: false, kind: 'not_found' };
  const problems: { field: string; message: string }[] = [];
  const values: Record<keyof typeof FEEDBACK_LIMITS, string> = { senderName: '', contact: '', content: '' };
  for (const [key, limit] of Object.entries(FEEDBACK_LIMITS) as [keyof typeof FEEDBACK_LIMITS, (typeof FEEDBACK_LIMITS)[keyof typeof FEEDBACK_LIMITS]][]) {
    const v = (form[key] ?? '').trim();
    if (limit.required && !v) problems.push({ field: limit.label, message: `${limit.label} không được để trống` });
    else if ([...v].length > limit.max) problems.push({ field: limit.label, message: `${limit.label} tối đa ${limit.max} ký tự (đã nhập ${[...v].length})` });
    values[key] = v;
  }
  const entryId = (form.entryId ?? '').trim() || null;
  if (entryId && !d.entries.some((e) => e.id === entryId)) problems.push({ field: 'Người, tập thể được kiến nghị', message: 'Không có trong danh sách này' });
  if (problems.length) return { ok: false, kind: 'invalid', problems };

  const db = app.database.db;
  const hash = addressHash(address);
  const since = new Date(app.clock.now().getTime() - 3600_000);
  const [recent] = await db.select({ n: count() }).from(disclosureFeedback).where(and(eq(disclosureFeedback.senderHash, hash), gte(disclosureFeedback.receivedAt, since)));
  if (Number(recent?.n ?? 0) >= FEEDBACK_PER_HOUR) return { ok: false, kind: 'rate_limited' };

  const [row] = await db.select({ agencyId: disclosures.agencyId, roundId: disclosures.roundId }).from(disclosures).where(eq(disclosures.id, id));
  const entry = entryId ? d.entries.find((e) => e.id === entryId) : undefined;
  const feedbackId = await db.transaction(async (tx) => {
    const [f] = await tx.insert(disclosureFeedback).values({
      agencyId: row!.agencyId, disclosureId: id, entryId, senderName: values.senderName, contact: values.contact, content: values.content,
      senderHash: hash, receivedAt: app.clock.now(),
    }).returning({ id: disclosureFeedback.id });
    await appendAudit(tx, {
      agencyId: row!.agencyId, actorId: null, actorName: `Người dân: ${values.senderName}`, event: 'disclosure_feedback.received', entityId: f!.id,
      label: `Kiến nghị của ${values.senderName}`, data: { disclosureId: id, entryId, length: values.content.length },
    });
    const about = entry ? `về ${entry.name} (${entry.awardLabel})` : 'về danh sách';
    await notify(app, tx, {
      agencyId: row!.agencyId, to: { role: 'office' }, kind: 'disclosure.feedback',
      title: `Kiến nghị mới ${about}: ${d.title}`,
      body: `${values.senderName}${values.contact ? ` (${values.contact})` : ''}: ${values.content.slice(0, 500)}`,
      link: `/disclosure?id=${id}`, data: { disclosureId: id, feedbackId: f!.id, roundId: row!.roundId },
    });
    return f!.id;
  });
  return { ok: true, id: feedbackId };
}
