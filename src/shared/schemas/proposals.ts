/**
 * Đợt xét, hồ sơ đề nghị and the office's review (issue 6): the inputs and outputs of every
 * /api/proposal-rounds, /api/proposals, /api/proposal-candidates, /api/proposal-requests and
 * /api/me/proposals route. Shared by server and web; every message is Vietnamese and names the field.
 * States and labels: src/domain/proposals/states.ts; dossier checklist: src/domain/proposals/dossier.ts.
 */
import { z, isoDate } from '../zod-vi';
import { AWARD_CODES } from '../../domain/catalogue/awards';
import { BASIS_TYPES } from '../../domain/catalogue/codes';
import {
  CANDIDATE_STATUSES, PROPOSAL_STATUSES, REQUEST_STATUSES, ROUND_KINDS, ROUND_STATUSES, ROUND_TRANSITIONS, VERDICT_STAGES,
} from '../../domain/proposals/states';
import { ATTACHMENT_KINDS } from '../../domain/proposals/dossier';
import type { Verdict } from '../../domain/eligibility/verdict-schema';

const missingOr = (label: string, wrong: string) => (iss: { input?: unknown }) => (iss.input === undefined ? `${label} là bắt buộc` : wrong);
const idOf = (label: string) => z.uuid({ error: missingOr(label, `${label}: mã định danh không hợp lệ`) });
const text = (label: string, max: number) =>
  z.string({ error: missingOr(label, `${label} phải là chuỗi ký tự`) }).trim().max(max, `${label} tối đa ${max} ký tự`);
const required = (label: string, max: number) => text(label, max).min(1, `${label} không được để trống`);
const dateOf = (label: string) => z.string({ error: missingOr(label, `${label} phải là ngày dạng dd/mm/yyyy`) }).pipe(isoDate);
const oneOf = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: missingOr(label, `${label} không hợp lệ (một trong: ${values.join(', ')})`) });
const yearOf = (label: string) =>
  z.number({ error: missingOr(label, `${label} phải là số`) }).int(`${label} phải là số nguyên`).min(1990, `${label} phải từ 1990 trở đi`).max(2100, `${label} không hợp lệ`);
const queryYear = z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(1990, 'Năm phải từ 1990 trở đi').max(2100, 'Năm không hợp lệ');
const page = {
  page: z.coerce.number({ error: 'Trang phải là số' }).int('Trang phải là số nguyên').min(1, 'Trang phải từ 1 trở lên').max(1_000_000, 'Trang không hợp lệ').default(1),
  pageSize: z.coerce.number({ error: 'Số dòng mỗi trang phải là số' }).int('Số dòng mỗi trang phải là số nguyên').min(1, 'Số dòng mỗi trang phải từ 1 trở lên').max(200, 'Số dòng mỗi trang tối đa 200').default(50),
};

export const awardCode = oneOf('Danh hiệu, hình thức khen thưởng', AWARD_CODES);
export const basisType = oneOf('Loại khen thưởng (căn cứ)', BASIS_TYPES);
const reason = (label = 'Lý do') => required(label, 2000);

// ---- Rounds --------------------------------------------------------------------------------------

const roundFields = {
  name: required('Tên đợt xét', 300),
  kind: oneOf('Loại đợt xét', ROUND_KINDS),
  /** The achievement year (annual rounds). */
  year: yearOf('Năm thành tích').nullable().optional(),
  periodFrom: dateOf('Thành tích từ ngày').nullable().optional(),
  periodTo: dateOf('Thành tích đến ngày').nullable().optional(),
  awardCodes: z.array(awardCode, { error: 'Danh hiệu, hình thức trong đợt phải là một danh sách' })
    .min(1, 'Danh hiệu, hình thức trong đợt: chọn ít nhất một')
    .max(AWARD_CODES.length, 'Danh hiệu, hình thức trong đợt: quá nhiều'),
  opensOn: dateOf('Ngày mở đợt'),
  /** Last day units may submit. */
  unitDeadline: dateOf('Hạn gửi hồ sơ của đơn vị'),
  /** Reminder to units that have not submitted, this many working days before the deadline (0 = none). */
  reminderWorkingDays: z.number({ error: 'Số ngày làm việc nhắc trước hạn phải là số' }).int('Số ngày làm việc nhắc trước hạn phải là số nguyên')
    .min(0, 'Số ngày làm việc nhắc trước hạn không được âm').max(60, 'Số ngày làm việc nhắc trước hạn tối đa 60').default(3),
  note: text('Ghi chú', 2000).default(''),
};
type RoundWhen = { kind?: string; year?: number | null; periodFrom?: string | null; periodTo?: string | null; opensOn?: string; unitDeadline?: string };
const checkRoundWhen = (v: RoundWhen, ctx: z.RefinementCtx) => {
  if (v.kind !== undefined && v.kind === 'annual' && v.year == null) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'Năm thành tích là bắt buộc với đợt khen thưởng hằng năm' });
  }
  if (v.kind !== undefined && v.year == null && (!v.periodFrom || !v.periodTo)) {
    ctx.addIssue({ code: 'custom', path: ['periodFrom'], message: 'Nhập năm thành tích, hoặc khoảng thời gian thành tích (từ ngày, đến ngày)' });
  }
  if (v.periodFrom && v.periodTo && v.periodFrom > v.periodTo) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'Thành tích đến ngày phải sau Thành tích từ ngày' });
  }
  if (v.opensOn && v.unitDeadline && v.unitDeadline < v.opensOn) {
    ctx.addIssue({ code: 'custom', path: ['unitDeadline'], message: 'Hạn gửi hồ sơ của đơn vị phải từ Ngày mở đợt trở đi' });
  }
};
export const createRoundInput = z.strictObject(roundFields).superRefine(checkRoundWhen);
export type CreateRoundInput = z.infer<typeof createRoundInput>;

/** Changes to a round: everything while a draft; once open, only name, deadline, reminder and note. */
export const updateRoundInput = z.strictObject({
  name: roundFields.name.optional(),
  year: roundFields.year,
  periodFrom: roundFields.periodFrom,
  periodTo: roundFields.periodTo,
  awardCodes: roundFields.awardCodes.optional(),
  opensOn: roundFields.opensOn.optional(),
  unitDeadline: roundFields.unitDeadline.optional(),
  reminderWorkingDays: roundFields.reminderWorkingDays.optional(),
  note: text('Ghi chú', 2000).optional(),
}).superRefine(checkRoundWhen);
export type UpdateRoundInput = z.infer<typeof updateRoundInput>;

const roundActions = Object.keys(ROUND_TRANSITIONS) as [keyof typeof ROUND_TRANSITIONS, ...(keyof typeof ROUND_TRANSITIONS)[]];
/** open (draft → open), close (open → closed), reopen (closed → open), toCouncil (closed → council), decide (council → decided). */
export const roundTransitionInput = z.strictObject({ action: oneOf('Thao tác', roundActions) });
export type RoundTransitionInput = z.infer<typeof roundTransitionInput>;

export const roundsQuery = z.strictObject({
  status: oneOf('Trạng thái', ROUND_STATUSES).optional(),
  year: queryYear.optional(),
});
export type RoundsQuery = z.infer<typeof roundsQuery>;

export const roundView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ROUND_KINDS),
  kindLabel: z.string(),
  year: z.number().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  awardCodes: z.array(z.string()),
  /** Award names, in the order of awardCodes. */
  awardLabels: z.array(z.string()),
  opensOn: z.string(),
  unitDeadline: z.string(),
  reminderWorkingDays: z.number(),
  /** The working day the reminder goes (or went) out; null when no reminder. */
  reminderOn: z.string().nullable(),
  remindedOn: z.string().nullable(),
  status: z.enum(ROUND_STATUSES),
  statusLabel: z.string(),
  note: z.string(),
  createdAt: z.string(),
  /** Which transitions the actor may perform now (open, close, reopen, toCouncil, decide) and edit. */
  abilities: z.record(z.string(), z.boolean()),
});
export type RoundView = z.infer<typeof roundView>;
export const roundList = z.object({ items: z.array(roundView) });

/** "Who has not submitted yet": one line per unit of the agency (or of the reader's subtree). */
export const roundUnitStatus = z.object({
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  parentId: z.string().nullable(),
  proposals: z.number(),
  /** Proposals by state (draft, submitted, in_review, returned, completed). */
  byStatus: z.record(z.string(), z.number()),
  candidates: z.number(),
  /** At least one proposal sent (submitted, in review, returned or completed). */
  submitted: z.boolean(),
  lastSubmittedAt: z.string().nullable(),
});
export const roundUnitsView = z.object({
  round: roundView,
  items: z.array(roundUnitStatus),
  notSubmitted: z.number(),
});
export type RoundUnitsView = z.infer<typeof roundUnitsView>;

// ---- Proposals -----------------------------------------------------------------------------------

export const createProposalInput = z.strictObject({
  roundId: idOf('Đợt xét'),
  /** The proposing unit (inside the proposer's subtree). */
  unitId: idOf('Đơn vị đề nghị'),
  title: text('Tên hồ sơ', 300).default(''),
  documentNo: text('Số tờ trình', 100).default(''),
});
export type CreateProposalInput = z.infer<typeof createProposalInput>;

export const updateProposalInput = z.strictObject({
  title: text('Tên hồ sơ', 300).optional(),
  documentNo: text('Số tờ trình', 100).optional(),
});
export type UpdateProposalInput = z.infer<typeof updateProposalInput>;

/** The office's inbox and the units' lists. `inbox`: what waits for the office (submitted, in review). */
export const proposalsQuery = z.strictObject({
  roundId: idOf('Đợt xét').optional(),
  unitId: idOf('Đơn vị').optional(),
  status: oneOf('Trạng thái', PROPOSAL_STATUSES).optional(),
  inbox: z.enum(['true', 'false'], { error: 'Chỉ hồ sơ chờ xem xét phải là Có hoặc Không' }).transform((v) => v === 'true').optional(),
  /** Any candidate's name, the unit's name, the title or the document number (accents ignored). */
  q: text('Tìm kiếm', 100).optional(),
  awardCode: awardCode.optional(),
  ...page,
});
export type ProposalsQuery = z.infer<typeof proposalsQuery>;

/** Return a proposal, a candidate, or reject a candidate: the reason is required. */
export const reasonInput = z.strictObject({ reason: reason() });
export type ReasonInput = z.infer<typeof reasonInput>;

export const quotaCheckView = z.object({
  setting: z.string(),
  award: z.string(),
  awardLabel: z.string(),
  pct: z.number(),
  base: z.string(),
  baseLabel: z.string(),
  baseCount: z.number(),
  raw: z.number(),
  roundingMode: z.string(),
  cap: z.number(),
  proposed: z.number(),
  over: z.boolean(),
  /** "Chiến sĩ thi đua cơ sở: tối đa 15% số … (7) = 1,05, làm tròn xuống còn 1; đơn vị đề nghị 2 — vượt hạn mức." */
  detail: z.string(),
});
export type QuotaCheckView = z.infer<typeof quotaCheckView>;

// ---- Candidates ----------------------------------------------------------------------------------

export const addCandidateInput = z
  .strictObject({
    /** An individual… */
    personId: idOf('Cán bộ').optional(),
    /** …or a collective (a unit of the proposer's subtree). */
    unitId: idOf('Tập thể').optional(),
    awardCode,
    basisType: basisType.default('CONG_TRANG'),
    note: text('Ghi chú', 2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (!!v.personId === !!v.unitId) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Phải chọn đúng một đối tượng: một cán bộ (cá nhân) hoặc một đơn vị (tập thể)' });
    }
  });
export type AddCandidateInput = z.infer<typeof addCandidateInput>;

export const updateCandidateInput = z.strictObject({
  awardCode: awardCode.optional(),
  basisType: basisType.optional(),
  note: text('Ghi chú', 2000).optional(),
});
export type UpdateCandidateInput = z.infer<typeof updateCandidateInput>;

/** A file already uploaded with POST /api/files?objectType=proposal_candidate&objectId=<candidate id>. */
export const attachFileInput = z.strictObject({
  kind: oneOf('Loại tài liệu', ATTACHMENT_KINDS),
  fileId: idOf('Tệp'),
  note: text('Ghi chú', 500).default(''),
});
export type AttachFileInput = z.infer<typeof attachFileInput>;

export const acceptInput = z.strictObject({ note: text('Ghi chú', 2000).optional() });
export type AcceptInput = z.infer<typeof acceptInput>;

/** Accept a not-eligible (or incomplete) candidate anyway: the office's written reason, audited, shown to the council. */
export const overrideInput = z.strictObject({ reason: reason('Lý do vẫn đề nghị') });
export type OverrideInput = z.infer<typeof overrideInput>;

/** The office's short achievement summary for the public disclosure list (null clears it). */
export const summaryInput = z.strictObject({ summary: text('Tóm tắt thành tích', 1000).nullable() });
export type SummaryInput = z.infer<typeof summaryInput>;

/** Fields of a candidate a request may name. */
export const REQUEST_FIELDS = ['awardCode', 'basisType', 'note', 'subject', 'summary'] as const;
export const REQUEST_FIELD_LABELS: Record<(typeof REQUEST_FIELDS)[number], string> = {
  awardCode: 'Danh hiệu, hình thức đề nghị',
  basisType: 'Loại khen thưởng (căn cứ)',
  note: 'Ghi chú, thành tích nêu trong hồ sơ',
  subject: 'Thông tin cán bộ, tập thể',
  summary: 'Tóm tắt thành tích',
};
/** The office asks the unit to fix a field or supply an attachment ("thiếu quyết định công nhận sáng kiến 2024"). */
export const requestInput = z
  .strictObject({
    target: oneOf('Nội dung yêu cầu', ['field', 'attachment'] as const),
    /** A field (REQUEST_FIELDS) or an attachment kind (ATTACHMENT_KINDS). */
    item: required('Trường hoặc tài liệu', 60),
    message: required('Nội dung yêu cầu bổ sung', 2000),
  })
  .superRefine((v, ctx) => {
    const ok = v.target === 'field' ? (REQUEST_FIELDS as readonly string[]).includes(v.item) : (ATTACHMENT_KINDS as readonly string[]).includes(v.item);
    if (!ok) {
      ctx.addIssue({
        code: 'custom', path: ['item'],
        message: v.target === 'field' ? `Trường phải là một trong: ${REQUEST_FIELDS.join(', ')}` : `Tài liệu phải là một trong: ${ATTACHMENT_KINDS.join(', ')}`,
      });
    }
  });
export type RequestInput = z.infer<typeof requestInput>;

/** The unit says what it changed; the office then closes the request. */
export const fixRequestInput = z.strictObject({ note: text('Nội dung đã bổ sung', 2000).default('') });
export type FixRequestInput = z.infer<typeof fixRequestInput>;

export const opinionInput = z.strictObject({
  /** The office of the agency that gives it (Thanh tra…), when it is one of its units. */
  fromUnitId: idOf('Đơn vị cho ý kiến').optional(),
  /** Its name (required when it is not a unit of the agency). */
  fromOffice: text('Cơ quan, đơn vị cho ý kiến', 300).optional(),
  text: required('Nội dung ý kiến', 4000),
}).superRefine((v, ctx) => {
  if (!v.fromUnitId && !v.fromOffice) ctx.addIssue({ code: 'custom', path: ['fromOffice'], message: 'Cơ quan, đơn vị cho ý kiến là bắt buộc' });
});
export type OpinionInput = z.infer<typeof opinionInput>;

export const roundCandidatesQuery = z.strictObject({
  status: oneOf('Trạng thái', CANDIDATE_STATUSES).optional(),
  awardCode: awardCode.optional(),
  unitId: idOf('Đơn vị').optional(),
  ...page,
});
export type RoundCandidatesQuery = z.infer<typeof roundCandidatesQuery>;

export const attachmentView = z.object({
  id: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  kindLabel: z.string(),
  fileId: z.string(),
  fileName: z.string(),
  fileKind: z.string(),
  size: z.number(),
  note: z.string(),
  attachedByName: z.string(),
  attachedAt: z.string(),
});
export const requestView = z.object({
  id: z.string(),
  candidateId: z.string(),
  target: z.enum(['field', 'attachment']),
  item: z.string(),
  /** The field's or attachment kind's Vietnamese name (what the unit sees highlighted). */
  itemLabel: z.string(),
  message: z.string(),
  status: z.enum(REQUEST_STATUSES),
  statusLabel: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  fixNote: z.string().nullable(),
  fixedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type RequestView = z.infer<typeof requestView>;
export const opinionView = z.object({
  id: z.string(),
  fromUnitId: z.string().nullable(),
  fromOffice: z.string(),
  text: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export const verdictRunView = z.object({
  id: z.string(),
  stage: z.enum(VERDICT_STAGES),
  stageLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  asOf: z.string(),
  ranAt: z.string(),
  /** The engine's Verdict (src/domain/eligibility/verdict-schema.ts): lines with their articles, basisUsed. */
  verdict: z.unknown(),
});
export type VerdictRunView = Omit<z.infer<typeof verdictRunView>, 'verdict'> & { verdict: Verdict };
export const checklistView = z.object({
  lines: z.array(z.object({
    id: z.string(), labelVi: z.string(), anyOf: z.array(z.string()), done: z.boolean(), fromProposal: z.boolean(), citation: z.string(),
  })),
  complete: z.boolean(),
  missing: z.array(z.string()),
});

export const candidateView = z.object({
  id: z.string(),
  proposalId: z.string(),
  roundId: z.string(),
  subjectKind: z.enum(['individual', 'collective']),
  personId: z.string().nullable(),
  /** The collective (subjectKind collective). */
  unitId: z.string().nullable(),
  /** The person's or the collective's name. */
  name: z.string(),
  /** Person's code, or the unit's code. */
  code: z.string(),
  /** The person's current unit, or the collective's own name. */
  unitName: z.string(),
  position: z.string().nullable(),
  awardCode: z.string(),
  awardLabel: z.string(),
  basisType: z.string(),
  basisTypeLabel: z.string(),
  status: z.enum(CANDIDATE_STATUSES),
  statusLabel: z.string(),
  /** The latest engine run's status, and its label (null before the first run). */
  verdictStatus: z.string().nullable(),
  verdictStatusLabel: z.string().nullable(),
  override: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
  summary: z.string().nullable(),
  note: z.string(),
  decisionReason: z.string().nullable(),
  openRequests: z.number(),
  checklist: checklistView,
  abilities: z.record(z.string(), z.boolean()),
});
export type CandidateView = z.infer<typeof candidateView>;

/** One candidate with everything: attachments, requests, opinions, every engine run (newest first). */
export const candidateDetail = candidateView.extend({
  proposal: z.object({ id: z.string(), status: z.enum(PROPOSAL_STATUSES), statusLabel: z.string(), unitId: z.string(), unitName: z.string(), roundId: z.string(), roundName: z.string() }),
  attachments: z.array(attachmentView),
  requests: z.array(requestView),
  opinions: z.array(opinionView),
  verdicts: z.array(verdictRunView),
});
export type CandidateDetail = z.infer<typeof candidateDetail>;

export const proposalView = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  roundStatus: z.enum(ROUND_STATUSES),
  unitDeadline: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  documentNo: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  statusLabel: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  submissions: z.number(),
  openedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  completedAt: z.string().nullable(),
  candidates: z.number(),
  /** Candidates by state (pending, accepted, returned, rejected). */
  byStatus: z.record(z.string(), z.number()),
  openRequests: z.number(),
  /** Quotas checked at the last submission, with their rounding (null before the first submission). */
  quotaCheck: z.array(quotaCheckView).nullable(),
  abilities: z.record(z.string(), z.boolean()),
});
export type ProposalView = z.infer<typeof proposalView>;
export const proposalList = z.object({ items: z.array(proposalView), total: z.number(), page: z.number(), pageSize: z.number() });
export const proposalDetail = proposalView.extend({ candidateItems: z.array(candidateView), requests: z.array(requestView) });
export type ProposalDetail = z.infer<typeof proposalDetail>;

export const submitResult = z.object({ proposal: proposalDetail, quotas: z.array(quotaCheckView) });
export type SubmitResult = z.infer<typeof submitResult>;

export const roundCandidateList = z.object({
  items: z.array(candidateView.extend({ proposalUnitName: z.string(), proposalStatus: z.enum(PROPOSAL_STATUSES) })),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/** One step of a candidate's history (read from the audit log): who, when, what, why. */
export const timelineEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorName: z.string(),
  event: z.string(),
  /** What happened, in Vietnamese ("Văn phòng trả lại ứng viên"). */
  what: z.string(),
  /** The reason or message given, when there is one. */
  why: z.string().nullable(),
  /** Candidate step, or a step of the whole proposal. */
  scope: z.enum(['candidate', 'proposal']),
});
export const timelineView = z.object({ candidateId: z.string(), items: z.array(timelineEntry) });
export type TimelineView = z.infer<typeof timelineView>;

/** A staff member's own proposals: where each stands (no office-internal notes). */
export const myProposalItem = z.object({
  candidateId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  year: z.number().nullable(),
  awardCode: z.string(),
  awardLabel: z.string(),
  proposingUnitName: z.string(),
  proposalStatus: z.enum(PROPOSAL_STATUSES),
  candidateStatus: z.enum(CANDIDATE_STATUSES),
  /** Where it stands, in one sentence ("Văn phòng đang xem xét", "Trả lại đơn vị để bổ sung"). */
  stage: z.string(),
  verdictStatus: z.string().nullable(),
  verdictStatusLabel: z.string().nullable(),
  updatedAt: z.string(),
});
export const myProposalList = z.object({ items: z.array(myProposalItem) });
export type MyProposalItem = z.infer<typeof myProposalItem>;

/** The engine run again ("agenda") on every accepted candidate of a round, when the council's agenda is built. */
export const agendaVerdictsResult = z.object({
  roundId: z.string(),
  ran: z.number(),
  /** How many of each verdict status (not_evaluated: an award the engine does not judge). */
  byStatus: z.record(z.string(), z.number()),
});

export const candidateParams = z.object({ id: idOf('Ứng viên') });
export const attachmentParams = z.object({ id: idOf('Ứng viên'), attachmentId: idOf('Tài liệu') });
