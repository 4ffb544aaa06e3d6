/**
 * The three state machines of the proposal workflow (issue 6; tdkt-rules.md §7), as explicit tables:
 * each transition names the states it may start from and the state it leads to. One function per
 * transition checks the source state and returns the target, or throws INVALID_TRANSITION (→ 409)
 * with a Vietnamese message naming the state the object is in. Pure: the services load the object,
 * call the transition, then persist the returned state with its audit entry in one transaction.
 *
 *   Round:     draft ─open→ open ─close→ closed ─toCouncil→ council ─decide→ decided
 *                                 closed ─reopen→ open (the office extends the deadline)
 *   Proposal:  draft ─submit→ submitted ─open→ in_review ─return→ returned ─submit→ submitted …
 *              submitted ─recall→ draft (only before the office opened it)
 *              in_review ─complete→ completed (every candidate accepted or rejected, no open request)
 *   Candidate: pending ─accept→ accepted | ─return→ returned | ─reject→ rejected
 *              returned ─resubmit→ pending (when the unit resubmits the proposal)
 */
import { invalidTransition } from '../errors';

export const ROUND_STATUSES = ['draft', 'open', 'closed', 'council', 'decided'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  draft: 'Dự thảo',
  open: 'Đang nhận hồ sơ',
  closed: 'Đã hết hạn nhận hồ sơ',
  council: 'Đang trình Hội đồng',
  decided: 'Đã quyết định',
};

export const ROUND_KINDS = ['annual', 'thematic', 'ad_hoc', 'movement_summary'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  annual: 'Khen thưởng công trạng hằng năm',
  thematic: 'Khen thưởng chuyên đề, theo đợt',
  ad_hoc: 'Khen thưởng đột xuất',
  movement_summary: 'Khen thưởng tổng kết phong trào thi đua',
};

export const PROPOSAL_STATUSES = ['draft', 'submitted', 'in_review', 'returned', 'completed'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ Văn phòng tiếp nhận',
  in_review: 'Văn phòng đang xem xét',
  returned: 'Trả lại để bổ sung, sửa',
  completed: 'Đã xem xét xong',
};

export const CANDIDATE_STATUSES = ['pending', 'accepted', 'returned', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  pending: 'Chờ xem xét',
  accepted: 'Văn phòng chấp nhận',
  returned: 'Trả lại đơn vị',
  rejected: 'Không đề nghị',
};

export const REQUEST_STATUSES = ['open', 'fixed', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: 'Chờ đơn vị bổ sung',
  fixed: 'Đơn vị đã bổ sung',
  closed: 'Đã xong',
};

export const VERDICT_STAGES = ['added', 'submitted', 'review', 'agenda'] as const;
export type VerdictStage = (typeof VERDICT_STAGES)[number];
export const VERDICT_STAGE_LABELS: Record<VerdictStage, string> = {
  added: 'Khi thêm vào hồ sơ',
  submitted: 'Khi đơn vị gửi',
  review: 'Khi Văn phòng xem xét',
  agenda: 'Khi lập chương trình họp Hội đồng',
};

/** A transition table: action → the states it may start from and the state it leads to. */
export type TransitionTable<S extends string> = Record<string, { from: readonly S[]; to: S; labelVi: string }>;

export const ROUND_TRANSITIONS = {
  open: { from: ['draft'], to: 'open', labelVi: 'mở đợt nhận hồ sơ' },
  close: { from: ['open'], to: 'closed', labelVi: 'kết thúc nhận hồ sơ' },
  reopen: { from: ['closed'], to: 'open', labelVi: 'mở lại đợt nhận hồ sơ' },
  toCouncil: { from: ['closed'], to: 'council', labelVi: 'trình Hội đồng' },
  decide: { from: ['council'], to: 'decided', labelVi: 'ghi nhận đã quyết định' },
} as const satisfies TransitionTable<RoundStatus>;
export type RoundAction = keyof typeof ROUND_TRANSITIONS;

export const PROPOSAL_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', labelVi: 'gửi hồ sơ' },
  recall: { from: ['submitted'], to: 'draft', labelVi: 'rút lại hồ sơ' },
  open: { from: ['submitted'], to: 'in_review', labelVi: 'tiếp nhận, xem xét hồ sơ' },
  return: { from: ['in_review'], to: 'returned', labelVi: 'trả lại hồ sơ' },
  complete: { from: ['in_review'], to: 'completed', labelVi: 'kết thúc xem xét hồ sơ' },
} as const satisfies TransitionTable<ProposalStatus>;
export type ProposalAction = keyof typeof PROPOSAL_TRANSITIONS;

export const CANDIDATE_TRANSITIONS = {
  accept: { from: ['pending'], to: 'accepted', labelVi: 'chấp nhận' },
  return: { from: ['pending'], to: 'returned', labelVi: 'trả lại' },
  reject: { from: ['pending'], to: 'rejected', labelVi: 'không đề nghị' },
  resubmit: { from: ['returned'], to: 'pending', labelVi: 'gửi lại' },
} as const satisfies TransitionTable<CandidateStatus>;
export type CandidateAction = keyof typeof CANDIDATE_TRANSITIONS;

export const REQUEST_TRANSITIONS = {
  fix: { from: ['open'], to: 'fixed', labelVi: 'báo đã bổ sung' },
  close: { from: ['open', 'fixed'], to: 'closed', labelVi: 'đóng yêu cầu' },
} as const satisfies TransitionTable<RequestStatus>;
export type RequestAction = keyof typeof REQUEST_TRANSITIONS;

function step<S extends string>(
  table: TransitionTable<S>, labels: Record<S, string>, what: string, action: string, from: S,
): S {
  const t = table[action]!;
  if (!(t.from as readonly S[]).includes(from)) {
    const allowed = t.from.map((s) => `"${labels[s]}"`).join(' hoặc ');
    throw invalidTransition(
      `Không thể ${t.labelVi} khi ${what} đang ở trạng thái "${labels[from] ?? from}" (chỉ khi ${allowed}).`,
      { from, to: t.to, action },
    );
  }
  return t.to;
}

/** Whether `action` may start from `from` (for abilities and lists). */
export const canStep = <S extends string>(table: TransitionTable<S>, action: string, from: S) =>
  !!table[action] && (table[action]!.from as readonly S[]).includes(from);

// ---- Round ---------------------------------------------------------------------------------------
const round = (action: RoundAction) => (from: RoundStatus): RoundStatus => step(ROUND_TRANSITIONS, ROUND_STATUS_LABELS, 'đợt xét', action, from);
export const openRound = round('open');
export const closeRound = round('close');
export const reopenRound = round('reopen');
export const sendRoundToCouncil = round('toCouncil');
export const decideRound = round('decide');
export const roundStep = (action: RoundAction, from: RoundStatus) => round(action)(from);

// ---- Proposal ------------------------------------------------------------------------------------
const proposal = (action: ProposalAction) => (from: ProposalStatus): ProposalStatus =>
  step(PROPOSAL_TRANSITIONS, PROPOSAL_STATUS_LABELS, 'hồ sơ đề nghị', action, from);
export const submitProposal = proposal('submit');
export const recallProposal = proposal('recall');
export const openProposal = proposal('open');
export const returnProposal = proposal('return');
export const completeProposal = proposal('complete');

/** A proposal may be edited (candidates, attachments, fields) by its unit only while a draft or returned. */
export const PROPOSAL_EDITABLE: readonly ProposalStatus[] = ['draft', 'returned'];
export function assertProposalEditable(status: ProposalStatus): void {
  if (!PROPOSAL_EDITABLE.includes(status)) {
    throw invalidTransition(
      `Không thể sửa hồ sơ đề nghị khi đang ở trạng thái "${PROPOSAL_STATUS_LABELS[status]}" (chỉ khi "${PROPOSAL_STATUS_LABELS.draft}" hoặc "${PROPOSAL_STATUS_LABELS.returned}").`,
      { from: status, action: 'edit' },
    );
  }
}
/** The office acts on candidates (accept, return, reject, requests, opinions, override) only while it reviews the proposal. */
export function assertProposalInReview(status: ProposalStatus): void {
  if (status !== 'in_review') {
    throw invalidTransition(
      `Văn phòng chỉ xem xét ứng viên khi hồ sơ đang ở trạng thái "${PROPOSAL_STATUS_LABELS.in_review}" (hồ sơ đang "${PROPOSAL_STATUS_LABELS[status]}").`,
      { from: status, action: 'review' },
    );
  }
}
/** Units create and submit proposals only while the round is open. */
export function assertRoundOpen(status: RoundStatus): void {
  if (status !== 'open') {
    throw invalidTransition(
      `Đợt xét đang ở trạng thái "${ROUND_STATUS_LABELS[status]}": chỉ nhận, gửi hồ sơ khi đợt "${ROUND_STATUS_LABELS.open}".`,
      { from: status, action: 'propose' },
    );
  }
}

// ---- Candidate -----------------------------------------------------------------------------------
const candidate = (action: CandidateAction) => (from: CandidateStatus): CandidateStatus =>
  step(CANDIDATE_TRANSITIONS, CANDIDATE_STATUS_LABELS, 'ứng viên', action, from);
export const acceptCandidate = candidate('accept');
export const returnCandidate = candidate('return');
export const rejectCandidate = candidate('reject');
export const resubmitCandidate = candidate('resubmit');

// ---- Request -------------------------------------------------------------------------------------
const request = (action: RequestAction) => (from: RequestStatus): RequestStatus =>
  step(REQUEST_TRANSITIONS, REQUEST_STATUS_LABELS, 'yêu cầu bổ sung', action, from);
export const fixRequest = request('fix');
export const closeRequest = request('close');

/**
 * What becomes of a proposal under review once the office has acted on a candidate: still in review
 * while a candidate waits; when none waits, returned if one was returned or a request is still open,
 * else completed.
 */
export function reviewOutcome(candidates: readonly { status: CandidateStatus }[], openRequests: number): 'in_review' | 'returned' | 'completed' {
  if (candidates.some((c) => c.status === 'pending')) return 'in_review';
  if (candidates.some((c) => c.status === 'returned') || openRequests > 0) return 'returned';
  return 'completed';
}
