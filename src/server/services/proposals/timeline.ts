/**
 * One candidate's history (who, when, what, why) read from the audit log — the entries written in the
 * same transaction as each step (see the comment in src/db/schema/proposals.ts for why there is no
 * history table): the candidate's own entries, its proposal's (submitted, recalled, opened, returned,
 * completed: they concern every candidate of it), and each engine run kept with the candidate.
 * Also: the proposals naming a staff member, and a round's candidate list (office, council).
 */
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { auditLog, proposalCandidates, proposals, reviewRounds, units } from '../../../db/schema';
import { candidatesWithNames, verdictRunsOf } from '../../../db/queries/proposals';
import { AWARD_LABELS, type AwardCode } from '../../../domain/catalogue';
import { VERDICT_STATUS_LABELS } from '../../../domain/eligibility';
import {
  PROPOSAL_STATUS_LABELS, VERDICT_STAGE_LABELS, type CandidateStatus, type ProposalStatus, type VerdictStage,
} from '../../../domain/proposals';
import { PROPOSAL_EVENTS } from '../../../domain/audit/events/proposals';
import type { MyProposalItem, RoundCandidatesQuery, TimelineView } from '../../../shared/schemas/proposals';
import { candidateViews, dbOf, reach, requireCandidate, type ProposalsCtx } from './common';
import { requireRound } from './rounds';

/** What each step says on the timeline (Vietnamese). */
const WHAT: Record<keyof typeof PROPOSAL_EVENTS, string> = {
  'review_round.created': 'Tạo đợt xét',
  'review_round.updated': 'Sửa đợt xét',
  'review_round.transitioned': 'Chuyển trạng thái đợt xét',
  'review_round.reminded': 'Nhắc hạn gửi hồ sơ',
  'proposal.created': 'Đơn vị lập hồ sơ đề nghị',
  'proposal.updated': 'Đơn vị sửa thông tin hồ sơ',
  'proposal.submitted': 'Đơn vị gửi hồ sơ',
  'proposal.recalled': 'Đơn vị rút lại hồ sơ',
  'proposal.opened': 'Văn phòng tiếp nhận hồ sơ',
  'proposal.returned': 'Hồ sơ được trả lại đơn vị',
  'proposal.completed': 'Văn phòng xem xét xong hồ sơ',
  'proposal_candidate.added': 'Đơn vị đề nghị',
  'proposal_candidate.updated': 'Đơn vị sửa đề nghị',
  'proposal_candidate.removed': 'Bỏ khỏi hồ sơ',
  'proposal_candidate.attached': 'Đính kèm tài liệu',
  'proposal_candidate.detached': 'Gỡ tài liệu đính kèm',
  'proposal_candidate.accepted': 'Văn phòng chấp nhận',
  'proposal_candidate.returned': 'Văn phòng trả lại',
  'proposal_candidate.rejected': 'Văn phòng không đề nghị',
  'proposal_candidate.resubmitted': 'Đơn vị gửi lại',
  'proposal_candidate.overridden': 'Văn phòng vẫn đề nghị dù chưa đủ điều kiện',
  'proposal_candidate.summary_set': 'Văn phòng ghi tóm tắt thành tích',
  'proposal_candidate.requested': 'Văn phòng yêu cầu bổ sung',
  'proposal_candidate.request_fixed': 'Đơn vị báo đã bổ sung',
  'proposal_candidate.request_closed': 'Văn phòng đóng yêu cầu bổ sung',
  'proposal_candidate.opinion_added': 'Ghi ý kiến của cơ quan liên quan',
};

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The "why" of an entry: its reason, message, note or opinion; the file for attachments. */
function whyOf(event: string, data: Record<string, unknown>): string | null {
  switch (event) {
    case 'proposal_candidate.attached':
    case 'proposal_candidate.detached':
      return str(data.fileName);
    case 'proposal_candidate.opinion_added':
      return [str(data.fromOffice), str(data.text)].filter(Boolean).join(': ') || null;
    case 'proposal_candidate.summary_set':
      return str(data.summary);
    case 'proposal_candidate.accepted':
      return str(data.note) ?? (data.override ? 'Văn phòng đã ghi lý do vẫn đề nghị' : null);
    case 'proposal.submitted': {
      const quotas = Array.isArray(data.quotas) ? (data.quotas as { detail?: string }[]).map((q) => q.detail).filter(Boolean) : [];
      return quotas.length ? quotas.join(' ') : null;
    }
    default:
      return str(data.reason) ?? str(data.message) ?? str(data.note);
  }
}

export async function candidateTimeline(ctx: ProposalsCtx, id: string): Promise<TimelineView> {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id);
  const rows = await db
    .select({ seq: auditLog.seq, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, entity: auditLog.entity, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, ctx.actor.agencyId), or(
      and(eq(auditLog.entity, 'proposal_candidate'), eq(auditLog.entityId, c.id)),
      and(eq(auditLog.entity, 'proposal'), eq(auditLog.entityId, p.id), ne(auditLog.action, 'proposal.updated')),
    )))
    .orderBy(asc(auditLog.seq));
  const items: TimelineView['items'] = rows
    // Proposal steps before the candidate joined it are not its history.
    .filter((r) => r.entity === 'proposal_candidate' || new Date(r.at) >= c.createdAt || r.action === 'proposal.created')
    .map((r) => ({
      seq: r.seq, at: new Date(r.at).toISOString(), actorName: r.actorName || 'Hệ thống', event: r.action,
      what: WHAT[r.action as keyof typeof WHAT] ?? r.action,
      why: whyOf(r.action, (r.after ?? {}) as Record<string, unknown>),
      scope: r.entity === 'proposal' ? 'proposal' : 'candidate',
    }));
  // Engine runs: kept with the candidate, shown where they happened.
  for (const run of await verdictRunsOf(db, c.id)) {
    items.push({
      seq: 0, at: run.ranAt.toISOString(), actorName: 'Hệ thống', event: 'proposal_candidate.verdict',
      what: `Kiểm tra điều kiện (${VERDICT_STAGE_LABELS[run.stage as VerdictStage].toLowerCase()}): ${(VERDICT_STATUS_LABELS as Record<string, string>)[run.status] ?? run.status}`,
      why: null, scope: 'candidate',
    });
  }
  items.sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  return { candidateId: c.id, items };
}

const STAGE: Record<CandidateStatus, string> = {
  pending: 'Đang chờ Văn phòng xem xét',
  accepted: 'Văn phòng đã chấp nhận, chờ Hội đồng xét',
  returned: 'Văn phòng trả lại đơn vị để bổ sung',
  rejected: 'Văn phòng không đề nghị',
};

/** The proposals naming the signed-in person (not drafts: those are still the unit's work). */
export async function myProposals(ctx: ProposalsCtx): Promise<{ items: MyProposalItem[] }> {
  const personId = ctx.actor.personId;
  if (!personId) return { items: [] };
  const rows = await dbOf(ctx)
    .select({
      c: proposalCandidates, roundName: reviewRounds.name, year: reviewRounds.year, unitName: units.name, proposalStatus: proposals.status,
    })
    .from(proposalCandidates)
    .innerJoin(proposals, eq(proposals.id, proposalCandidates.proposalId))
    .innerJoin(reviewRounds, eq(reviewRounds.id, proposals.roundId))
    .innerJoin(units, eq(units.id, proposals.unitId))
    .where(and(eq(proposalCandidates.agencyId, ctx.actor.agencyId), eq(proposalCandidates.personId, personId), ne(proposals.status, 'draft')))
    .orderBy(sql`${proposalCandidates.updatedAt} DESC`);
  return {
    items: rows.map((r) => {
      const ps = r.proposalStatus as ProposalStatus;
      const cs = r.c.status as CandidateStatus;
      const stage = ps === 'submitted' ? PROPOSAL_STATUS_LABELS.submitted : cs === 'pending' && ps === 'returned' ? PROPOSAL_STATUS_LABELS.returned : STAGE[cs];
      return {
        candidateId: r.c.id, roundId: r.c.roundId, roundName: r.roundName, year: r.year, awardCode: r.c.awardCode,
        awardLabel: AWARD_LABELS[r.c.awardCode as AwardCode] ?? r.c.awardCode, proposingUnitName: r.unitName, proposalStatus: ps, candidateStatus: cs, stage,
        verdictStatus: r.c.verdictStatus, verdictStatusLabel: r.c.verdictStatus ? ((VERDICT_STATUS_LABELS as Record<string, string>)[r.c.verdictStatus] ?? null) : null,
        updatedAt: r.c.updatedAt.toISOString(),
      };
    }),
  };
}

/** A round's candidates (sent proposals only); council members see only those the office accepted. */
export async function roundCandidates(ctx: ProposalsCtx, roundId: string, q: RoundCandidatesQuery) {
  const db = dbOf(ctx);
  const round = await requireRound(ctx, roundId);
  const seesAll = reach(ctx).read.kind === 'agency';
  const status = seesAll ? q.status : 'accepted';
  const sent = await db.select({ id: proposals.id, status: proposals.status, agencyId: proposals.agencyId, unitId: proposals.unitId, unitName: units.name })
    .from(proposals).innerJoin(units, eq(units.id, proposals.unitId))
    .where(and(eq(proposals.roundId, round.id), ne(proposals.status, 'draft'), ...(q.unitId ? [eq(proposals.unitId, q.unitId)] : [])));
  if (!sent.length) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const all = await candidatesWithNames(db, and(
    inArray(proposalCandidates.proposalId, sent.map((s) => s.id)),
    ...(status ? [eq(proposalCandidates.status, status)] : []),
    ...(q.awardCode ? [eq(proposalCandidates.awardCode, q.awardCode)] : []),
  )!);
  const pageRows = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const byId = new Map(sent.map((s) => [s.id, s]));
  const views = await candidateViews(ctx, pageRows, byId);
  return {
    items: views.map((v) => ({ ...v, proposalUnitName: byId.get(v.proposalId)!.unitName, proposalStatus: byId.get(v.proposalId)!.status as ProposalStatus })),
    total: all.length, page: q.page, pageSize: q.pageSize,
  };
}

