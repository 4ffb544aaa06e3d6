/** Vietnamese strings of the achievement report download (spread into vi.ts). */
export const achievementReportsVi = {
  'achievementReport.title': 'Báo cáo thành tích',
  'achievementReport.hint': 'Dự thảo lập từ hồ sơ: lý lịch, xếp loại các năm, danh hiệu và hình thức khen thưởng kèm số quyết định, sáng kiến và nhiệm vụ KH&CN. Các phần tự thuật được đánh dấu để đơn vị bổ sung, ký rồi tải lên cùng hồ sơ đề nghị.',
  'achievementReport.award': 'Danh hiệu, hình thức đề nghị',
  'achievementReport.year': 'Năm đề nghị',
  'achievementReport.download': 'Tải báo cáo thành tích (DOCX)',
} as const;
