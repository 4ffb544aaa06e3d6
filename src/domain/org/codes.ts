/** Organisation and people code lists, with Vietnamese labels (used by UI, imports and documents). */
export const UNIT_KINDS = ['leadership', 'office', 'inspectorate', 'division', 'affiliated', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  leadership: 'Ban Giám đốc',
  office: 'Văn phòng',
  inspectorate: 'Thanh tra',
  division: 'Phòng chuyên môn',
  affiliated: 'Đơn vị trực thuộc',
  other: 'Khác',
};

export const STAFF_CATEGORIES = ['cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'hop_dong'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];
export const STAFF_CATEGORY_LABELS: Record<StaffCategory, string> = {
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  hop_dong: 'Hợp đồng',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const PERSON_STATUSES = ['active', 'transferred', 'retired'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  active: 'Đang công tác',
  transferred: 'Chuyển công tác',
  retired: 'Nghỉ hưu',
};

/** Finds a code from its Vietnamese label or the code itself, ignoring case and diacritics. */
export function codeFromLabel<T extends string>(labels: Record<T, string>, input: string, fold: (s: string) => string): T | null {
  const key = fold(input.trim());
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (fold(label) === key || fold(code) === key) return code;
  }
  return null;
}
