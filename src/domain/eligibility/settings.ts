/**
 * Agency settings: what the law leaves to the province/agency, and every point the legal
 * reference marks UNCONFIRMED, with the default the reference gives (tdkt-rules.md §13).
 * Values are validated with zod; dated overrides are merged on the defaults by resolveSettings.
 */
import { z } from 'zod';
import { DomainError } from '../errors';
import {
  AWARD_CODES,
  BASIS_TYPES,
  CONFIDENCE_LEVELS,
  CSTDCS_PATHS,
  DISCIPLINE_FORMS,
  EVALUABLE_AWARDS,
  INSTRUMENT_IDS,
  citeVi,
  citeWhereVi,
  lb,
  type LegalBasis,
} from '../catalogue';
import { formatSettingValueVi, settingEditor, type SettingEditor } from './setting-values';

// ---- Agency-declared criteria (answered per candidate, or computed from the case) --------------
export const AgencyLegalBasisSchema = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS).default('AGENCY'),
  instrumentName: z.string().min(1).optional(),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  confidence: z.enum(CONFIDENCE_LEVELS).default('P'),
  text: z.string().default(''),
});

export const AgencyCriterionCheckSchema = z.discriminatedUnion('kind', [
  /** Answered per candidate in flags.answers[criterion id]. */
  z.strictObject({ kind: z.literal('answer') }),
  /** Rating of the year at least this level. */
  z.strictObject({ kind: z.literal('minRating'), level: z.enum(['HTXSNV', 'HTTNV', 'HTNV']) }),
  /** Holds this title/award in the year. */
  z.strictObject({ kind: z.literal('hasTitle'), award: z.enum(AWARD_CODES) }),
]);

export const AgencyCriterionSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'Mã tiêu chí chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang'),
  label: z.string().min(1),
  check: AgencyCriterionCheckSchema.default({ kind: 'answer' }),
  subjects: z.array(z.enum(['individual', 'collective'])).default(['individual', 'collective']),
  /** For Giấy khen: the basis types the criterion applies to; absent = all. */
  basisTypes: z.array(z.enum(BASIS_TYPES)).optional(),
  legalBasis: AgencyLegalBasisSchema,
}).meta({ id: 'EligibilityAgencyCriterion' });
export type AgencyCriterion = z.output<typeof AgencyCriterionSchema>;

const QuotaSchema = z
  .strictObject({
    pct: z.number().min(0).max(100),
    /** What the percentage is taken of. */
    base: z.enum(['LDTT', 'CSTDCS', 'CANDIDATES', 'UNITS']),
  })
  .nullable();

const ROUNDING_MODES = ['FLOOR', 'HALF_UP', 'CEIL'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const AGENCY_UNCONFIRMED = (text: string): LegalBasis => lb('AGENCY', {}, 'UNCONFIRMED', text);

interface SettingSpec<S extends z.ZodType> {
  schema: S;
  defaultValue: z.output<S>;
  labelVi: string;
  descriptionVi: string;
  /** The law does not settle this point (UI shows "chưa được xác nhận"). */
  unconfirmed: boolean;
  legalBasis: LegalBasis;
}

function spec<S extends z.ZodType>(schema: S, defaultValue: z.output<S>, meta: Omit<SettingSpec<S>, 'schema' | 'defaultValue'>): SettingSpec<S> {
  return { schema, defaultValue, ...meta };
}

export const SETTINGS_SPEC = {
  'regime.law2026.enabled': spec(z.boolean(), false, {
    labelVi: 'Áp dụng Luật sửa đổi Luật Thi đua, khen thưởng 2026',
    descriptionVi: 'Bật chế độ pháp lý dự kiến của luật sửa đổi năm 2026. Nội dung luật chưa được xác nhận; khi bật, công cụ vẫn áp dụng các tiêu chuẩn hiện hành và ghi chú rủi ro.',
    unconfirmed: true,
    legalBasis: lb('LAW2026', {}, 'UNCONFIRMED', 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (được cho là số 06/2026/QH16)'),
  }),
  'regime.law2026.effectiveFrom': spec(z.iso.date(), '2026-10-01', {
    labelVi: 'Ngày hiệu lực của luật sửa đổi 2026',
    descriptionVi: 'Hồ sơ tiếp nhận trước ngày này vẫn áp dụng Luật 2022 (trừ khi quy định mới có lợi hơn).',
    unconfirmed: true,
    legalBasis: lb('LAW2026', {}, 'UNCONFIRMED', 'Ngày hiệu lực được cho là 01/10/2026'),
  }),
  'rating.vienChuc2026Regime': spec(z.enum(['ND233', 'ND90']), 'ND233', {
    labelVi: 'Chế độ xếp loại viên chức năm 2026',
    descriptionVi: 'Đơn vị chưa ban hành quy định chấm điểm đến hết năm 2026 được áp dụng Nghị định 90/2020/NĐ-CP cho kỳ đánh giá năm 2026.',
    unconfirmed: false,
    legalBasis: lb('ND233', { article: '20', clause: '1' }, 'P', 'Chuyển tiếp: có thể áp dụng Nghị định 90/2020/NĐ-CP cho kỳ đánh giá năm 2026'),
  }),
  'rating.nguoiLaoDongRegime': spec(z.enum(['INTERNAL', 'ND233']), 'INTERNAL', {
    labelVi: 'Chế độ xếp loại người lao động',
    descriptionVi: 'Thủ trưởng đơn vị quyết định có áp dụng Nghị định 233/2026/NĐ-CP cho người lao động hay không.',
    unconfirmed: false,
    legalBasis: lb('ND233', { article: '20', clause: '2' }, 'P', 'Thủ trưởng đơn vị quyết định việc áp dụng đối với người lao động'),
  }),
  'quota.CSTDCS': spec(QuotaSchema, null, {
    labelVi: 'Hạn mức Chiến sĩ thi đua cơ sở',
    descriptionVi: 'Tỷ lệ tối đa (phần trăm) danh hiệu Chiến sĩ thi đua cơ sở. Mặc định: không giới hạn. Quy định cũ: không quá 15% số Lao động tiên tiến.',
    unconfirmed: true,
    legalBasis: lb('ND91', { article: '9', clause: '3' }, 'UNCONFIRMED', 'Quy định cũ: không quá 15% tổng số cá nhân đạt Lao động tiên tiến; chưa thấy quy định tương ứng theo Luật 2022'),
  }),
  'quota.CSTD_TINH': spec(QuotaSchema, null, {
    labelVi: 'Hạn mức Chiến sĩ thi đua cấp tỉnh',
    descriptionVi: 'Tỷ lệ tối đa đề nghị Chiến sĩ thi đua cấp tỉnh. Mặc định: không giới hạn.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Chưa thấy hạn mức theo Luật 2022; thực tiễn cũ của một số tỉnh là 10% số Chiến sĩ thi đua cơ sở'),
  }),
  'quota.TTLDXS': spec(QuotaSchema, null, {
    labelVi: 'Hạn mức Tập thể lao động xuất sắc',
    descriptionVi: 'Tỷ lệ tối đa đề nghị Tập thể lao động xuất sắc. Mặc định: không giới hạn.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Chưa thấy hạn mức theo Luật 2022'),
  }),
  'quota.CO_TD': spec(QuotaSchema, null, {
    labelVi: 'Hạn mức Cờ thi đua',
    descriptionVi: 'Tỷ lệ tối đa đề nghị Cờ thi đua. Quy định cũ: Cờ thi đua của Chính phủ không quá 20% số tập thể đạt tiêu chuẩn Cờ cấp tỉnh.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Hạn mức hiện hành chưa được xác nhận'),
  }),
  roundingMode: spec(z.enum(ROUNDING_MODES), 'FLOOR', {
    labelVi: 'Cách làm tròn khi tính hạn mức',
    descriptionVi: 'Số người tối đa thường không phải số nguyên. Làm tròn xuống là cách thận trọng với "không vượt quá". Ví dụ 20% của 7 người = 1,4: làm tròn xuống còn 1 người, làm tròn lên thành 2 người.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Không tìm thấy quy tắc làm tròn khi tính tỷ lệ'),
  }),
  'ttldtt.minLdttShare': spec(z.number().min(0).max(1), 0.5, {
    labelVi: 'Tỷ lệ Lao động tiên tiến tối thiểu của Tập thể lao động tiên tiến',
    descriptionVi: 'Tỷ lệ cá nhân trong tập thể đạt Lao động tiên tiến. Xem thêm thiết lập tính cả trường hợp bằng đúng ngưỡng.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '28', clause: '1' }, 'UNCONFIRMED', 'Có trên 50% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến" (đối chiếu luật cũ; câu chữ Luật 2022 chưa xác nhận đầy đủ)'),
  }),
  'ttldtt.minLdttShareInclusive': spec(z.boolean(), false, {
    labelVi: 'Tính cả trường hợp bằng đúng ngưỡng (từ … trở lên)',
    descriptionVi: 'Luật ghi "có trên 50%": tập thể có đúng 50% cá nhân đạt Lao động tiên tiến là không đạt. Chọn "từ ngưỡng trở lên" nếu quy chế của cơ quan tính cả trường hợp bằng ngưỡng.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '28', clause: '1' }, 'UNCONFIRMED', '"Có trên 50%" (so sánh lớn hơn)'),
  }),
  'ttldtt.maxDisciplineForm': spec(z.enum(DISCIPLINE_FORMS).nullable(), 'KHIEN_TRACH', {
    labelVi: 'Hình thức kỷ luật cao nhất được chấp nhận trong Tập thể lao động tiên tiến',
    descriptionVi: 'Mặc định là khiển trách: tập thể không đạt nếu có cá nhân bị kỷ luật từ cảnh cáo trở lên trong năm. Chọn "không chấp nhận kỷ luật nào" để mọi hình thức kỷ luật đều làm tập thể không đạt.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '28', clause: '1' }, 'UNCONFIRMED', 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên'),
  }),
  'ttldxs.minLdttShare': spec(z.number().min(0).max(1), 0.7, {
    labelVi: 'Tỷ lệ Lao động tiên tiến tối thiểu của Tập thể lao động xuất sắc',
    descriptionVi: 'Từ 70% cá nhân trong tập thể đạt Lao động tiên tiến trở lên (70% là đạt).',
    unconfirmed: false,
    legalBasis: lb('LAW2022', { article: '27', clause: '1' }, 'S', 'Có từ 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"'),
  }),
  'ttldxs.requireCstdcs': spec(z.boolean(), true, {
    labelVi: 'Tập thể lao động xuất sắc phải có cá nhân đạt Chiến sĩ thi đua cơ sở',
    descriptionVi: 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở" trong năm.',
    unconfirmed: false,
    legalBasis: lb('LAW2022', { article: '27', clause: '1' }, 'S', 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"'),
  }),
  'ttldxs.noDisciplineRule': spec(z.boolean(), false, {
    labelVi: 'Áp dụng điều kiện không có cá nhân bị kỷ luật cho Tập thể lao động xuất sắc',
    descriptionVi: 'Luật cũ có điều kiện này; câu chữ Luật 2022 được trích dẫn không có. Mặc định tắt.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '27', clause: '1' }, 'UNCONFIRMED', 'Điều kiện kỷ luật không có trong phần trích dẫn của Luật 2022'),
  }),
  'ttldxs.maxDisciplineForm': spec(z.enum(DISCIPLINE_FORMS).nullable(), 'KHIEN_TRACH', {
    labelVi: 'Hình thức kỷ luật cao nhất được chấp nhận trong Tập thể lao động xuất sắc',
    descriptionVi: 'Chỉ dùng khi bật điều kiện kỷ luật của Tập thể lao động xuất sắc.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '27', clause: '1' }, 'UNCONFIRMED', 'Điều kiện kỷ luật (luật cũ)'),
  }),
  initiativeYearWindow: spec(z.enum(['SAME_YEAR', 'SAME_OR_PREVIOUS_YEAR', 'ANY_UNUSED']), 'SAME_OR_PREVIOUS_YEAR', {
    labelVi: 'Sáng kiến, đề tài được tính cho năm xét',
    descriptionVi: 'Năm công nhận sáng kiến, nghiệm thu đề tài được tính cho năm xét (mặc định: trong năm xét hoặc năm trước). Sáng kiến, đề tài đã dùng cho khen thưởng khác luôn bị loại.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '23', clause: '2' }, 'UNCONFIRMED', 'Năm công nhận sáng kiến được tính chưa được quy định rõ'),
  }),
  'cstdcs.paths': spec(
    z.strictObject({
      allowed: z.array(z.enum(CSTDCS_PATHS)).min(1),
      combine: z.enum(['ANY', 'HTXSNV_AND_ONE_OTHER']),
    }),
    { allowed: ['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'], combine: 'ANY' },
    {
      labelVi: 'Căn cứ xét Chiến sĩ thi đua cơ sở',
      descriptionVi: 'Luật 2022: đạt một trong các căn cứ. Hướng của dự thảo luật sửa đổi (chưa xác nhận): phải Hoàn thành xuất sắc nhiệm vụ và có thêm sáng kiến hoặc đề tài.',
      unconfirmed: false,
      legalBasis: lb('LAW2022', { article: '23', clause: '2' }, 'S', 'Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến hoặc có đề tài, đề án, công trình khoa học và công nghệ'),
    },
  ),
  'ldtt.minWorkedMonths': spec(z.number().int().min(0).max(12).nullable(), null, {
    labelVi: 'Số tháng công tác tối thiểu trong năm để xét Lao động tiên tiến',
    descriptionVi: 'Mặc định: không quy định. Quy định cũ: người mới tuyển dụng dưới 10 tháng không xét.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '24' }, 'UNCONFIRMED', 'Bộ, ngành, địa phương quy định chi tiết; Thông tư 15/2025/TT-BNV có giữ điều kiện thời gian hay không chưa xác nhận'),
  }),
  'ldtt.maxLeaveWorkingDays': spec(z.number().int().min(0).nullable(), null, {
    labelVi: 'Số ngày nghỉ tối đa trong năm để xét Lao động tiên tiến',
    descriptionVi: 'Mặc định: không quy định. Quy định cũ: nghỉ từ 40 ngày làm việc trở lên không xét. Thời gian nghỉ thai sản không tính là ngày nghỉ nếu bật "nghỉ thai sản tính là thời gian công tác".',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '24' }, 'UNCONFIRMED', 'Bộ, ngành, địa phương quy định chi tiết; Thông tư 15/2025/TT-BNV có giữ điều kiện thời gian hay không chưa xác nhận'),
  }),
  'ldtt.maternityLeaveCountsAsWork': spec(z.boolean(), true, {
    labelVi: 'Thời gian nghỉ thai sản được tính là thời gian công tác',
    descriptionVi: 'Theo Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP được cho là giữ nguyên (chưa xác nhận).',
    unconfirmed: true,
    legalBasis: lb('ND98', { article: '4' }, 'S', 'Thời gian nghỉ chế độ thai sản được tính để xét danh hiệu thi đua'),
  }),
  'ldtt.provinceExtraCriteria': spec(z.array(AgencyCriterionSchema), [], {
    labelVi: 'Tiêu chuẩn bổ sung của tỉnh/cơ quan cho Lao động tiên tiến',
    descriptionVi: 'Danh sách tiêu chí do tỉnh hoặc cơ quan quy định thêm, mỗi tiêu chí có tên và căn cứ; đơn vị xác nhận từng tiêu chí cho từng người.',
    unconfirmed: false,
    legalBasis: lb('LAW2022', { article: '24' }, 'S', 'Bộ, ngành, địa phương quy định chi tiết tiêu chuẩn danh hiệu "Lao động tiên tiến"'),
  }),
  'cstdTinh.proposeInYearOfThird': spec(z.boolean(), true, {
    labelVi: 'Đề nghị Chiến sĩ thi đua cấp tỉnh trong năm đạt Chiến sĩ thi đua cơ sở lần thứ ba',
    descriptionVi: 'Mặc định, chuỗi 3 lần Chiến sĩ thi đua cơ sở liên tục phải kết thúc ở năm xét (đề nghị ngay trong năm đạt lần thứ ba). Có thể chấp nhận chuỗi đã kết thúc trước năm xét.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '22' }, 'UNCONFIRMED', 'Thời điểm đề nghị (quy định cũ: năm đạt lần thứ ba)'),
  }),
  nextAwardWindowStart: spec(z.enum(['AFTER_PREVIOUS_DECISION_YEAR', 'ANY']), 'AFTER_PREVIOUS_DECISION_YEAR', {
    labelVi: 'Thời điểm bắt đầu tính thành tích cho lần khen tiếp theo',
    descriptionVi: 'Mặc định chỉ tính thành tích các năm sau năm ra quyết định khen lần trước (và sau Bằng khen làm điều kiện), hoặc không giới hạn.',
    unconfirmed: true,
    legalBasis: lb('ND98', { article: '4', clause: '3' }, 'UNCONFIRMED', 'Thời gian đề nghị khen thưởng lần tiếp theo (chưa đọc được văn bản)'),
  }),
  consecutiveWindowMode: spec(z.enum(['CALENDAR_UNBROKEN', 'EXCUSED_YEARS_NEUTRAL']), 'CALENDAR_UNBROKEN', {
    labelVi: 'Cách tính "liên tục"',
    descriptionVi: 'Mặc định các năm dương lịch liền nhau, năm không có xếp loại làm đứt chuỗi. Có thể coi năm không xếp loại vì lý do chính đáng (được ghi nhận trong kết quả xếp loại) là không làm đứt chuỗi, nhưng năm đó không được tính.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Cách tính "liên tục" chưa được quy định rõ'),
  }),
  'bkTinh.criteria': spec(z.array(z.enum(['a', 'b', 'c', 'd'])).min(1), ['a', 'b', 'c', 'd'], {
    labelVi: 'Các điểm tiêu chuẩn Bằng khen tỉnh (cá nhân) được áp dụng',
    descriptionVi: 'Các điểm a–d khoản 1 Điều 74; cá nhân đạt một trong các điểm được áp dụng.',
    unconfirmed: false,
    legalBasis: lb('LAW2022', { article: '74', clause: '1' }, 'S', 'Tiêu chuẩn Bằng khen cấp tỉnh đối với cá nhân'),
  }),
  'bkTinh.collectiveCriteria': spec(z.array(AgencyCriterionSchema), [], {
    labelVi: 'Tiêu chuẩn Bằng khen tỉnh đối với tập thể',
    descriptionVi: 'Nội dung khoản 2 Điều 74 chưa được xác nhận; cơ quan khai báo các tiêu chí.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '74', clause: '2' }, 'UNCONFIRMED', 'Tiêu chuẩn Bằng khen cấp tỉnh đối với tập thể'),
  }),
  'bkTinh.allowMixedInitiativeAndSciWork': spec(z.boolean(), false, {
    labelVi: 'Cho phép kết hợp 1 sáng kiến và 1 đề tài khi xét Bằng khen tỉnh (điểm d)',
    descriptionVi: 'Công văn 1168/BNV-BTĐKT có đề cập nhưng nội dung trả lời chưa được xác nhận. Mặc định: không.',
    unconfirmed: true,
    legalBasis: lb('CV1168', {}, 'UNCONFIRMED', 'Việc kết hợp sáng kiến và đề tài khi xét Bằng khen'),
  }),
  'bkTtg.collectiveCriteria': spec(z.array(AgencyCriterionSchema), [], {
    labelVi: 'Tiêu chuẩn Bằng khen của Thủ tướng đối với tập thể',
    descriptionVi: 'Nội dung chưa được xác nhận; cơ quan khai báo các tiêu chí.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '73' }, 'UNCONFIRMED', 'Tiêu chuẩn Bằng khen của Thủ tướng Chính phủ đối với tập thể'),
  }),
  'giayKhen.criteria': spec(z.array(AgencyCriterionSchema), [], {
    labelVi: 'Tiêu chuẩn Giấy khen của Giám đốc Sở',
    descriptionVi: 'Tiêu chuẩn Giấy khen do tỉnh/cơ quan quy định, theo từng loại hình khen thưởng (công trạng, đột xuất, chuyên đề…).',
    unconfirmed: false,
    legalBasis: lb('LAW2022', { article: '75', clause: '2' }, 'S', 'Bộ, ngành, địa phương quy định chi tiết tiêu chuẩn Giấy khen'),
  }),
  'coTdTinh.criteria': spec(z.array(AgencyCriterionSchema), [], {
    labelVi: 'Tiêu chuẩn bổ sung Cờ thi đua của Ủy ban nhân dân tỉnh',
    descriptionVi: 'Nội dung Điều 26 chưa được xác nhận; mặc định chỉ xét tập thể dẫn đầu cụm, khối thi đua và được Hội đồng bình chọn.',
    unconfirmed: true,
    legalBasis: lb('LAW2022', { article: '26' }, 'UNCONFIRMED', 'Tiêu chuẩn Cờ thi đua của bộ, ban, ngành, tỉnh'),
  }),
  'vote.threshold': spec(z.partialRecord(z.enum(EVALUABLE_AWARDS), z.number().min(0).max(1)), { CSTD_TINH: 0.9, CSTD_TQ: 0.9 }, {
    labelVi: 'Tỷ lệ phiếu đồng ý tối thiểu của Hội đồng',
    descriptionVi: 'Theo từng danh hiệu; Chiến sĩ thi đua cấp tỉnh, toàn quốc: từ 90% (quy định cũ). Danh hiệu khác do cơ quan quy định.',
    unconfirmed: true,
    legalBasis: lb('ND91', { article: '45', clause: '8' }, 'UNCONFIRMED', 'Bỏ phiếu kín, đạt từ 90% tổng số thành viên Hội đồng (quy định cũ)'),
  }),
  'vote.denominator': spec(z.enum(['ALL_MEMBERS', 'PRESENT_MEMBERS']), 'ALL_MEMBERS', {
    labelVi: 'Mẫu số tính tỷ lệ phiếu',
    descriptionVi: 'Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (thành viên vắng mặt thì lấy ý kiến bằng văn bản) hoặc trên số thành viên có mặt.',
    unconfirmed: true,
    legalBasis: lb('ND91', { article: '45', clause: '8' }, 'UNCONFIRMED', 'Tính trên tổng số thành viên Hội đồng (quy định cũ)'),
  }),
  'vote.quorum': spec(z.number().min(0).max(1), 2 / 3, {
    labelVi: 'Tỷ lệ thành viên có mặt tối thiểu của phiên họp',
    descriptionVi: 'Thực tiễn: từ 2/3 thành viên.',
    unconfirmed: true,
    legalBasis: AGENCY_UNCONFIRMED('Túc số phiên họp Hội đồng theo thực tiễn'),
  }),
  'vote.secret': spec(z.partialRecord(z.enum(EVALUABLE_AWARDS), z.boolean()), { CSTD_TINH: true, CSTD_TQ: true }, {
    labelVi: 'Bỏ phiếu kín',
    descriptionVi: 'Danh hiệu phải bỏ phiếu kín.',
    unconfirmed: true,
    legalBasis: lb('ND91', { article: '45', clause: '8' }, 'UNCONFIRMED', 'Bỏ phiếu kín đối với Chiến sĩ thi đua (quy định cũ)'),
  }),
  'eval.xsCapPct': spec(z.number().min(0).max(100), 20, {
    labelVi: 'Tỷ lệ tối đa xếp loại Hoàn thành xuất sắc nhiệm vụ (%)',
    descriptionVi: 'Không quá 20% số được xếp loại Hoàn thành tốt nhiệm vụ, theo từng cơ quan, đơn vị và nhóm có nhiệm vụ tương đồng.',
    unconfirmed: false,
    legalBasis: lb('ND233', { article: '12', clause: '6' }, 'P', 'Số viên chức Hoàn thành xuất sắc nhiệm vụ không quá 20% số Hoàn thành tốt nhiệm vụ (Nghị định 335/2025/NĐ-CP quy định tương tự cho công chức)'),
  }),
  'eval.xsCapPctOutstandingUnit': spec(z.number().min(0).max(100), 25, {
    labelVi: 'Tỷ lệ tối đa khi đơn vị được xếp loại Hoàn thành xuất sắc nhiệm vụ (viên chức, %)',
    descriptionVi: 'Đơn vị sự nghiệp được xếp loại Hoàn thành xuất sắc nhiệm vụ: tối đa 25%.',
    unconfirmed: false,
    legalBasis: lb('ND233', { article: '12', clause: '6' }, 'P', 'Tối đa 25% nếu đơn vị được xếp loại Hoàn thành xuất sắc nhiệm vụ'),
  }),
  'eval.xsCapPctOutstandingUnitCongChuc': spec(z.number().min(0).max(100).nullable(), null, {
    labelVi: 'Tỷ lệ tối đa khi cơ quan xuất sắc (công chức, %)',
    descriptionVi: 'Nghị định 335/2025/NĐ-CP cho phép tỷ lệ cao hơn khi cơ quan xuất sắc nhưng mức cụ thể chưa xác nhận. Mặc định: không nâng (dùng tỷ lệ chung).',
    unconfirmed: true,
    legalBasis: lb('ND335', { clause: '5', point: 'b' }, 'UNCONFIRMED', 'Ngoại lệ tỷ lệ khi cơ quan xuất sắc (mức chưa xác nhận)'),
  }),
  'disclosure.windowWorkingDays': spec(z.number().int().min(1).max(60), 10, {
    labelVi: 'Số ngày làm việc công khai danh sách đề nghị khen thưởng',
    descriptionVi: 'Danh sách đề nghị được công khai để lấy ý kiến (kiến nghị) trong số ngày làm việc này, trước khi Hội đồng Thi đua - Khen thưởng họp. Mặc định 10 ngày làm việc.',
    unconfirmed: true,
    legalBasis: lb('ND98', { article: '46', clause: '2' }, 'UNCONFIRMED', 'Công khai ít nhất 10 ngày làm việc trước khi Hội đồng họp (khen thưởng cấp Nhà nước); Nghị định 152/2025/NĐ-CP có giữ quy định và phạm vi áp dụng ở cấp tỉnh hay không chưa xác nhận'),
  }),
  'eval.xsCapBase': spec(z.enum(['GOOD_OR_BETTER', 'GOOD_ONLY']), 'GOOD_OR_BETTER', {
    labelVi: 'Mẫu số của tỷ lệ Hoàn thành xuất sắc nhiệm vụ',
    descriptionVi: 'Tỷ lệ tính trên số xếp loại từ Hoàn thành tốt nhiệm vụ trở lên (gồm cả xuất sắc), hoặc chỉ trên số xếp loại Hoàn thành tốt nhiệm vụ.',
    unconfirmed: true,
    legalBasis: lb('ND233', { article: '12', clause: '6' }, 'UNCONFIRMED', 'Cách hiểu "số được xếp loại Hoàn thành tốt nhiệm vụ"'),
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS_SPEC;
export const SETTING_KEYS = Object.keys(SETTINGS_SPEC) as SettingKey[];

export type AgencySettings = { [K in SettingKey]: z.output<(typeof SETTINGS_SPEC)[K]['schema']> };

export const DEFAULT_SETTINGS: Readonly<AgencySettings> = Object.freeze(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS_SPEC[k].defaultValue])) as AgencySettings,
);

/** Zod schema of a complete settings object (used by the CLI and the API). */
export const AgencySettingsSchema = z.strictObject(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS_SPEC[k].schema])) as { [K in SettingKey]: (typeof SETTINGS_SPEC)[K]['schema'] },
);
/** A partial settings object: only the keys the agency changes. */
export const AgencySettingsOverridesSchema = AgencySettingsSchema.partial();

export interface SettingMetadata {
  key: SettingKey;
  labelVi: string;
  descriptionVi: string;
  unconfirmed: boolean;
  /** "chưa được xác nhận" when unconfirmed, else ''. */
  unconfirmedLabelVi: string;
  legalBasis: LegalBasis;
  citation: string;
  /** Where the provision is, without the confidence marker (shown as a tag). */
  citationWhere: string;
  defaultValue: unknown;
  /** The default in words ("Làm tròn xuống", "Không quy định"…), see setting-values.ts. */
  defaultValueVi: string;
  /** How the value is entered, with the Vietnamese label of every value. */
  editor: SettingEditor;
}

export const SETTINGS_METADATA: readonly SettingMetadata[] = SETTING_KEYS.map((key) => {
  const s = SETTINGS_SPEC[key];
  return {
    key,
    labelVi: s.labelVi,
    descriptionVi: s.descriptionVi,
    unconfirmed: s.unconfirmed,
    unconfirmedLabelVi: s.unconfirmed ? 'chưa được xác nhận' : '',
    legalBasis: s.legalBasis,
    citation: citeVi(s.legalBasis),
    citationWhere: citeWhereVi(s.legalBasis),
    defaultValue: s.defaultValue,
    defaultValueVi: formatSettingValueVi(key, s.defaultValue),
    editor: settingEditor(key),
  };
});

/** Legal basis of a setting, tagged with the setting key (for criterion lines driven by it). */
export function settingBasis(key: SettingKey): LegalBasis {
  return { ...SETTINGS_SPEC[key].legalBasis, setting: key };
}

export interface SettingEntry {
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Settings that do not validate: a `VALIDATION` domain error (a Vietnamese 400 from any route). */
export class SettingsError extends DomainError {
  constructor(readonly issues: string[], message = `Thiết lập không hợp lệ: ${issues.join('; ')}`) {
    super('VALIDATION', message);
    this.name = 'SettingsError';
  }
}

function isSettingKey(k: string): k is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTINGS_SPEC, k);
}

/** Validate one value for a key; returns the parsed value or a Vietnamese error message. */
export function validateSettingValue(key: string, value: unknown): { ok: true; value: unknown } | { ok: false; error: string; detail?: string } {
  if (!isSettingKey(key)) return { ok: false, error: `Khóa thiết lập "${key}" không tồn tại` };
  const r = SETTINGS_SPEC[key].schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const first = r.error.issues[0];
  const where = first && first.path.length > 0 ? ` (tại ${first.path.join('.')})` : '';
  // Named by its label for people and by its key for the check CLI's files; `detail` is the reason alone (a form shows it under the field).
  const detail = `${first?.message ?? ''}${where}`;
  return { ok: false, error: `Giá trị của "${SETTINGS_SPEC[key].labelVi}" (khóa "${key}") không hợp lệ${where}: ${first?.message ?? ''}`, detail };
}

/**
 * Merge the agency's dated overrides on the defaults, as in force on `onDate` (yyyy-mm-dd).
 * When several entries of a key are in force, the one with the latest effectiveFrom wins.
 * Throws SettingsError (Vietnamese messages) on unknown keys or invalid values.
 */
export function resolveSettings(entries: readonly SettingEntry[], onDate: string): AgencySettings {
  const chosen = new Map<SettingKey, SettingEntry>();
  const issues: string[] = [];
  for (const e of entries) {
    if (!isSettingKey(e.key)) {
      issues.push(`Khóa thiết lập "${e.key}" không tồn tại`);
      continue;
    }
    if (e.effectiveTo !== null && e.effectiveTo < e.effectiveFrom) {
      issues.push(`Thiết lập "${e.key}": ngày hết hiệu lực ${e.effectiveTo} trước ngày hiệu lực ${e.effectiveFrom}`);
      continue;
    }
    if (e.effectiveFrom > onDate || (e.effectiveTo !== null && e.effectiveTo < onDate)) continue;
    const prev = chosen.get(e.key);
    if (!prev || prev.effectiveFrom < e.effectiveFrom) chosen.set(e.key, e);
  }
  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const [key, e] of chosen) {
    const v = validateSettingValue(key, e.value);
    if (v.ok) out[key] = v.value;
    else issues.push(v.error);
  }
  if (issues.length > 0) throw new SettingsError(issues);
  return out as AgencySettings;
}

/** Merge a partial settings object (key → value) on the defaults, validating every value. */
export function settingsFromOverrides(overrides: Record<string, unknown>): AgencySettings {
  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  const issues: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const v = validateSettingValue(key, value);
    if (v.ok) out[key as SettingKey] = v.value;
    else issues.push(v.error);
  }
  if (issues.length > 0) throw new SettingsError(issues);
  return out as AgencySettings;
}
