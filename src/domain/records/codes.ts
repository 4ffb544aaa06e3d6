/**
 * Code lists used only by the records module (the catalogue in src/domain/catalogue owns titles,
 * forms, rating levels, regimes, discipline forms, basis types, scopes and pending-check kinds).
 */
import type { InitiativeScope, PendingCheckKind } from '../catalogue/codes';

/** Cấp quản lý of a nhiệm vụ KH&CN. */
export const SCIENCE_TASK_LEVELS = ['CO_SO', 'TINH', 'BO', 'QUOC_GIA'] as const;
export type ScienceTaskLevel = (typeof SCIENCE_TASK_LEVELS)[number];
export const SCIENCE_TASK_LEVEL_LABELS: Record<ScienceTaskLevel, string> = {
  CO_SO: 'Cấp cơ sở',
  TINH: 'Cấp tỉnh',
  BO: 'Cấp bộ',
  QUOC_GIA: 'Cấp quốc gia',
};

/**
 * The engine describes a task's level with the initiative scopes (CO_SO / TINH / TOAN_QUOC): a task
 * managed by a ministry or the State is national in scope.
 */
export const SCIENCE_TASK_LEVEL_SCOPE: Record<ScienceTaskLevel, InitiativeScope> = {
  CO_SO: 'CO_SO',
  TINH: 'TINH',
  BO: 'TOAN_QUOC',
  QUOC_GIA: 'TOAN_QUOC',
};

/** Vai trò in a nhiệm vụ KH&CN. */
export const SCIENCE_TASK_ROLES = ['LEADER', 'SECRETARY', 'MEMBER'] as const;
export type ScienceTaskRole = (typeof SCIENCE_TASK_ROLES)[number];
export const SCIENCE_TASK_ROLE_LABELS: Record<ScienceTaskRole, string> = {
  LEADER: 'Chủ nhiệm',
  SECRETARY: 'Thư ký khoa học',
  MEMBER: 'Thành viên',
};

/** Where an award record came from. Awards made by a decision in the system are never deleted here. */
export const AWARD_SOURCES = ['manual', 'import', 'decision'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];
export const AWARD_SOURCE_LABELS: Record<AwardSource, string> = {
  manual: 'Nhập trên màn hình',
  import: 'Nhập từ tệp Excel',
  decision: 'Theo quyết định ban hành trong hệ thống',
};

/** Names of inspection records as a register shows them (the catalogue's labels describe the pending state). */
export const INSPECTION_KIND_LABELS: Record<PendingCheckKind, string> = {
  DISCIPLINE_REVIEW: 'Xem xét xử lý kỷ luật',
  INVESTIGATION: 'Điều tra',
  INSPECTION: 'Thanh tra',
  EXAMINATION: 'Kiểm tra',
  AUDIT: 'Kiểm toán',
  COMPLAINT: 'Xác minh khiếu nại, tố cáo',
  PRESS_REPORT: 'Xác minh vấn đề báo chí phản ánh',
};

/** Record types that can be imported from a spreadsheet. */
export const RECORD_IMPORT_KINDS = ['ratings', 'unit-ratings', 'awards', 'initiatives', 'disciplines'] as const;
export type RecordImportKind = (typeof RECORD_IMPORT_KINDS)[number];
export const RECORD_IMPORT_LABELS: Record<RecordImportKind, string> = {
  ratings: 'Kết quả xếp loại cán bộ',
  'unit-ratings': 'Kết quả xếp loại tập thể',
  awards: 'Khen thưởng đã nhận (các năm trước)',
  initiatives: 'Sáng kiến',
  disciplines: 'Kỷ luật',
};
