/** Vietnamese names of fields, so every validation error names the field the user sees. */
export const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  displayName: 'Tên hiển thị',
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại',
  parentId: 'Đơn vị cấp trên',
  sortOrder: 'Thứ tự',
  familyName: 'Họ',
  middleName: 'Chữ đệm',
  givenName: 'Tên',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  staffCategory: 'Loại cán bộ',
  position: 'Chức vụ',
  isLeader: 'Chức vụ lãnh đạo',
  isDirectWorker: 'Người trực tiếp lao động, công tác',
  unitId: 'Đơn vị',
  status: 'Trạng thái',
  email: 'Thư điện tử',
  phone: 'Điện thoại',
  date: 'Ngày',
  fromDate: 'Từ ngày',
  reason: 'Lý do',
  year: 'Năm',
  level: 'Mức xếp loại',
  roles: 'Vai trò',
  personId: 'Cán bộ',
  q: 'Từ khóa tìm kiếm',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  const label = typeof key === 'string' ? FIELD_LABELS[key] : undefined;
  const dotted = path.map(String).join('.');
  return label ? `${label} (${dotted})` : dotted || 'dữ liệu';
}
