/**
 * Hồ sơ đề nghị: a unit creates it in an open round, adds candidates (candidates-service.ts), submits
 * it (the engine runs again on every candidate, the agency's quotas are checked per unit with their
 * rounding), may recall it until the office opens it; the office opens it (the engine runs again),
 * reviews each candidate, and returns the proposal or completes it. Each step checks its source state
 * (src/domain/proposals/states.ts) and writes its audit entry in the same transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import {
  candidatesOfProposals, listProposalRows, proposalById, requestsOf, roundById, unitCandidatesInRound, type CandidateWithNames, type ProposalWithNames,
} from '../../../db/queries/proposals';
import { proposalCandidates, proposals } from '../../../db/schema';
import { settingsForYear } from '../records/settings';
import {
  assertProposalEditable, assertRoundOpen, checkQuotas, openProposal as openStep, recallProposal as recallStep, resubmitCandidate, returnProposal as returnStep,
  reviewOutcome, submitProposal as submitStep, completeProposal as completeStep, type CandidateStatus, type ProposalStatus, type QuotaCheck, type RoundStatus, ROUND_STATUS_LABELS,
} from '../../../domain/proposals';
import { invalidTransition } from '../../../domain/errors';
import { scopeCovers } from '../../../domain/policies';
import type { CreateProposalInput, ProposalsQuery, UpdateProposalInput } from '../../../shared/schemas/proposals';
import { AppError, notFound, validation } from '../../errors';
import type { Db } from '../../../db/client';
import { auditWho } from '../audit-actor';
import {
  candidateViews, dbOf, judgeCandidate, judgeMany, mayReview, proposalLabel, proposalView, reach, requestView, requireOwnProposal, requireProposal, roundYear,
  storeRun, storeRuns, subjectLabel, todayOf, type ProposalsCtx,
} from './common';
import { noticeAccepted, noticeReturned, noticeSubmitted } from './notices';

export async function proposalDetail(ctx: ProposalsCtx, id: string) {
  const p = await requireProposal(ctx, id);
  const db = dbOf(ctx);
  const candidates = await candidatesOfProposals(db, [p.id]);
  const requests = await requestsOf(db, candidates.map((c) => c.id));
  const open = requests.filter((r) => r.status === 'open').length;
  return {
    ...proposalView(ctx, p, candidates, open),
    candidateItems: await candidateViews(ctx, candidates, new Map([[p.id, p]])),
    requests: requests.map(requestView),
  };
}

const INBOX: ProposalStatus[] = ['submitted', 'in_review'];

export async function listProposals(ctx: ProposalsCtx, q: ProposalsQuery) {
  const db = dbOf(ctx);
  const scope = reach(ctx).read;
  const unitIds = scope.kind === 'units' ? scope.unitIds : null;
  const statuses = q.status ? [q.status] : q.inbox ? INBOX : undefined;
  const { rows, total } = await listProposalRows(db, {
    agencyId: ctx.actor.agencyId, unitIds, roundId: q.roundId, unitId: q.unitId, statuses, q: q.q, awardCode: q.awardCode, page: q.page, pageSize: q.pageSize,
  });
  const candidates = await candidatesOfProposals(db, rows.map((r) => r.id));
  const requests = await requestsOf(db, candidates.map((c) => c.id));
  const openBy = new Map<string, number>();
  const proposalOf = new Map(candidates.map((c) => [c.id, c.proposalId]));
  for (const r of requests) if (r.status === 'open') openBy.set(proposalOf.get(r.candidateId)!, (openBy.get(proposalOf.get(r.candidateId)!) ?? 0) + 1);
  return { items: rows.map((p) => proposalView(ctx, p, candidates, openBy.get(p.id) ?? 0)), total, page: q.page, pageSize: q.pageSize };
}

export async function createProposal(ctx: ProposalsCtx, input: CreateProposalInput) {
  const db = dbOf(ctx);
  const round = await roundById(db, ctx.actor.agencyId, input.roundId);
  if (!round || round.status === 'draft') throw validation([{ path: 'roundId', field: 'Đợt xét', message: 'Không tìm thấy đợt xét khen thưởng.' }]);
  assertRoundOpen(round.status as RoundStatus);
  const write = reach(ctx).write;
  if (write.kind === 'none' || !scopeCovers(write, { agencyId: ctx.actor.agencyId, unitId: input.unitId })) {
    throw validation([{ path: 'unitId', field: 'Đơn vị đề nghị', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi bạn được quản lý.' }]);
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(proposals).values({
      agencyId: ctx.actor.agencyId, roundId: round.id, unitId: input.unitId, title: input.title, documentNo: input.documentNo,
      createdById: ctx.actor.userId, createdByName: ctx.actor.displayName,
    }).returning();
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.created', entityId: row!.id, label: input.title || `Hồ sơ đề nghị — ${round.name}`, data: { after: row! } });
    return row!.id;
  });
  return proposalDetail(ctx, id);
}

export async function updateProposal(ctx: ProposalsCtx, id: string, input: UpdateProposalInput) {
  const before = await requireOwnProposal(ctx, id);
  assertProposalEditable(before.status as ProposalStatus);
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  await dbOf(ctx).transaction(async (tx) => {
    const [after] = await tx.update(proposals).set({ ...changes, updatedAt: new Date() }).where(eq(proposals.id, id)).returning();
    const { unitName: _u, roundName: _r, roundStatus: _s, unitDeadline: _d, ...row } = before;
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.updated', entityId: id, label: proposalLabel(after!.title ? { ...before, title: after!.title } : before), data: { before: row, after: after! } });
  });
  return proposalDetail(ctx, id);
}

/** Moves the proposal from `from` to `to`, refusing if someone changed it meanwhile. */
async function moveProposal(tx: Db, id: string, from: string, to: ProposalStatus, extra: Partial<typeof proposals.$inferInsert> = {}) {
  const [row] = await tx.update(proposals).set({ status: to, updatedAt: new Date(), ...extra }).where(and(eq(proposals.id, id), eq(proposals.status, from))).returning();
  if (!row) throw invalidTransition('Hồ sơ đề nghị vừa được người khác thay đổi trạng thái; hãy tải lại trang.', { from, to });
  return row;
}

/** Runs the engine on the candidates (outside any transaction: it only reads). */
async function judgeAll(ctx: ProposalsCtx, p: ProposalWithNames, candidates: readonly CandidateWithNames[]) {
  const db = dbOf(ctx);
  const round = (await roundById(db, ctx.actor.agencyId, p.roundId))!;
  const year = roundYear(round);
  const asOf = todayOf(ctx);
  const out = [];
  for (const c of candidates) out.push({ candidate: c, verdict: await judgeCandidate(db, ctx.actor.agencyId, c, year, asOf) });
  return { runs: out, asOf, year };
}

/** The agency's quotas for the proposing unit, counting its candidates of the round the office has not refused. */
async function quotasOf(ctx: ProposalsCtx, p: ProposalWithNames, year: number): Promise<QuotaCheck[]> {
  const db = dbOf(ctx);
  const settings = await settingsForYear(db, ctx.actor.agencyId, year);
  const rows = await unitCandidatesInRound(db, p.roundId, p.unitId);
  return checkQuotas(settings, rows.map((r) => ({ awardCode: r.awardCode, collective: !!r.subjectUnitId })));
}

export async function submitProposal(ctx: ProposalsCtx, id: string) {
  const db = dbOf(ctx);
  const p = await requireOwnProposal(ctx, id);
  const to = submitStep(p.status as ProposalStatus);
  // A first submission needs the round open; a proposal the office returned may come back after the deadline, until the council step.
  if (!(p.status === 'returned' && p.roundStatus === 'closed')) assertRoundOpen(p.roundStatus as RoundStatus);
  const candidates = await candidatesOfProposals(db, [p.id]);
  if (!candidates.length) {
    throw validation([{ path: 'candidates', field: 'Người, tập thể được đề nghị', message: 'Hồ sơ chưa có ai được đề nghị.' }]);
  }
  const requests = await requestsOf(db, candidates.map((c) => c.id));
  const open = requests.filter((r) => r.status === 'open');
  if (open.length) {
    const names = [...new Set(open.map((r) => candidates.find((c) => c.id === r.candidateId)!.name))];
    throw validation(
      [{ path: 'requests', field: 'Yêu cầu bổ sung', message: `Còn ${open.length} yêu cầu bổ sung chưa xử lý (${names.join(', ')}): sửa rồi bấm "Đã bổ sung" trước khi gửi lại.` }],
    );
  }
  const judged = await judgeAll(ctx, p, candidates.filter((c) => c.status !== 'rejected'));
  const quotas = await quotasOf(ctx, p, judged.year);
  const over = quotas.filter((q) => q.over);
  if (over.length) {
    throw new AppError('VALIDATION', `Vượt hạn mức của cơ quan: ${over.map((q) => q.detail).join(' ')}`,
      over.map((q) => ({ path: 'candidates', field: q.awardLabel, message: q.detail })), { quotas });
  }
  const again = p.submissions > 0;
  await db.transaction(async (tx) => {
    await moveProposal(tx, id, p.status, to, {
      submittedAt: new Date(), submittedById: ctx.actor.userId, submissions: p.submissions + 1, openedAt: null, openedById: null, quotaCheck: quotas, completedAt: null,
    });
    for (const c of candidates.filter((x) => x.status === 'returned')) {
      const next = resubmitCandidate(c.status as CandidateStatus);
      await tx.update(proposalCandidates).set({ status: next, updatedAt: new Date() }).where(eq(proposalCandidates.id, c.id));
      await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.resubmitted', entityId: c.id, label: subjectLabel(c), data: { proposalId: id, from: c.status, to: next } });
    }
    for (const r of judged.runs) await storeRun(tx, ctx.actor, r.candidate.id, 'submitted', r.verdict, judged.asOf);
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal.submitted', entityId: id, label: proposalLabel(p),
      data: { from: p.status, to, submissions: p.submissions + 1, candidates: candidates.length, quotas: quotas.map((q) => ({ award: q.award, cap: q.cap, proposed: q.proposed, over: q.over, detail: q.detail })) },
    });
    await noticeSubmitted(ctx.app, tx, ctx.actor, p, candidates.map(subjectLabel), again);
  });
  return { proposal: await proposalDetail(ctx, id), quotas };
}

export async function recallProposal(ctx: ProposalsCtx, id: string) {
  const p = await requireOwnProposal(ctx, id);
  const to = recallStep(p.status as ProposalStatus);
  await dbOf(ctx).transaction(async (tx) => {
    await moveProposal(tx, id, p.status, to);
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.recalled', entityId: id, label: proposalLabel(p), data: { from: p.status, to } });
  });
  return proposalDetail(ctx, id);
}

/** The office opens a submitted proposal: the unit can no longer recall it; the engine runs again ("review"). */
export async function openProposal(ctx: ProposalsCtx, id: string) {
  const db = dbOf(ctx);
  const p = await requireProposal(ctx, id);
  if (!mayReview(ctx)) throw notFound('hồ sơ đề nghị');
  const to = openStep(p.status as ProposalStatus);
  const candidates = (await candidatesOfProposals(db, [p.id])).filter((c) => c.status === 'pending');
  const judged = await judgeAll(ctx, p, candidates);
  await db.transaction(async (tx) => {
    await moveProposal(tx, id, p.status, to, { openedAt: new Date(), openedById: ctx.actor.userId });
    for (const r of judged.runs) await storeRun(tx, ctx.actor, r.candidate.id, 'review', r.verdict, judged.asOf);
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.opened', entityId: id, label: proposalLabel(p), data: { from: p.status, to } });
  });
  return proposalDetail(ctx, id);
}

/** Lines for the unit's mail: each returned candidate with its reason, each open request. */
async function returnedItems(db: Db, proposalId: string) {
  const candidates = await candidatesOfProposals(db, [proposalId]);
  const requests = await requestsOf(db, candidates.map((c) => c.id));
  const name = new Map(candidates.map((c) => [c.id, subjectLabel(c)]));
  return [
    ...candidates.filter((c) => c.status === 'returned').map((c) => `${subjectLabel(c)}: trả lại — ${c.decisionReason ?? ''}`),
    ...requests.filter((r) => r.status === 'open').map((r) => `${name.get(r.candidateId)}: yêu cầu bổ sung — ${r.message}`),
  ];
}

export async function returnProposal(ctx: ProposalsCtx, id: string, reason: string) {
  const db = dbOf(ctx);
  const p = await requireProposal(ctx, id);
  if (!mayReview(ctx)) throw notFound('hồ sơ đề nghị');
  const to = returnStep(p.status as ProposalStatus);
  await db.transaction(async (tx) => {
    await moveProposal(tx, id, p.status, to, { returnedAt: new Date(), returnReason: reason });
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.returned', entityId: id, label: proposalLabel(p), data: { from: p.status, to, reason, automatic: false } });
    await noticeReturned(ctx.app, tx, ctx.actor, p, reason, await returnedItems(tx, id));
  });
  return proposalDetail(ctx, id);
}

/**
 * After the office acted on a candidate (inside its transaction): when no candidate waits any more,
 * the proposal is returned (a candidate returned, or a request still open) or completed.
 */
export async function settleReview(ctx: ProposalsCtx, tx: Db, proposalId: string) {
  const p = (await proposalById(tx, ctx.actor.agencyId, proposalId))!;
  if (p.status !== 'in_review') return;
  const candidates = await tx.select({ id: proposalCandidates.id, status: proposalCandidates.status }).from(proposalCandidates).where(eq(proposalCandidates.proposalId, proposalId));
  const requests = candidates.length ? await requestsOf(tx, candidates.map((c) => c.id)) : [];
  const outcome = reviewOutcome(candidates as { status: CandidateStatus }[], requests.filter((r) => r.status === 'open').length);
  if (outcome === 'in_review') return;
  if (outcome === 'returned') {
    const to = returnStep(p.status as ProposalStatus);
    const items = await returnedItems(tx, proposalId);
    const reason = `Văn phòng đã xem xét xong, còn ${items.length} nội dung cần đơn vị bổ sung, sửa.`;
    await moveProposal(tx, proposalId, p.status, to, { returnedAt: new Date(), returnReason: reason });
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.returned', entityId: proposalId, label: proposalLabel(p), data: { from: p.status, to, reason, automatic: true } });
    await noticeReturned(ctx.app, tx, ctx.actor, p, reason, items);
    return;
  }
  const to = completeStep(p.status as ProposalStatus);
  await moveProposal(tx, proposalId, p.status, to, { completedAt: new Date() });
  await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal.completed', entityId: proposalId, label: proposalLabel(p), data: { from: p.status, to } });
  const accepted = await candidatesOfProposals(tx, [proposalId]);
  const items = accepted.filter((c) => c.status === 'accepted').map(subjectLabel);
  if (items.length) await noticeAccepted(ctx.app, tx, ctx.actor, p, items);
}

export const candidateStatuses = (tx: Db, ids: string[]) =>
  ids.length ? tx.select({ id: proposalCandidates.id, status: proposalCandidates.status }).from(proposalCandidates).where(inArray(proposalCandidates.id, ids)) : Promise.resolve([]);

/**
 * When the council's agenda is built: the engine runs once more ("agenda") on every candidate of the
 * round the office accepted, with the agency's records loaded once for the round's year (a round holds
 * thousands of candidates). The round must be closed or with the council.
 */
export async function agendaVerdicts(ctx: ProposalsCtx, roundId: string) {
  const db = dbOf(ctx);
  const round = await roundById(db, ctx.actor.agencyId, roundId);
  if (!round || round.status === 'draft') throw notFound('đợt xét khen thưởng');
  if (round.status !== 'closed' && round.status !== 'council') {
    throw invalidTransition(
      `Chỉ kiểm tra lại điều kiện để lập chương trình họp khi đợt xét "${ROUND_STATUS_LABELS.closed}" hoặc "${ROUND_STATUS_LABELS.council}" (đợt đang "${ROUND_STATUS_LABELS[round.status as RoundStatus]}").`,
      { from: round.status, action: 'agenda' },
    );
  }
  const accepted = await db.select().from(proposalCandidates).where(and(eq(proposalCandidates.roundId, roundId), eq(proposalCandidates.status, 'accepted')));
  const asOf = todayOf(ctx);
  const verdicts = await judgeMany(db, ctx.actor.agencyId, accepted, roundYear(round), asOf);
  const byStatus: Record<string, number> = {};
  const runs = accepted.map((c) => ({ candidateId: c.id, verdict: verdicts.get(c.id) ?? null }));
  for (const r of runs) byStatus[r.verdict?.status ?? 'not_evaluated'] = (byStatus[r.verdict?.status ?? 'not_evaluated'] ?? 0) + 1;
  await db.transaction((tx) => storeRuns(tx, ctx.actor, 'agenda', runs, asOf));
  return { roundId, ran: accepted.length, byStatus };
}
