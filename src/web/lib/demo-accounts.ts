/** The demo accounts the demo database always has (password shown on the sign-in page in demo mode). */
export const DEMO_PASSWORD = 'VinhDanh@2025';

export const DEMO_ACCOUNTS: { username: string; role: string; unit?: string }[] = [
  { username: 'demo.admin', role: 'admin' },
  { username: 'demo.vanphong', role: 'office' },
  { username: 'demo.giamdoc', role: 'director' },
  { username: 'demo.truongphong', role: 'unit_head', unit: 'Phòng Quản lý khoa học' },
  { username: 'demo.daumoi', role: 'focal_point', unit: 'Trung tâm Ứng dụng và Thống kê KH&CN' },
  { username: 'demo.hoidong', role: 'council_member' },
  { username: 'demo.canbo', role: 'staff' },
];
