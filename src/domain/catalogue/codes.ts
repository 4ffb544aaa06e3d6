/**
 * Code lists of the TĐKT domain with their Vietnamese labels: rating levels, staff categories,
 * discipline forms (ordered by severity), pending-check kinds, award basis types, initiative scopes,
 * science-task kinds, CSTĐCS paths, conferrers, frequencies.
 */

// ---- Rating levels (xếp loại chất lượng) -------------------------------------------------------
export const RATING_LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_RATED'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  NOT_RATED: 'Không đánh giá, xếp loại',
};
/** Higher is better. NOT_RATED ranks below every level. */
export const RATING_RANK: Record<RatingLevel, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1, NOT_RATED: 0 };

// ---- Rating regimes (chế độ đánh giá, xếp loại) -----------------------------------------------
export const RATING_REGIME_IDS = ['ND90', 'ND335', 'ND233', 'INTERNAL'] as const;
export type RatingRegimeId = (typeof RATING_REGIME_IDS)[number];
export const RATING_REGIME_LABELS: Record<RatingRegimeId, string> = {
  ND90: 'Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP)',
  ND335: 'Nghị định 335/2025/NĐ-CP (công chức)',
  ND233: 'Nghị định 233/2026/NĐ-CP (viên chức, đơn vị sự nghiệp công lập)',
  INTERNAL: 'Quy chế đánh giá nội bộ của đơn vị (người lao động)',
};

// ---- Staff categories -------------------------------------------------------------------------
export const STAFF_CATEGORIES = ['CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];
export const STAFF_CATEGORY_LABELS: Record<StaffCategory, string> = {
  CONG_CHUC: 'Công chức',
  VIEN_CHUC: 'Viên chức',
  NGUOI_LAO_DONG: 'Người lao động',
};

// ---- Discipline forms (hình thức kỷ luật), ordered by severity ---------------------------------
export const DISCIPLINE_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  KHIEN_TRACH: 'Khiển trách',
  CANH_CAO: 'Cảnh cáo',
  HA_BAC_LUONG: 'Hạ bậc lương',
  GIANG_CHUC: 'Giáng chức',
  CACH_CHUC: 'Cách chức',
  BUOC_THOI_VIEC: 'Buộc thôi việc',
};
/** 1 = lightest (khiển trách) … 6 = heaviest (buộc thôi việc). */
export const DISCIPLINE_SEVERITY: Record<DisciplineForm, number> = {
  KHIEN_TRACH: 1,
  CANH_CAO: 2,
  HA_BAC_LUONG: 3,
  GIANG_CHUC: 4,
  CACH_CHUC: 5,
  BUOC_THOI_VIEC: 6,
};

// ---- Pending checks (đang xem xét, thanh tra, khiếu nại…) that defer commendation (D-1) --------
export const PENDING_CHECK_KINDS = [
  'DISCIPLINE_REVIEW',
  'INVESTIGATION',
  'INSPECTION',
  'EXAMINATION',
  'AUDIT',
  'COMPLAINT',
  'PRESS_REPORT',
] as const;
export type PendingCheckKind = (typeof PENDING_CHECK_KINDS)[number];
export const PENDING_CHECK_LABELS: Record<PendingCheckKind, string> = {
  DISCIPLINE_REVIEW: 'Đang bị xem xét xử lý kỷ luật',
  INVESTIGATION: 'Đang bị điều tra',
  INSPECTION: 'Đang bị thanh tra',
  EXAMINATION: 'Đang bị kiểm tra',
  AUDIT: 'Đang bị kiểm toán',
  COMPLAINT: 'Có đơn thư khiếu nại, tố cáo đang được xác minh',
  PRESS_REPORT: 'Có vấn đề tham nhũng, tiêu cực được báo chí phản ánh đang được xác minh',
};
/**
 * Whether an open check defers only when it has signs of violation (D-1: "điều tra, thanh tra,
 * kiểm tra, kiểm toán có dấu hiệu vi phạm"), or always (discipline review, complaint, press report).
 */
export const PENDING_CHECK_NEEDS_VIOLATION_SIGNS: Record<PendingCheckKind, boolean> = {
  DISCIPLINE_REVIEW: false,
  INVESTIGATION: true,
  INSPECTION: true,
  EXAMINATION: true,
  AUDIT: true,
  COMPLAINT: false,
  PRESS_REPORT: false,
};

// ---- Award basis types (LAW2022 Art. 8) --------------------------------------------------------
export const BASIS_TYPES = ['CONG_TRANG', 'DOT_XUAT', 'CHUYEN_DE', 'QUA_TRINH_CONG_HIEN', 'NIEN_HAN', 'DOI_NGOAI'] as const;
export type BasisType = (typeof BASIS_TYPES)[number];
export const BASIS_TYPE_LABELS: Record<BasisType, string> = {
  CONG_TRANG: 'Khen thưởng theo công trạng và thành tích đạt được',
  DOT_XUAT: 'Khen thưởng thành tích đột xuất',
  CHUYEN_DE: 'Khen thưởng phong trào thi đua theo chuyên đề',
  QUA_TRINH_CONG_HIEN: 'Khen thưởng quá trình cống hiến',
  NIEN_HAN: 'Khen thưởng theo niên hạn',
  DOI_NGOAI: 'Khen thưởng đối ngoại',
};
/** R-PRIN-4 / D-8: irregular and thematic awards cannot serve as the basis of higher merit awards. */
export const BASIS_TYPES_NOT_PREREQUISITE: ReadonlySet<BasisType> = new Set<BasisType>(['DOT_XUAT', 'CHUYEN_DE']);

// ---- Initiatives and S&T tasks -----------------------------------------------------------------
export const INITIATIVE_SCOPES = ['CO_SO', 'TINH', 'TOAN_QUOC'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  CO_SO: 'Cấp cơ sở',
  TINH: 'Phạm vi tỉnh',
  TOAN_QUOC: 'Phạm vi toàn quốc',
};
export const INITIATIVE_SCOPE_RANK: Record<InitiativeScope, number> = { CO_SO: 1, TINH: 2, TOAN_QUOC: 3 };

export const SCIENCE_TASK_KINDS = ['DE_TAI', 'DU_AN', 'DE_AN', 'CONG_TRINH_KHCN'] as const;
export type ScienceTaskKind = (typeof SCIENCE_TASK_KINDS)[number];
export const SCIENCE_TASK_KIND_LABELS: Record<ScienceTaskKind, string> = {
  DE_TAI: 'Đề tài khoa học',
  DU_AN: 'Dự án khoa học và công nghệ',
  DE_AN: 'Đề án khoa học',
  CONG_TRINH_KHCN: 'Công trình khoa học và công nghệ',
};

export const ACCEPTANCE_RESULTS = ['XUAT_SAC', 'KHA', 'DAT', 'KHONG_DAT'] as const;
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number];
export const ACCEPTANCE_RESULT_LABELS: Record<AcceptanceResult, string> = {
  XUAT_SAC: 'Xuất sắc',
  KHA: 'Khá',
  DAT: 'Đạt',
  KHONG_DAT: 'Không đạt',
};

// ---- CSTĐCS paths ------------------------------------------------------------------------------
export const CSTDCS_PATHS = ['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'] as const;
export type CstdcsPath = (typeof CSTDCS_PATHS)[number];
export const CSTDCS_PATH_LABELS: Record<CstdcsPath, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  INITIATIVE: 'Có sáng kiến được công nhận',
  SCIENCE_TASK: 'Có đề tài, đề án, công trình khoa học và công nghệ đã được nghiệm thu',
};

// ---- Award metadata enums ----------------------------------------------------------------------
export const CONFERRERS = ['director', 'province_chair', 'minister', 'prime_minister', 'president'] as const;
export type Conferrer = (typeof CONFERRERS)[number];
export const CONFERRER_LABELS: Record<Conferrer, string> = {
  director: 'Giám đốc Sở',
  province_chair: 'Chủ tịch Ủy ban nhân dân tỉnh',
  minister: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  prime_minister: 'Thủ tướng Chính phủ',
  president: 'Chủ tịch nước',
};

export const FREQUENCIES = ['yearly', 'period', 'ad_hoc'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  yearly: 'Hằng năm',
  period: 'Theo thời kỳ, khi đủ điều kiện',
  ad_hoc: 'Bất kỳ lúc nào',
};

export const TARGETS = ['individual', 'collective', 'both'] as const;
export type Target = (typeof TARGETS)[number];
export const TARGET_LABELS: Record<Target, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  both: 'Cá nhân và tập thể',
};

export const AWARD_KINDS = ['title', 'form'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};
