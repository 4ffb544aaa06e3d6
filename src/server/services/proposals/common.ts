/**
 * What every proposals use case shares: who may do what (the proposals policies' scopes for this
 * actor), loading an object inside the reader's reach ("not found" outside it), the engine run on a
 * candidate, and the views sent to the web app (with abilities, so it shows only the buttons that work).
 */
import { format } from 'date-fns';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { proposalCandidateVerdicts, proposalCandidates, units } from '../../../db/schema';
import {
  attachmentKindsOfProposals, attachmentsOf, candidateById, opinionsOf, proposalById, requestsOf, type CandidateWithNames, type ProposalWithNames, type RequestRow, type RoundRow,
} from '../../../db/queries/proposals';
import type { Actor } from '../../../domain/auth/roles';
import { AWARD_LABELS, BASIS_TYPE_LABELS, EVALUABLE_AWARDS, type AwardCode, type BasisType, type CstdcsPath, type EvaluableAward } from '../../../domain/catalogue';
import { evaluateMany, VERDICT_STATUS_LABELS, type Verdict } from '../../../domain/eligibility';
import { policies, scopeCovers, scopeFor, type Scope, type UnitNode } from '../../../domain/policies';
import {
  ATTACHMENT_KIND_LABELS, CANDIDATE_STATUS_LABELS, PROPOSAL_EDITABLE, PROPOSAL_STATUS_LABELS, REQUEST_STATUS_LABELS, canStep, CANDIDATE_TRANSITIONS,
  PROPOSAL_TRANSITIONS, dossierChecklist, dossierRequirements, type AttachmentKind, type CandidateStatus, type ProposalStatus, type RequestStatus,
  type VerdictStage,
} from '../../../domain/proposals';
import { REQUEST_FIELD_LABELS, type CandidateView, type ProposalView, type QuotaCheckView, type RequestView } from '../../../shared/schemas/proposals';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { explainPerson, explainUnit } from '../screening/explain';
import { personCase, unitCase } from '../screening/build-cases';
import { loadCaseData } from '../../../db/queries/records/case-data';
import { agencySettingsAt } from '../records/settings';

/** What a use case needs: the app (database, queue, clock for notifications), the actor, the unit tree. */
export interface ProposalsCtx {
  app: Pick<AppContext, 'database' | 'queue' | 'config' | 'clock'>;
  actor: Actor;
  units: readonly UnitNode[];
}
export const dbOf = (ctx: ProposalsCtx): Db => ctx.app.database.db;
export const todayOf = (ctx: ProposalsCtx) => format(ctx.app.clock.now(), 'yyyy-MM-dd');

export async function unitTreeOf(db: Db, agencyId: string): Promise<UnitNode[]> {
  return db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agencyId));
}

/** The actor's reach under each proposals policy. */
export function reach(ctx: ProposalsCtx) {
  const s = (p: { rule: Parameters<typeof scopeFor>[1] }) => scopeFor(ctx.actor, p.rule, ctx.units);
  return {
    read: s(policies.proposals.read),
    write: s(policies.proposals.write),
    review: s(policies.proposals.review),
    manage: s(policies.proposals.roundsManage),
  };
}
const covers = (scope: Scope, agencyId: string, unitId: string) => scope.kind !== 'none' && scopeCovers(scope, { agencyId, unitId });
export const mayWrite = (ctx: ProposalsCtx, p: { agencyId: string; unitId: string }) => covers(reach(ctx).write, p.agencyId, p.unitId);
export const mayReview = (ctx: ProposalsCtx) => reach(ctx).review.kind === 'agency';
export const mayRead = (ctx: ProposalsCtx, p: { agencyId: string; unitId: string }) => covers(reach(ctx).read, p.agencyId, p.unitId);

/** The proposal, if the actor may read it; else "not found" (another unit's proposal does not exist for them). */
export async function requireProposal(ctx: ProposalsCtx, id: string): Promise<ProposalWithNames> {
  const p = await proposalById(dbOf(ctx), ctx.actor.agencyId, id);
  if (!p || !mayRead(ctx, p)) throw notFound('hồ sơ đề nghị');
  return p;
}
/** The proposal the actor's unit may change (write scope), else "not found". */
export async function requireOwnProposal(ctx: ProposalsCtx, id: string): Promise<ProposalWithNames> {
  const p = await proposalById(dbOf(ctx), ctx.actor.agencyId, id);
  if (!p || !mayWrite(ctx, p)) throw notFound('hồ sơ đề nghị');
  return p;
}
/** A candidate and its proposal, if the actor may read the proposal. */
export async function requireCandidate(ctx: ProposalsCtx, id: string, need: 'read' | 'write' | 'review' = 'read') {
  const c = await candidateById(dbOf(ctx), ctx.actor.agencyId, id);
  if (!c) throw notFound('người, tập thể được đề nghị');
  const p = await proposalById(dbOf(ctx), ctx.actor.agencyId, c.proposalId);
  const ok = p && (need === 'write' ? mayWrite(ctx, p) : need === 'review' ? mayReview(ctx) && mayRead(ctx, p) : mayRead(ctx, p));
  if (!p || !ok) throw notFound('người, tập thể được đề nghị');
  return { candidate: c, proposal: p };
}

export const subjectLabel = (c: { name: string; awardCode: string }) => `${c.name} — ${AWARD_LABELS[c.awardCode as AwardCode] ?? c.awardCode}`;
export const proposalLabel = (p: { title: string; unitName: string }) => (p.title ? `«${p.title}» của ${p.unitName}` : `Hồ sơ đề nghị của ${p.unitName}`);
export const roundYear = (r: Pick<RoundRow, 'year' | 'periodTo'>) => r.year ?? Number((r.periodTo ?? '').slice(0, 4));

// ---- Engine ---------------------------------------------------------------------------------------

export const isEvaluable = (code: string): code is EvaluableAward => (EVALUABLE_AWARDS as readonly string[]).includes(code);
/** Statuses the office may accept without an override. */
export const ACCEPTABLE_VERDICTS: ReadonlySet<string> = new Set(['eligible', 'awaiting_council']);

/**
 * Runs the eligibility engine on one candidate (the single-subject check of the record page:
 * explainPerson / explainUnit) for the round's year and the candidate's award and basis. Null when
 * the engine cannot judge the award (it is then accepted on the office's own review).
 */
export async function judgeCandidate(db: Db, agencyId: string, c: { personId: string | null; subjectUnitId: string | null; awardCode: string; basisType: string }, year: number, asOf: string): Promise<Verdict | null> {
  if (!isEvaluable(c.awardCode)) return null;
  const agency: Scope = { kind: 'agency', agencyId };
  const opts = { year, award: c.awardCode, asOf, basisType: c.basisType as BasisType };
  const result = c.personId ? await explainPerson(db, agency, agencyId, c.personId, opts) : await explainUnit(db, agency, agencyId, c.subjectUnitId!, opts);
  return result.verdicts[0] ?? null;
}

/**
 * The same check for many candidates at once: the agency's records for the year loaded once (the
 * screening's case builder), each candidate judged on its award and basis. Candidate id → verdict.
 */
export async function judgeMany(
  db: Db, agencyId: string, candidates: readonly { id: string; personId: string | null; subjectUnitId: string | null; awardCode: string; basisType: string }[], year: number, asOf: string,
): Promise<Map<string, Verdict | null>> {
  const out = new Map<string, Verdict | null>();
  if (!candidates.length) return out;
  const [data, settings] = await Promise.all([loadCaseData(db, { agencyId, year }), agencySettingsAt(db, agencyId, asOf)]);
  for (const c of candidates) {
    if (!isEvaluable(c.awardCode)) {
      out.set(c.id, null);
      continue;
    }
    const kase = c.personId ? personCase(data, c.personId, { year, asOf }) : unitCase(data, c.subjectUnitId!, { year, asOf });
    if (kase) kase.basisType = c.basisType as BasisType;
    out.set(c.id, kase ? (evaluateMany([kase], [c.awardCode], settings)[0]?.[0] ?? null) : null);
  }
  return out;
}

/** Stores a run (inside the caller's transaction) and keeps the candidate's latest status. */
export async function storeRun(tx: Db, actor: Actor, candidateId: string, stage: VerdictStage, verdict: Verdict | null, asOf: string) {
  if (!verdict) {
    await tx.update(proposalCandidates).set({ verdictStatus: null, updatedAt: new Date() }).where(eq(proposalCandidates.id, candidateId));
    return null;
  }
  const [run] = await tx.insert(proposalCandidateVerdicts).values({
    candidateId, stage, status: verdict.status, verdict, basisUsed: verdict.basisUsed ?? null, asOf, ranById: actor.userId,
  }).returning();
  await tx.update(proposalCandidates).set({ verdictStatus: verdict.status, updatedAt: new Date() }).where(eq(proposalCandidates.id, candidateId));
  return run!;
}

/** Many runs at once (the agenda run on a whole round): multi-row inserts and one status update per chunk. */
export async function storeRuns(tx: Db, actor: Actor, stage: VerdictStage, runs: readonly { candidateId: string; verdict: Verdict | null }[], asOf: string) {
  for (let i = 0; i < runs.length; i += 500) {
    const chunk = runs.slice(i, i + 500);
    const judged = chunk.filter((r) => r.verdict);
    if (judged.length) {
      await tx.insert(proposalCandidateVerdicts).values(judged.map((r) => ({
        candidateId: r.candidateId, stage, status: r.verdict!.status, verdict: r.verdict!, basisUsed: r.verdict!.basisUsed ?? null, asOf, ranById: actor.userId,
      })));
    }
    const values = sql.join(chunk.map((r) => sql`(${r.candidateId}::uuid, ${r.verdict?.status ?? null}::text)`), sql`, `);
    await tx.execute(sql`UPDATE proposal_candidates AS c SET verdict_status = v.status, updated_at = now() FROM (VALUES ${values}) AS v(id, status) WHERE c.id = v.id`);
  }
}

// ---- Views ----------------------------------------------------------------------------------------

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function requestView(r: RequestRow): RequestView {
  const itemLabel = r.target === 'field'
    ? (REQUEST_FIELD_LABELS as Record<string, string>)[r.item] ?? r.item
    : ATTACHMENT_KIND_LABELS[r.item as AttachmentKind] ?? r.item;
  return {
    id: r.id, candidateId: r.candidateId, target: r.target as 'field' | 'attachment', item: r.item, itemLabel, message: r.message,
    status: r.status as RequestStatus, statusLabel: REQUEST_STATUS_LABELS[r.status as RequestStatus], requestedByName: r.requestedByName,
    requestedAt: r.requestedAt.toISOString(), fixNote: r.fixNote, fixedAt: iso(r.fixedAt), closedAt: iso(r.closedAt),
  };
}

/** What the proposal's candidates have, for the checklists (own attachments, proposal-wide ones, opinions). */
export async function dossierFacts(db: Db, candidateIds: readonly string[]) {
  const [attachments, opinions, requests] = await Promise.all([attachmentsOf(db, candidateIds), opinionsOf(db, candidateIds), requestsOf(db, candidateIds)]);
  const own = new Map<string, AttachmentKind[]>();
  for (const a of attachments) own.set(a.a.candidateId, [...(own.get(a.a.candidateId) ?? []), a.a.kind as AttachmentKind]);
  const opinionCount = new Map<string, number>();
  for (const o of opinions) opinionCount.set(o.candidateId, (opinionCount.get(o.candidateId) ?? 0) + 1);
  return { attachments, opinions, requests, own, opinionCount, proposalKinds: attachments.map((a) => a.a.kind as AttachmentKind) };
}

/** The engine's CSTĐCS path of the latest run (which evidence the dossier needs). */
async function latestPaths(db: Db, candidateIds: readonly string[]): Promise<Map<string, CstdcsPath | undefined>> {
  const out = new Map<string, CstdcsPath | undefined>();
  if (!candidateIds.length) return out;
  const rows = await db.select({ candidateId: proposalCandidateVerdicts.candidateId, basisUsed: proposalCandidateVerdicts.basisUsed, ranAt: proposalCandidateVerdicts.ranAt })
    .from(proposalCandidateVerdicts)
    .where(inArray(proposalCandidateVerdicts.candidateId, [...candidateIds]))
    .orderBy(asc(proposalCandidateVerdicts.ranAt), asc(proposalCandidateVerdicts.id));
  for (const r of rows) out.set(r.candidateId, (r.basisUsed as { cstdcsPath?: CstdcsPath } | null)?.cstdcsPath);
  return out;
}

export function candidateAbilities(ctx: ProposalsCtx, c: { status: string }, p: { status: string; agencyId: string; unitId: string }): Record<string, boolean> {
  const write = mayWrite(ctx, p);
  const review = mayReview(ctx);
  const editable = write && PROPOSAL_EDITABLE.includes(p.status as ProposalStatus);
  const inReview = review && p.status === 'in_review';
  const status = c.status as CandidateStatus;
  return {
    edit: editable,
    remove: write && p.status === 'draft',
    attach: editable,
    accept: inReview && canStep(CANDIDATE_TRANSITIONS, 'accept', status),
    return: inReview && canStep(CANDIDATE_TRANSITIONS, 'return', status),
    reject: inReview && canStep(CANDIDATE_TRANSITIONS, 'reject', status),
    override: inReview && status === 'pending',
    request: inReview && (status === 'pending' || status === 'returned'),
    opinion: review && p.status !== 'draft',
    summary: review && p.status !== 'draft',
    rerun: review && p.status !== 'draft',
  };
}

export function proposalAbilities(ctx: ProposalsCtx, p: { status: string; agencyId: string; unitId: string; roundStatus: string }): Record<string, boolean> {
  const write = mayWrite(ctx, p);
  const review = mayReview(ctx);
  const status = p.status as ProposalStatus;
  return {
    edit: write && PROPOSAL_EDITABLE.includes(status),
    submit: write && (p.roundStatus === 'open' || (p.roundStatus === 'closed' && status === 'returned')) && canStep(PROPOSAL_TRANSITIONS, 'submit', status),
    recall: write && canStep(PROPOSAL_TRANSITIONS, 'recall', status),
    open: review && canStep(PROPOSAL_TRANSITIONS, 'open', status),
    return: review && canStep(PROPOSAL_TRANSITIONS, 'return', status),
  };
}

/** Candidate views (with checklists and abilities) of some candidates of ONE proposal or several. */
export async function candidateViews(ctx: ProposalsCtx, candidates: readonly CandidateWithNames[], proposalsById: ReadonlyMap<string, { status: string; agencyId: string; unitId: string }>) {
  const db = dbOf(ctx);
  const ids = candidates.map((c) => c.id);
  const [facts, paths, shared] = await Promise.all([
    dossierFacts(db, ids), latestPaths(db, ids), attachmentKindsOfProposals(db, [...new Set(candidates.map((c) => c.proposalId))]),
  ]);
  const kindsByProposal = new Map<string, AttachmentKind[]>();
  for (const a of shared) kindsByProposal.set(a.proposalId, [...(kindsByProposal.get(a.proposalId) ?? []), a.kind as AttachmentKind]);
  const openByCandidate = new Map<string, number>();
  for (const r of facts.requests) if (r.status === 'open') openByCandidate.set(r.candidateId, (openByCandidate.get(r.candidateId) ?? 0) + 1);
  return candidates.map((c): CandidateView => {
    const p = proposalsById.get(c.proposalId)!;
    const checklist = dossierChecklist(dossierRequirements(c.awardCode as AwardCode, c.basisType as BasisType, paths.get(c.id)), {
      own: facts.own.get(c.id) ?? [], proposal: kindsByProposal.get(c.proposalId) ?? [], opinions: facts.opinionCount.get(c.id) ?? 0, hasSummary: !!c.summary,
    });
    return {
      id: c.id, proposalId: c.proposalId, roundId: c.roundId, subjectKind: c.personId ? 'individual' : 'collective', personId: c.personId, unitId: c.subjectUnitId,
      name: c.name, code: c.code, unitName: c.unitName, position: c.position,
      awardCode: c.awardCode, awardLabel: AWARD_LABELS[c.awardCode as AwardCode] ?? c.awardCode,
      basisType: c.basisType, basisTypeLabel: BASIS_TYPE_LABELS[c.basisType as BasisType] ?? c.basisType,
      status: c.status as CandidateStatus, statusLabel: CANDIDATE_STATUS_LABELS[c.status as CandidateStatus],
      verdictStatus: c.verdictStatus, verdictStatusLabel: c.verdictStatus ? ((VERDICT_STATUS_LABELS as Record<string, string>)[c.verdictStatus] ?? c.verdictStatus) : null,
      override: c.override ? { reason: c.overrideReason ?? '', byName: c.overrideByName ?? '', at: iso(c.overrideAt) ?? '' } : null,
      summary: c.summary, note: c.note, decisionReason: c.decisionReason, openRequests: openByCandidate.get(c.id) ?? 0,
      checklist: { ...checklist, lines: checklist.lines.map((l) => ({ ...l, anyOf: [...l.anyOf] })) },
      abilities: candidateAbilities(ctx, c, p),
    };
  });
}

export function proposalView(ctx: ProposalsCtx, p: ProposalWithNames, candidates: readonly { status: string; proposalId: string }[], openRequests: number): ProposalView {
  const own = candidates.filter((c) => c.proposalId === p.id);
  const byStatus: Record<string, number> = { pending: 0, accepted: 0, returned: 0, rejected: 0 };
  for (const c of own) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return {
    id: p.id, roundId: p.roundId, roundName: p.roundName, roundStatus: p.roundStatus as ProposalView['roundStatus'], unitDeadline: p.unitDeadline,
    unitId: p.unitId, unitName: p.unitName, title: p.title, documentNo: p.documentNo,
    status: p.status as ProposalStatus, statusLabel: PROPOSAL_STATUS_LABELS[p.status as ProposalStatus], createdByName: p.createdByName,
    createdAt: p.createdAt.toISOString(), submittedAt: iso(p.submittedAt), submissions: p.submissions, openedAt: iso(p.openedAt),
    returnedAt: iso(p.returnedAt), returnReason: p.returnReason, completedAt: iso(p.completedAt),
    candidates: own.length, byStatus, openRequests, quotaCheck: (p.quotaCheck as QuotaCheckView[] | null) ?? null,
    abilities: proposalAbilities(ctx, p),
  };
}

/** Re-reads one candidate as the actor sees it (after a change). */
export async function rereadCandidate(ctx: ProposalsCtx, id: string) {
  const c = await candidateById(dbOf(ctx), ctx.actor.agencyId, id);
  const p = c && (await proposalById(dbOf(ctx), ctx.actor.agencyId, c.proposalId));
  if (!c || !p) throw notFound('người, tập thể được đề nghị');
  return { candidate: c, proposal: p };
}
