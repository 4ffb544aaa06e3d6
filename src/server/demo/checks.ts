/** Kỷ luật and thanh tra / kiểm tra / khiếu nại: the cases that lower ratings or defer commendation. */
import type { DisciplineForm, PendingCheckKind } from '../../domain/catalogue/codes';
import type { DecisionNumbers } from './decisions';
import type { FeaturedKey } from './featured';
import type { UnitCode } from './organisation';

export interface DisciplinePlan {
  person: FeaturedKey;
  form: DisciplineForm;
  decidedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  dutyRelated: boolean;
  reason: string;
  decisionNo: string;
}

export interface InspectionPlan {
  kind: PendingCheckKind;
  title: string;
  openedOn: string;
  concludedOn: string | null;
  conclusionNo: string;
  hasViolation: boolean;
  remedied: boolean;
  remediedOn: string | null;
  summary: string;
  persons: FeaturedKey[];
  units: UnitCode[];
}

export function planDisciplines(decisionNo: DecisionNumbers): DisciplinePlan[] {
  const rows: Omit<DisciplinePlan, 'decisionNo'>[] = [
    {
      person: 'discipline2022', form: 'CANH_CAO', decidedOn: '2022-07-20', effectiveFrom: '2022-07-20', effectiveTo: '2023-07-19', dutyRelated: true,
      reason: 'Vi phạm quy trình kiểm tra chất lượng hàng hóa, để xảy ra sai sót trong hồ sơ kiểm tra.',
    },
    {
      person: 'disciplineEnded2025', form: 'KHIEN_TRACH', decidedOn: '2024-03-15', effectiveFrom: '2024-03-15', effectiveTo: '2025-03-14', dutyRelated: true,
      reason: 'Chậm trễ trong thực hiện nhiệm vụ được giao, làm gián đoạn dịch vụ hạ tầng dùng chung.',
    },
    {
      person: 'disciplineCurrent', form: 'KHIEN_TRACH', decidedOn: '2026-05-18', effectiveFrom: '2026-05-18', effectiveTo: '2027-05-17', dutyRelated: true,
      reason: 'Vi phạm quy định về bảo mật số liệu thống kê chưa công bố.',
    },
  ];
  return rows.map((r) => ({ ...r, decisionNo: decisionNo('SKHCN', r.decidedOn) }));
}

export function planInspections(decisionNo: DecisionNumbers): InspectionPlan[] {
  return [
    {
      kind: 'EXAMINATION', title: 'Kiểm tra công tác quản lý tài chính, tài sản công năm 2023 tại Chi cục Tiêu chuẩn Đo lường Chất lượng',
      openedOn: '2024-05-06', concludedOn: '2024-06-28', conclusionNo: decisionNo('TTR_KL', '2024-06-28'),
      hasViolation: true, remedied: true, remediedOn: '2024-08-15',
      summary: 'Một số khoản chi hội nghị chưa đúng định mức (4,2 triệu đồng). Đơn vị đã nộp trả ngân sách và chấn chỉnh công tác kế toán.',
      persons: ['remediedSubject'], units: ['CCTDC'],
    },
    {
      kind: 'AUDIT', title: 'Kiểm toán ngân sách địa phương năm 2022 tại Sở Khoa học và Công nghệ',
      openedOn: '2023-03-13', concludedOn: '2023-05-26', conclusionNo: '245/TB-KV VII',
      hasViolation: false, remedied: false, remediedOn: null,
      summary: 'Không phát hiện sai phạm; kiến nghị hoàn thiện hồ sơ quyết toán nhiệm vụ KH&CN.',
      persons: [], units: ['KHTC'],
    },
    {
      kind: 'INSPECTION', title: 'Thanh tra việc quản lý, sử dụng kinh phí sự nghiệp khoa học và công nghệ năm 2025 tại Trung tâm Ứng dụng và Thống kê KH&CN',
      openedOn: '2026-09-08', concludedOn: null, conclusionNo: '',
      hasViolation: true, remedied: false, remediedOn: null,
      summary: `Đoàn thanh tra (Quyết định số ${decisionNo('TTR_QD', '2026-09-08')}) phát hiện dấu hiệu vi phạm trong thanh toán hợp đồng thuê dịch vụ điều tra thống kê; đang xác minh, chưa có kết luận.`,
      persons: ['deferredByInspection'], units: [],
    },
    {
      kind: 'COMPLAINT', title: 'Xác minh nội dung đơn tố cáo liên quan đến việc cấp giấy chứng nhận kiểm định phương tiện đo',
      openedOn: '2026-10-05', concludedOn: null, conclusionNo: '',
      hasViolation: false, remedied: false, remediedOn: null,
      summary: 'Đơn tố cáo đã được thụ lý; đang xác minh nội dung.',
      persons: ['complaintSubject'], units: [],
    },
  ];
}

/** Disciplines (warning or heavier) in force during a year: the unit loses "Tập thể lao động tiên tiến". */
export const inForceDuring = (d: DisciplinePlan, year: number) => d.effectiveFrom <= `${year}-12-31` && d.effectiveTo >= `${year}-01-01`;
