/**
 * Thành phần hồ sơ (dossier components) each award needs, and the checklist of what a candidate's
 * dossier has and lacks. Source: tdkt-rules.md §6 — Luật Thi đua, khen thưởng 2022 Điều 84 (hồ sơ đề
 * nghị khen thưởng; wording of the 2022 text UNCONFIRMED, structure stable across versions) and the
 * forms of Nghị định 152/2025/NĐ-CP / Thông tư 15; Điều 85 for the simplified procedure (đột xuất).
 *
 * Some components belong to the whole proposal (the tờ trình with its list, the minutes of the unit's
 * bình xét meeting): attached once, to any candidate of the proposal, they count for all of them.
 * Pure: the service passes the attachments, the candidate's basis and the engine's basisUsed.
 */
import { cited, lb, type AwardCode, type BasisType, type CitedBasis, type CstdcsPath } from '../catalogue';

export const ATTACHMENT_KINDS = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop', 'qd_sang_kien', 'bien_ban_nghiem_thu', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  to_trinh: 'Tờ trình đề nghị (kèm danh sách)',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban_hop: 'Biên bản họp bình xét',
  qd_sang_kien: 'Quyết định công nhận sáng kiến',
  bien_ban_nghiem_thu: 'Biên bản nghiệm thu đề tài, nhiệm vụ khoa học và công nghệ',
  other: 'Tài liệu khác',
};
/** The file types (detected from the content by the file store) each kind accepts. */
export const ATTACHMENT_FILE_KINDS: Record<AttachmentKind, readonly string[]> = {
  to_trinh: ['pdf', 'docx'],
  bao_cao_thanh_tich: ['pdf', 'docx'],
  bien_ban_hop: ['pdf', 'docx', 'jpeg', 'png'],
  qd_sang_kien: ['pdf', 'docx', 'jpeg', 'png'],
  bien_ban_nghiem_thu: ['pdf', 'docx', 'jpeg', 'png'],
  other: ['pdf', 'docx', 'xlsx', 'jpeg', 'png'],
};
/** Components attached once for the whole proposal. */
export const PROPOSAL_WIDE_KINDS: ReadonlySet<AttachmentKind> = new Set<AttachmentKind>(['to_trinh', 'bien_ban_hop']);

/** One line of the checklist: one kind, or one of several kinds ("any of"), or the opinions asked. */
export interface DossierRequirement {
  id: string;
  labelVi: string;
  /** Satisfied by an attachment of any of these kinds; empty for an `opinion` requirement. */
  anyOf: readonly AttachmentKind[];
  /** Satisfied by an opinion of another agency recorded on the candidate. */
  opinion?: boolean;
  /** Satisfied by the office's short summary instead (simplified procedure). */
  orSummary?: boolean;
  basis: CitedBasis;
}

const ART84 = cited(lb('LAW2022', { article: '84' }, 'UNCONFIRMED', 'Hồ sơ đề nghị khen thưởng (cấu trúc ổn định qua các văn bản; lời văn Luật 2022 chưa được xác nhận)'));
const ART85 = cited(lb('LAW2022', { article: '85' }, 'UNCONFIRMED', 'Thủ tục đơn giản: tờ trình và tóm tắt thành tích (nội dung chưa được xác nhận)'));
const ND152 = cited(lb('ND152', {}, 'UNCONFIRMED', 'Mẫu báo cáo thành tích, tờ trình theo phụ lục Nghị định 152/2025/NĐ-CP (số mẫu chưa được xác nhận)'));
const ND98_31 = cited(lb('ND98', { article: '31' }, 'S', 'Lấy ý kiến cơ quan liên quan khi đề nghị khen thưởng cấp Nhà nước'));

const req = (id: string, labelVi: string, anyOf: readonly AttachmentKind[], basis: CitedBasis, extra: Partial<DossierRequirement> = {}): DossierRequirement => ({
  id, labelVi, anyOf, basis, ...extra,
});
const TO_TRINH = req('to_trinh', ATTACHMENT_KIND_LABELS.to_trinh, ['to_trinh'], ART84);
const BIEN_BAN = req('bien_ban_hop', ATTACHMENT_KIND_LABELS.bien_ban_hop, ['bien_ban_hop'], ART84);
const BAO_CAO = req('bao_cao_thanh_tich', ATTACHMENT_KIND_LABELS.bao_cao_thanh_tich, ['bao_cao_thanh_tich'], ND152);
const OPINIONS = req('opinion', 'Ý kiến của cơ quan liên quan (Thanh tra, Tổ chức cán bộ…)', [], ND98_31, { opinion: true });

/** The evidence of the CSTĐCS basis (§6 row CSTDCS): by the path the engine found. */
function cstdcsEvidence(path: CstdcsPath | undefined): DossierRequirement[] {
  if (path === 'INITIATIVE') return [req('evidence', 'Minh chứng: quyết định công nhận sáng kiến', ['qd_sang_kien'], ART84)];
  if (path === 'SCIENCE_TASK') return [req('evidence', 'Minh chứng: biên bản nghiệm thu đề tài, nhiệm vụ khoa học và công nghệ', ['bien_ban_nghiem_thu'], ART84)];
  if (path === 'HTXSNV') return []; // the rating decision is in the record the engine read
  return [req('evidence', 'Minh chứng: quyết định công nhận sáng kiến hoặc biên bản nghiệm thu đề tài (hoặc xếp loại Hoàn thành xuất sắc nhiệm vụ trong hồ sơ)', ['qd_sang_kien', 'bien_ban_nghiem_thu'], ART84)];
}

const STATE_LEVEL: ReadonlySet<AwardCode> = new Set<AwardCode>(['BK_TTG', 'CSTD_TQ', 'CO_TD_CP', 'HCLD_1', 'HCLD_2', 'HCLD_3']);

/** What a candidate's dossier needs for `award` (tdkt-rules.md §6, one row per award group). */
export function dossierRequirements(award: AwardCode, basisType: BasisType, cstdcsPath?: CstdcsPath): DossierRequirement[] {
  // Simplified procedure: proposal + brief achievement summary (Điều 85).
  if (basisType === 'DOT_XUAT') {
    return [TO_TRINH, req('tom_tat', 'Tóm tắt thành tích (báo cáo thành tích hoặc tóm tắt của Văn phòng)', ['bao_cao_thanh_tich'], ART85, { orSummary: true })];
  }
  switch (award) {
    case 'LDTT':
    case 'TTLDTT':
      return [TO_TRINH, BIEN_BAN];
    case 'CSTDCS':
      return [TO_TRINH, BIEN_BAN, BAO_CAO, ...cstdcsEvidence(cstdcsPath)];
    case 'GK_SO':
      return [TO_TRINH, BIEN_BAN, BAO_CAO];
    case 'CSTD_TINH':
      return [TO_TRINH, BIEN_BAN, BAO_CAO, req('evidence', 'Văn bản công nhận hiệu quả, phạm vi ảnh hưởng cấp tỉnh của sáng kiến', ['qd_sang_kien'], ART84)];
    case 'BK_TINH':
    case 'TTLDXS':
    case 'CO_TD_TINH':
    case 'BK_BO':
    case 'KNC':
      return [TO_TRINH, BIEN_BAN, BAO_CAO];
    default:
      return STATE_LEVEL.has(award) ? [TO_TRINH, BIEN_BAN, BAO_CAO, OPINIONS] : [TO_TRINH, BIEN_BAN, BAO_CAO];
  }
}

export interface ChecklistLine {
  id: string;
  labelVi: string;
  anyOf: AttachmentKind[];
  done: boolean;
  /** Satisfied by an attachment of another candidate of the same proposal (tờ trình, biên bản). */
  fromProposal: boolean;
  citation: string;
}
export interface Checklist {
  lines: ChecklistLine[];
  complete: boolean;
  /** Labels of what is missing, for messages. */
  missing: string[];
}

/**
 * The checklist of one candidate: its own attachments, the proposal-wide ones attached to any
 * candidate of the same proposal, its opinions and whether the office wrote a summary.
 */
export function dossierChecklist(
  requirements: readonly DossierRequirement[],
  have: { own: readonly AttachmentKind[]; proposal: readonly AttachmentKind[]; opinions: number; hasSummary: boolean },
): Checklist {
  const own = new Set(have.own);
  const shared = new Set(have.proposal.filter((k) => PROPOSAL_WIDE_KINDS.has(k)));
  const lines = requirements.map((r): ChecklistLine => {
    const ownDone = r.opinion ? have.opinions > 0 : r.anyOf.some((k) => own.has(k)) || (!!r.orSummary && have.hasSummary);
    const sharedDone = !ownDone && r.anyOf.some((k) => shared.has(k));
    return { id: r.id, labelVi: r.labelVi, anyOf: [...r.anyOf], done: ownDone || sharedDone, fromProposal: sharedDone, citation: r.basis.citation };
  });
  const missing = lines.filter((l) => !l.done).map((l) => l.labelVi);
  return { lines, complete: missing.length === 0, missing };
}
