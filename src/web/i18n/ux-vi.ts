/**
 * Vietnamese strings of the app's frame on every screen size (menu drawer on phones), empty lists
 * explained by the user's scope, exports of record lists and the regulation editors (spread into vi.ts).
 */
export const uxVi = {
  'header.openMenu': 'Mở menu',
  'scope.emptyOwn': 'Không có dữ liệu trong phạm vi bạn được xem (chỉ hồ sơ của chính bạn).',
  'scope.emptyUnits': 'Không có dữ liệu trong phạm vi bạn được xem (đơn vị của bạn).',
  'scope.emptyAgency': 'Không có dữ liệu.',

  'verdict.kind.criterion': 'Tiêu chuẩn, điều kiện',
  'verdict.kind.alternative': 'Một trong các điểm (chỉ cần đạt một điểm)',
  'verdict.kind.deferral': 'Trường hợp tạm hoãn xét',
  'verdict.deferralPass': 'Không thuộc trường hợp tạm hoãn',
  'verdict.deferralFail': 'Tạm hoãn xét',
  'verdict.missingInfo': 'Cần bổ sung:',
  'verdict.legalTextVi': 'Tiêu chuẩn, giải thích và căn cứ dưới đây là văn bản pháp lý tiếng Việt.',
};
export type UxMessageKey = keyof typeof uxVi;
