/**
 * The candidates of a proposal: the unit adds people or collectives of its subtree with the award and
 * its basis (duplicates refused, naming the other proposal), attaches typed files; the office accepts
 * (an engine verdict other than eligible needs an override with a written reason), returns, rejects,
 * asks for a field or an attachment, records other offices' opinions and the public summary.
 * Every write is one transaction with its audit entry; each step checks the source state.
 */
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit-log';
import { fileById } from '../../../db/queries/files';
import { getPerson } from '../../../db/queries/people';
import { attachmentsOf, candidateById, opinionsOf, requestsOf, roundById, sameSubjectInRound, verdictRunsOf, type CandidateWithNames, type ProposalWithNames } from '../../../db/queries/proposals';
import {
  proposalCandidateAttachments, proposalCandidateOpinions, proposalCandidateRequests, proposalCandidateVerdicts, proposalCandidates, proposals, units,
} from '../../../db/schema';
import { AWARD_LABELS, findAward, type AwardCode } from '../../../domain/catalogue';
import { VERDICT_STATUS_LABELS } from '../../../domain/eligibility';
import {
  acceptCandidate, assertProposalEditable, assertProposalInReview, ATTACHMENT_FILE_KINDS, ATTACHMENT_KIND_LABELS, CANDIDATE_STATUS_LABELS, closeRequest, fixRequest,
  PROPOSAL_STATUS_LABELS, rejectCandidate, REQUEST_STATUS_LABELS, returnCandidate, VERDICT_STAGE_LABELS, type CandidateStatus, type ProposalStatus, type RequestStatus,
} from '../../../domain/proposals';
import { invalidTransition } from '../../../domain/errors';
import { scopeCovers, subtreeOf, type Scope } from '../../../domain/policies';
import type {
  AddCandidateInput, AttachFileInput, CandidateDetail, FixRequestInput, OpinionInput, RequestInput, UpdateCandidateInput,
} from '../../../shared/schemas/proposals';
import { REQUEST_FIELD_LABELS } from '../../../shared/schemas/proposals';
import type { Db } from '../../../db/client';
import { AppError, notFound, validation } from '../../errors';
import { registerFileObjectType } from '../../platform/files';
import { auditWho } from '../audit-actor';
import {
  ACCEPTABLE_VERDICTS, candidateViews, dbOf, judgeCandidate, mayReview, reach, requestView, requireCandidate, requireOwnProposal, rereadCandidate,
  roundYear, storeRun, subjectLabel, todayOf, type ProposalsCtx,
} from './common';
import { noticeRequested } from './notices';
import { settleReview } from './proposals-service';

// Files of a candidate's dossier live in the file store as objectType "proposal_candidate", scoped by
// the proposing unit (upload with POST /api/files?objectType=proposal_candidate&objectId=<candidate>).
registerFileObjectType('proposal_candidate', {
  labelVi: 'Hồ sơ đề nghị',
  async resolve(db, agencyId, id) {
    const c = await candidateById(db, agencyId, id);
    if (!c) return null;
    const [p] = await db.select({ unitId: proposals.unitId }).from(proposals).where(eq(proposals.id, c.proposalId));
    return p ? { agencyId, unitId: p.unitId, personId: null, label: subjectLabel(c) } : null;
  },
});

const AWARD_FIELD = { path: 'awardCode', field: 'Danh hiệu, hình thức khen thưởng' };

// ---- Detail ---------------------------------------------------------------------------------------

export async function candidateDetail(ctx: ProposalsCtx, id: string): Promise<CandidateDetail> {
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id);
  return detailOf(ctx, c, p);
}

async function detailOf(ctx: ProposalsCtx, c: CandidateWithNames, p: ProposalWithNames): Promise<CandidateDetail> {
  const db = dbOf(ctx);
  const [view] = await candidateViews(ctx, [c], new Map([[p.id, p]]));
  const [attachments, requests, opinions, runs] = await Promise.all([attachmentsOf(db, [c.id]), requestsOf(db, [c.id]), opinionsOf(db, [c.id]), verdictRunsOf(db, c.id)]);
  return {
    ...view!,
    proposal: {
      id: p.id, status: p.status as ProposalStatus, statusLabel: PROPOSAL_STATUS_LABELS[p.status as ProposalStatus], unitId: p.unitId, unitName: p.unitName,
      roundId: p.roundId, roundName: p.roundName,
    },
    attachments: attachments.map((a) => ({
      id: a.a.id, kind: a.a.kind as CandidateDetail['attachments'][number]['kind'], kindLabel: ATTACHMENT_KIND_LABELS[a.a.kind as keyof typeof ATTACHMENT_KIND_LABELS],
      fileId: a.a.fileId, fileName: a.fileName, fileKind: a.fileKind, size: a.size, note: a.a.note, attachedByName: a.a.attachedByName, attachedAt: a.a.attachedAt.toISOString(),
    })),
    requests: requests.map(requestView),
    opinions: opinions.map((o) => ({ id: o.id, fromUnitId: o.fromUnitId, fromOffice: o.fromOffice, text: o.text, recordedByName: o.recordedByName, recordedAt: o.recordedAt.toISOString() })),
    verdicts: runs.map((r) => ({
      id: r.id, stage: r.stage as CandidateDetail['verdicts'][number]['stage'], stageLabel: VERDICT_STAGE_LABELS[r.stage as keyof typeof VERDICT_STAGE_LABELS],
      status: r.status, statusLabel: (VERDICT_STATUS_LABELS as Record<string, string>)[r.status] ?? r.status, asOf: r.asOf, ranAt: r.ranAt.toISOString(), verdict: r.verdict,
    })),
  };
}

const reread = async (ctx: ProposalsCtx, id: string) => {
  const { candidate, proposal } = await rereadCandidate(ctx, id);
  return detailOf(ctx, candidate, proposal);
};

// ---- The unit's side --------------------------------------------------------------------------------

/** The award is in the round's scope and fits the subject (individual or collective). */
function checkAward(round: { name: string; awardCodes: string[] }, awardCode: string, collective: boolean, onDate: string) {
  if (!round.awardCodes.includes(awardCode)) {
    const allowed = round.awardCodes.map((c) => AWARD_LABELS[c as AwardCode] ?? c).join(', ');
    throw validation([{ ...AWARD_FIELD, message: `"${AWARD_LABELS[awardCode as AwardCode] ?? awardCode}" không thuộc đợt xét "${round.name}" (đợt này xét: ${allowed}).` }]);
  }
  const target = findAward(awardCode as AwardCode, onDate).target;
  if (target !== 'both' && (target === 'collective') !== collective) {
    throw validation([{ ...AWARD_FIELD, message: `"${AWARD_LABELS[awardCode as AwardCode]}" chỉ xét tặng cho ${target === 'individual' ? 'cá nhân' : 'tập thể'}.` }]);
  }
}

/** Refuses the same subject and award in the round, and the same person proposed by another unit. */
async function checkDuplicates(db: Db, p: ProposalWithNames, subject: { personId: string | null; unitId: string | null }, awardCode: string, exceptId?: string) {
  const others = (await sameSubjectInRound(db, p.roundId, subject)).filter((o) => o.id !== exceptId);
  const where = (o: (typeof others)[number]) =>
    `${o.proposalTitle ? `hồ sơ «${o.proposalTitle}»` : 'hồ sơ'} của ${o.proposalUnitName} (${PROPOSAL_STATUS_LABELS[o.proposalStatus as ProposalStatus]})`;
  const same = others.find((o) => o.awardCode === awardCode);
  if (same) {
    throw new AppError('CONFLICT', `Đã được đề nghị ${AWARD_LABELS[awardCode as AwardCode] ?? awardCode} trong đợt này, ở ${where(same)}.`,
      [{ path: subject.personId ? 'personId' : 'unitId', field: subject.personId ? 'Cán bộ' : 'Tập thể', message: `đã có trong ${where(same)}.` }],
      { proposalId: same.proposalId, candidateId: same.id });
  }
  const otherUnit = subject.personId ? others.find((o) => o.proposalUnitId !== p.unitId) : undefined;
  if (otherUnit) {
    throw new AppError('CONFLICT', `Cán bộ này đã được ${otherUnit.proposalUnitName} đề nghị trong đợt này, ở ${where(otherUnit)}: một người chỉ do một đơn vị đề nghị.`,
      [{ path: 'personId', field: 'Cán bộ', message: `đã được ${otherUnit.proposalUnitName} đề nghị trong ${where(otherUnit)}.` }],
      { proposalId: otherUnit.proposalId, candidateId: otherUnit.id });
  }
}

/** The subject is a person or a collective of the proposing unit's subtree (and of the writer's reach). */
async function resolveSubject(ctx: ProposalsCtx, p: ProposalWithNames, input: { personId?: string; unitId?: string }) {
  const db = dbOf(ctx);
  const subtree = subtreeOf(ctx.units, [p.unitId]);
  const write = reach(ctx).write as Scope;
  if (input.personId) {
    const person = await getPerson(db, { kind: 'agency', agencyId: ctx.actor.agencyId }, input.personId);
    if (!person || !subtree.has(person.unitId) || !scopeCovers(write, { agencyId: ctx.actor.agencyId, unitId: person.unitId })) {
      throw validation([{ path: 'personId', field: 'Cán bộ', message: `Không phải cán bộ của ${p.unitName} (hoặc đơn vị trực thuộc).` }]);
    }
    if (person.status !== 'active') throw validation([{ path: 'personId', field: 'Cán bộ', message: `${person.fullName} không còn công tác.` }]);
    return { personId: person.id, unitId: null, name: person.fullName };
  }
  const [unit] = await db.select().from(units).where(and(eq(units.id, input.unitId!), eq(units.agencyId, ctx.actor.agencyId)));
  if (!unit || !subtree.has(unit.id) || !scopeCovers(write, { agencyId: ctx.actor.agencyId, unitId: unit.id })) {
    throw validation([{ path: 'unitId', field: 'Tập thể', message: `Không phải ${p.unitName} hoặc đơn vị trực thuộc.` }]);
  }
  return { personId: null, unitId: unit.id, name: unit.name };
}

export async function addCandidate(ctx: ProposalsCtx, proposalId: string, input: AddCandidateInput) {
  const db = dbOf(ctx);
  const p = await requireOwnProposal(ctx, proposalId);
  assertProposalEditable(p.status as ProposalStatus);
  const round = (await roundById(db, ctx.actor.agencyId, p.roundId))!;
  const year = roundYear(round);
  const subject = await resolveSubject(ctx, p, input);
  checkAward(round, input.awardCode, !!subject.unitId, `${year}-12-31`);
  await checkDuplicates(db, p, subject, input.awardCode);
  const asOf = todayOf(ctx);
  const verdict = await judgeCandidate(db, ctx.actor.agencyId, { personId: subject.personId, subjectUnitId: subject.unitId, awardCode: input.awardCode, basisType: input.basisType }, year, asOf);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(proposalCandidates).values({
      agencyId: ctx.actor.agencyId, proposalId, roundId: p.roundId, personId: subject.personId, subjectUnitId: subject.unitId, awardCode: input.awardCode,
      basisType: input.basisType, note: input.note, createdById: ctx.actor.userId,
    }).returning();
    await storeRun(tx, ctx.actor, row!.id, 'added', verdict, asOf);
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal_candidate.added', entityId: row!.id, label: subjectLabel({ name: subject.name, awardCode: input.awardCode }),
      data: { proposalId, personId: subject.personId, unitId: subject.unitId, awardCode: input.awardCode, basisType: input.basisType, verdictStatus: verdict?.status ?? null },
    });
    return row!.id;
  });
  return reread(ctx, id);
}

export async function updateCandidate(ctx: ProposalsCtx, id: string, input: UpdateCandidateInput) {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id, 'write');
  assertProposalEditable(p.status as ProposalStatus);
  const round = (await roundById(db, ctx.actor.agencyId, p.roundId))!;
  const year = roundYear(round);
  const awardCode = input.awardCode ?? c.awardCode;
  const basisType = input.basisType ?? c.basisType;
  if (input.awardCode && input.awardCode !== c.awardCode) {
    checkAward(round, awardCode, !!c.subjectUnitId, `${year}-12-31`);
    await checkDuplicates(db, p, { personId: c.personId, unitId: c.subjectUnitId }, awardCode, c.id);
  }
  const rejudge = awardCode !== c.awardCode || basisType !== c.basisType;
  const asOf = todayOf(ctx);
  const verdict = rejudge ? await judgeCandidate(db, ctx.actor.agencyId, { ...c, awardCode, basisType }, year, asOf) : undefined;
  await db.transaction(async (tx) => {
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const [after] = await tx.update(proposalCandidates).set({ ...changes, updatedAt: new Date() }).where(eq(proposalCandidates.id, id)).returning();
    if (verdict !== undefined) await storeRun(tx, ctx.actor, id, 'added', verdict, asOf);
    const { name: _n, code: _c, unitName: _u, position: _p, personUnitId: _pu, ...before } = c;
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.updated', entityId: id, label: subjectLabel({ name: c.name, awardCode }), data: { before, after: after! } });
  });
  return reread(ctx, id);
}

/** A candidate leaves a proposal only while it is a draft (afterwards the office's history stays). */
export async function removeCandidate(ctx: ProposalsCtx, id: string) {
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id, 'write');
  if (p.status !== 'draft') {
    throw invalidTransition(`Chỉ bỏ người, tập thể khỏi hồ sơ khi hồ sơ "${PROPOSAL_STATUS_LABELS.draft}" (hồ sơ đang "${PROPOSAL_STATUS_LABELS[p.status as ProposalStatus]}").`, { from: p.status, action: 'remove' });
  }
  await dbOf(ctx).transaction(async (tx) => {
    for (const t of [proposalCandidateAttachments, proposalCandidateRequests, proposalCandidateOpinions, proposalCandidateVerdicts]) {
      await tx.delete(t).where(eq(t.candidateId, id));
    }
    await tx.delete(proposalCandidates).where(eq(proposalCandidates.id, id));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.removed', entityId: id, label: subjectLabel(c), data: { proposalId: p.id, awardCode: c.awardCode } });
  });
  return { ok: true as const };
}

const FILE_KIND_NAMES: Record<string, string> = { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', jpeg: 'ảnh JPEG', png: 'ảnh PNG' };

export async function attachFile(ctx: ProposalsCtx, id: string, input: AttachFileInput) {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id, 'write');
  assertProposalEditable(p.status as ProposalStatus);
  const file = await fileById(db, ctx.actor.agencyId, input.fileId);
  if (!file || file.objectType !== 'proposal_candidate' || file.objectId !== id) {
    throw validation([{ path: 'fileId', field: 'Tệp', message: 'Không tìm thấy tệp đã tải lên cho người, tập thể này (tải tệp lên trước, với objectType=proposal_candidate).' }]);
  }
  const accepted = ATTACHMENT_FILE_KINDS[input.kind];
  if (!accepted.includes(file.kind)) {
    throw validation([{
      path: 'fileId', field: 'Tệp',
      message: `${ATTACHMENT_KIND_LABELS[input.kind]} phải là ${accepted.map((k) => FILE_KIND_NAMES[k]).join(' hoặc ')}; tệp "${file.fileName}" là ${FILE_KIND_NAMES[file.kind] ?? file.kind}.`,
    }]);
  }
  const [dup] = await db.select({ id: proposalCandidateAttachments.id }).from(proposalCandidateAttachments)
    .where(and(eq(proposalCandidateAttachments.candidateId, id), eq(proposalCandidateAttachments.fileId, file.id)));
  if (dup) throw new AppError('CONFLICT', `Tệp "${file.fileName}" đã được đính kèm.`, [{ path: 'fileId', field: 'Tệp', message: 'đã được đính kèm.' }]);
  await db.transaction(async (tx) => {
    const [a] = await tx.insert(proposalCandidateAttachments).values({
      candidateId: id, kind: input.kind, fileId: file.id, note: input.note, attachedById: ctx.actor.userId, attachedByName: ctx.actor.displayName,
    }).returning();
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal_candidate.attached', entityId: id, label: subjectLabel(c),
      data: { proposalId: p.id, attachmentId: a!.id, kind: input.kind, fileId: file.id, fileName: file.fileName },
    });
  });
  return reread(ctx, id);
}

export async function detachFile(ctx: ProposalsCtx, id: string, attachmentId: string) {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await requireCandidate(ctx, id, 'write');
  assertProposalEditable(p.status as ProposalStatus);
  const [a] = (await attachmentsOf(db, [id])).filter((x) => x.a.id === attachmentId);
  if (!a) throw notFound('tài liệu đính kèm');
  await db.transaction(async (tx) => {
    await tx.delete(proposalCandidateAttachments).where(eq(proposalCandidateAttachments.id, attachmentId));
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal_candidate.detached', entityId: id, label: subjectLabel(c),
      data: { proposalId: p.id, attachmentId, kind: a.a.kind, fileId: a.a.fileId, fileName: a.fileName },
    });
  });
  return reread(ctx, id);
}

// ---- The office's side ----------------------------------------------------------------------------

async function forReview(ctx: ProposalsCtx, id: string) {
  if (!mayReview(ctx)) throw notFound('người, tập thể được đề nghị');
  return requireCandidate(ctx, id, 'review');
}

async function moveCandidate(tx: Db, id: string, from: string, to: CandidateStatus, extra: Partial<typeof proposalCandidates.$inferInsert> = {}) {
  const [row] = await tx.update(proposalCandidates).set({ status: to, updatedAt: new Date(), ...extra })
    .where(and(eq(proposalCandidates.id, id), eq(proposalCandidates.status, from))).returning();
  if (!row) throw invalidTransition('Người, tập thể này vừa được người khác thay đổi trạng thái; hãy tải lại trang.', { from, to });
  return row;
}

export async function acceptCandidateCase(ctx: ProposalsCtx, id: string, note?: string) {
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  assertProposalInReview(p.status as ProposalStatus);
  const to = acceptCandidate(c.status as CandidateStatus);
  if (c.verdictStatus && !ACCEPTABLE_VERDICTS.has(c.verdictStatus) && !c.override) {
    const label = (VERDICT_STATUS_LABELS as Record<string, string>)[c.verdictStatus] ?? c.verdictStatus;
    throw new AppError('CONFLICT',
      `${c.name}: kết quả kiểm tra điều kiện là "${label}". Chỉ chấp nhận khi Văn phòng ghi rõ lý do vẫn đề nghị (nút "Vẫn đề nghị").`,
      [{ path: 'override', field: 'Lý do vẫn đề nghị', message: 'Chưa có: cần ghi lý do trước khi chấp nhận.' }], { verdictStatus: c.verdictStatus, overrideRequired: true });
  }
  await dbOf(ctx).transaction(async (tx) => {
    await moveCandidate(tx, id, c.status, to, { decidedById: ctx.actor.userId, decidedAt: new Date(), decisionReason: null });
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal_candidate.accepted', entityId: id, label: subjectLabel(c),
      data: { proposalId: p.id, from: c.status, to, verdictStatus: c.verdictStatus, override: c.override, ...(note ? { note } : {}) },
    });
    await settleReview(ctx, tx, p.id);
  });
  return reread(ctx, id);
}

/** Return or reject a candidate: the same step with a written reason, told apart by its transition and event. */
async function decideWithReason(
  ctx: ProposalsCtx, id: string, reason: string,
  transition: (from: CandidateStatus) => CandidateStatus,
  event: 'proposal_candidate.returned' | 'proposal_candidate.rejected',
) {
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  assertProposalInReview(p.status as ProposalStatus);
  const to = transition(c.status as CandidateStatus);
  await dbOf(ctx).transaction(async (tx) => {
    await moveCandidate(tx, id, c.status, to, { decidedById: ctx.actor.userId, decidedAt: new Date(), decisionReason: reason });
    await appendAudit(tx, { ...auditWho(ctx.actor), event, entityId: id, label: subjectLabel(c), data: { proposalId: p.id, from: c.status, to, reason } });
    await settleReview(ctx, tx, p.id);
  });
  return reread(ctx, id);
}

export const returnCandidateCase = (ctx: ProposalsCtx, id: string, reason: string) =>
  decideWithReason(ctx, id, reason, returnCandidate, 'proposal_candidate.returned');

export const rejectCandidateCase = (ctx: ProposalsCtx, id: string, reason: string) =>
  decideWithReason(ctx, id, reason, rejectCandidate, 'proposal_candidate.rejected');

/** "Vẫn đề nghị": the office's written reason to accept a candidate the engine did not find eligible. */
export async function overrideCandidate(ctx: ProposalsCtx, id: string, reason: string) {
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  assertProposalInReview(p.status as ProposalStatus);
  if (c.status !== 'pending') {
    throw invalidTransition(`Chỉ ghi lý do vẫn đề nghị khi người, tập thể đang "${CANDIDATE_STATUS_LABELS.pending}" (đang "${CANDIDATE_STATUS_LABELS[c.status as CandidateStatus]}").`, { from: c.status, action: 'override' });
  }
  await dbOf(ctx).transaction(async (tx) => {
    await tx.update(proposalCandidates).set({
      override: true, overrideReason: reason, overrideById: ctx.actor.userId, overrideByName: ctx.actor.displayName, overrideAt: new Date(), updatedAt: new Date(),
    }).where(eq(proposalCandidates.id, id));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.overridden', entityId: id, label: subjectLabel(c), data: { proposalId: p.id, reason, verdictStatus: c.verdictStatus } });
  });
  return reread(ctx, id);
}

export async function setSummary(ctx: ProposalsCtx, id: string, summary: string | null) {
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  if (p.status === 'draft') {
    throw invalidTransition(`Văn phòng chỉ ghi tóm tắt thành tích khi hồ sơ đã được gửi (hồ sơ đang "${PROPOSAL_STATUS_LABELS.draft}").`, { from: p.status, action: 'summary' });
  }
  const value = summary && summary.trim() ? summary.trim() : null;
  await dbOf(ctx).transaction(async (tx) => {
    await tx.update(proposalCandidates).set({ summary: value, updatedAt: new Date() }).where(eq(proposalCandidates.id, id));
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.summary_set', entityId: id, label: subjectLabel(c), data: { proposalId: p.id, summary: value } });
  });
  return reread(ctx, id);
}

export async function requestFix(ctx: ProposalsCtx, id: string, input: RequestInput) {
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  assertProposalInReview(p.status as ProposalStatus);
  if (c.status !== 'pending' && c.status !== 'returned') {
    throw invalidTransition(`Không yêu cầu bổ sung khi người, tập thể đã "${CANDIDATE_STATUS_LABELS[c.status as CandidateStatus]}".`, { from: c.status, action: 'request' });
  }
  const what = input.target === 'field'
    ? (REQUEST_FIELD_LABELS as Record<string, string>)[input.item] ?? input.item
    : ATTACHMENT_KIND_LABELS[input.item as keyof typeof ATTACHMENT_KIND_LABELS] ?? input.item;
  await dbOf(ctx).transaction(async (tx) => {
    const [r] = await tx.insert(proposalCandidateRequests).values({
      candidateId: id, target: input.target, item: input.item, message: input.message, requestedById: ctx.actor.userId, requestedByName: ctx.actor.displayName,
    }).returning();
    await appendAudit(tx, {
      ...auditWho(ctx.actor), event: 'proposal_candidate.requested', entityId: id, label: subjectLabel(c),
      data: { proposalId: p.id, requestId: r!.id, target: input.target, item: input.item, message: input.message },
    });
    await noticeRequested(ctx.app, tx, ctx.actor, p, subjectLabel(c), what, input.message);
  });
  return reread(ctx, id);
}

async function requireRequest(ctx: ProposalsCtx, requestId: string, need: 'write' | 'review') {
  const [r] = await dbOf(ctx).select().from(proposalCandidateRequests).where(eq(proposalCandidateRequests.id, requestId));
  if (!r) throw notFound('yêu cầu bổ sung');
  try {
    const found = need === 'review' ? await forReview(ctx, r.candidateId) : await requireCandidate(ctx, r.candidateId, 'write');
    return { request: r, ...found };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound('yêu cầu bổ sung');
    throw err;
  }
}

/** The unit says it fixed what was asked (while its proposal is back with it). */
export async function fixRequestCase(ctx: ProposalsCtx, requestId: string, input: FixRequestInput) {
  const { request: r, candidate: c, proposal: p } = await requireRequest(ctx, requestId, 'write');
  assertProposalEditable(p.status as ProposalStatus);
  const to = fixRequest(r.status as RequestStatus);
  await dbOf(ctx).transaction(async (tx) => {
    const [row] = await tx.update(proposalCandidateRequests).set({ status: to, fixNote: input.note, fixedById: ctx.actor.userId, fixedAt: new Date() })
      .where(and(eq(proposalCandidateRequests.id, requestId), eq(proposalCandidateRequests.status, r.status))).returning();
    if (!row) throw invalidTransition(`Yêu cầu bổ sung vừa được thay đổi (đang "${REQUEST_STATUS_LABELS[r.status as RequestStatus]}"); hãy tải lại trang.`, { from: r.status, to });
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.request_fixed', entityId: c.id, label: subjectLabel(c), data: { proposalId: p.id, requestId, item: r.item, note: input.note } });
  });
  return requestView((await dbOf(ctx).select().from(proposalCandidateRequests).where(eq(proposalCandidateRequests.id, requestId)))[0]!);
}

/** The office closes a request (satisfied, or no longer needed). */
export async function closeRequestCase(ctx: ProposalsCtx, requestId: string) {
  const { request: r, candidate: c, proposal: p } = await requireRequest(ctx, requestId, 'review');
  const to = closeRequest(r.status as RequestStatus);
  await dbOf(ctx).transaction(async (tx) => {
    const [row] = await tx.update(proposalCandidateRequests).set({ status: to, closedById: ctx.actor.userId, closedAt: new Date() })
      .where(and(eq(proposalCandidateRequests.id, requestId), eq(proposalCandidateRequests.status, r.status))).returning();
    if (!row) throw invalidTransition(`Yêu cầu bổ sung vừa được thay đổi (đang "${REQUEST_STATUS_LABELS[r.status as RequestStatus]}"); hãy tải lại trang.`, { from: r.status, to });
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.request_closed', entityId: c.id, label: subjectLabel(c), data: { proposalId: p.id, requestId, item: r.item } });
    await settleReview(ctx, tx, p.id);
  });
  return requestView((await dbOf(ctx).select().from(proposalCandidateRequests).where(eq(proposalCandidateRequests.id, requestId)))[0]!);
}

export async function addOpinion(ctx: ProposalsCtx, id: string, input: OpinionInput) {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  if (p.status === 'draft') {
    throw invalidTransition(`Chỉ ghi ý kiến khi hồ sơ đã được gửi (hồ sơ đang "${PROPOSAL_STATUS_LABELS.draft}").`, { from: p.status, action: 'opinion' });
  }
  let fromOffice = input.fromOffice ?? '';
  if (input.fromUnitId) {
    const [u] = await db.select().from(units).where(and(eq(units.id, input.fromUnitId), eq(units.agencyId, ctx.actor.agencyId)));
    if (!u) throw validation([{ path: 'fromUnitId', field: 'Đơn vị cho ý kiến', message: 'Không tìm thấy đơn vị.' }]);
    fromOffice ||= u.name;
  }
  await db.transaction(async (tx) => {
    const [o] = await tx.insert(proposalCandidateOpinions).values({
      candidateId: id, fromUnitId: input.fromUnitId ?? null, fromOffice, text: input.text, recordedById: ctx.actor.userId, recordedByName: ctx.actor.displayName,
    }).returning();
    await appendAudit(tx, { ...auditWho(ctx.actor), event: 'proposal_candidate.opinion_added', entityId: id, label: subjectLabel(c), data: { proposalId: p.id, opinionId: o!.id, fromOffice, text: input.text } });
  });
  return reread(ctx, id);
}

/** The office runs the engine again on one candidate (stage "review"), e.g. after records were completed. */
export async function rerunVerdict(ctx: ProposalsCtx, id: string) {
  const db = dbOf(ctx);
  const { candidate: c, proposal: p } = await forReview(ctx, id);
  if (p.status === 'draft') {
    throw invalidTransition(`Văn phòng chỉ kiểm tra lại khi hồ sơ đã được gửi (hồ sơ đang "${PROPOSAL_STATUS_LABELS.draft}").`, { from: p.status, action: 'rerun' });
  }
  const round = (await roundById(db, ctx.actor.agencyId, p.roundId))!;
  const asOf = todayOf(ctx);
  const verdict = await judgeCandidate(db, ctx.actor.agencyId, c, roundYear(round), asOf);
  await db.transaction((tx) => storeRun(tx, ctx.actor, id, 'review', verdict, asOf));
  return reread(ctx, id);
}

