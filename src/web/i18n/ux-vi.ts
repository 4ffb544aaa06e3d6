/**
 * Vietnamese strings of the app's frame on every screen size (menu drawer on phones), empty lists
 * explained by the user's scope, exports of record lists and the regulation editors (spread into vi.ts).
 */
import type { RatingRegimeId } from '../../domain/catalogue/codes';
import { prefixed } from './codes';

/** Short names of the rating regimes, for a table column (the full name is in the tooltip). */
const ratingRegimeShort: Record<RatingRegimeId, string> = {
  ND90: 'Nghị định 90/2020',
  ND335: 'Nghị định 335/2025',
  ND233: 'Nghị định 233/2026',
  INTERNAL: 'Quy chế nội bộ',
};

export const uxVi = {
  'header.openMenu': 'Mở menu',
  'scope.emptyOwn': 'Bạn chỉ xem được hồ sơ của chính mình.',
  'scope.emptyUnits': 'Bạn chỉ xem được dữ liệu của đơn vị mình phụ trách.',
  'scope.emptyAgency': 'Không có dữ liệu.',

  'verdict.kind.criterion': 'Tiêu chuẩn, điều kiện',
  'verdict.kind.alternative': 'Một trong các điểm (chỉ cần đạt một điểm)',
  'verdict.kind.deferral': 'Trường hợp tạm hoãn xét',
  'verdict.deferralPass': 'Không thuộc trường hợp tạm hoãn',
  'verdict.deferralFail': 'Tạm hoãn xét',
  'verdict.missingInfo': 'Cần bổ sung:',
  'verdict.councilInfo': 'Kết quả Hội đồng cần ghi:',
  'verdict.legalTextVi': 'Tiêu chuẩn, giải thích và căn cứ dưới đây là văn bản pháp lý tiếng Việt.',
  'settings.keyHint': 'Mã thiết lập, dùng trong tệp của công cụ kiểm tra',
  'settings.textInVietnamese': 'Tên, giải thích và giá trị của các thiết lập được viết bằng tiếng Việt, như trong quy chế.',
  'settings.notSet': 'Không quy định',
  'settings.noCriteria': 'Không có tiêu chí nào.',
  'settings.addCriterion': 'Thêm tiêu chí',
  'settings.removeCriterion': 'Bỏ tiêu chí',
  'settings.criterionName': 'Tên tiêu chí',
  'settings.criterionCheck': 'Cách xét',
  'settings.check.answer': 'Đơn vị xác nhận cho từng người, tập thể',
  'settings.check.minRating': 'Xếp loại trong năm tối thiểu',
  'settings.check.hasTitle': 'Có danh hiệu, hình thức khen thưởng trong năm',
  'settings.forIndividuals': 'Cá nhân',
  'settings.forCollectives': 'Tập thể',
  'settings.criterionDocument': 'Văn bản quy định (ví dụ Quyết định …/QĐ-UBND)',
  'settings.criterionArticle': 'Điều',
  'settings.criterionText': 'Nội dung quy định',
  'settings.criterionCode': 'Mã tiêu chí:',

  'cap.governing': 'Năm {year}, kết quả xếp loại theo:',
  'cap.noLegalCap': 'không áp dụng tỷ lệ tối đa theo nghị định',
  'cap.ruleText':
    'Số người xếp loại Hoàn thành xuất sắc nhiệm vụ không quá {pct} số người xếp loại từ Hoàn thành tốt nhiệm vụ trở lên, tính theo từng đơn vị và nhóm cán bộ; viên chức của đơn vị được xếp loại Hoàn thành xuất sắc nhiệm vụ: tối đa {pctOutstanding}.',
  'cap.roundingText': 'Số người tối đa được tính theo cách làm tròn trong Quy chế của cơ quan: {mode}.',
  'cap.capValueText': '{pct} = {cap} người',
  'cap.emptyYear': 'Chưa có kết quả xếp loại năm {year}',
  'records.export': 'Xuất Excel',
  ...prefixed('ratingRegimeShort', ratingRegimeShort),

  'overview.ownRecord': 'Hồ sơ của bạn',
  'overview.ownRecordHint': 'Tài khoản cán bộ xem được hồ sơ của chính mình: thông tin cá nhân, quá trình công tác và hồ sơ thi đua, khen thưởng.',
  'overview.ownProfile': 'Thông tin cán bộ',
  'overview.ownRecordLink': 'Hồ sơ thi đua, khen thưởng',
  'overview.byUnitOwn': 'Cán bộ theo đơn vị (đơn vị của bạn)',
  'overview.scopeSelf': 'Bạn xem được hồ sơ của chính mình.',
  'overview.scopeUnits': 'Các số liệu trên trang chỉ tính trong đơn vị bạn phụ trách (kể cả đơn vị trực thuộc).',
  'overview.scopeAgency': 'Các số liệu trên trang tính trên toàn cơ quan.',
};
export type UxMessageKey = keyof typeof uxVi;
