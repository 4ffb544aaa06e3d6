/** Positions (chức vụ, chức danh) used in the demo data, what they imply, and how staff are laid out. */
import type { StaffCategory } from '../../domain/org/codes';
import type { UnitCode } from './organisation';

const LEADER_POSITIONS = new Set([
  'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh Thanh tra', 'Phó Chánh Thanh tra',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Giám đốc Trung tâm', 'Phó Giám đốc Trung tâm', 'Chi cục trưởng', 'Phó Chi cục trưởng',
]);
/** Người trực tiếp lao động, sản xuất, công tác (counted apart in commendation). */
const DIRECT_WORKER_POSITIONS = new Set(['Kỹ thuật viên', 'Lái xe', 'Bảo vệ', 'Nhân viên phục vụ', 'Nhân viên hợp đồng']);
const CATEGORY_BY_POSITION: Record<string, StaffCategory> = {
  'Lái xe': 'nguoi_lao_dong',
  'Bảo vệ': 'nguoi_lao_dong',
  'Nhân viên phục vụ': 'hop_dong',
  'Nhân viên hợp đồng': 'hop_dong',
};

export const isLeaderPosition = (position: string) => LEADER_POSITIONS.has(position);
export const isDirectWorkerPosition = (position: string) => DIRECT_WORKER_POSITIONS.has(position);
export const categoryFor = (position: string, unitCategory: StaffCategory): StaffCategory => CATEGORY_BY_POSITION[position] ?? unitCategory;

/** The position held before a promotion to `position`, if it is a promotion we model. */
export const PROMOTED_FROM: Record<string, { position: string; unit?: 'child' } | undefined> = {
  'Trưởng phòng': { position: 'Phó Trưởng phòng' },
  'Phó Chánh Văn phòng': { position: 'Chuyên viên chính' },
  'Phó Chánh Thanh tra': { position: 'Thanh tra viên chính' },
  'Phó Trưởng phòng': { position: 'Chuyên viên chính' },
  'Giám đốc Trung tâm': { position: 'Phó Giám đốc Trung tâm' },
  'Phó Giám đốc Trung tâm': { position: 'Phó Trưởng phòng', unit: 'child' },
  'Chi cục trưởng': { position: 'Phó Chi cục trưởng' },
  'Phó Chi cục trưởng': { position: 'Chuyên viên chính' },
};

/** Generated staff per unit (the featured people are added on top). */
export const STAFFING: Record<UnitCode, [position: string, count: number][]> = {
  BGD: [],
  VP: [['Phó Chánh Văn phòng', 1], ['Chuyên viên chính', 2], ['Chuyên viên', 2], ['Kế toán', 2], ['Văn thư', 1], ['Lái xe', 1], ['Bảo vệ', 1], ['Nhân viên phục vụ', 1]],
  TTRA: [['Phó Chánh Thanh tra', 1], ['Thanh tra viên chính', 1], ['Thanh tra viên', 3]],
  QLKH: [['Phó Trưởng phòng', 1], ['Chuyên viên chính', 2], ['Chuyên viên', 3]],
  QLCN: [['Trưởng phòng', 1], ['Phó Trưởng phòng', 1], ['Chuyên viên chính', 2], ['Chuyên viên', 3]],
  QLCHN: [['Phó Trưởng phòng', 2], ['Chuyên viên chính', 2], ['Chuyên viên', 3]],
  KHTC: [['Trưởng phòng', 1], ['Phó Trưởng phòng', 1], ['Chuyên viên chính', 1], ['Chuyên viên', 2], ['Kế toán', 2]],
  CDS: [['Trưởng phòng', 1], ['Phó Trưởng phòng', 1], ['Chuyên viên chính', 1], ['Chuyên viên', 5]],
  TTUD: [['Phó Giám đốc Trung tâm', 2]],
  'TTUD-HCTH': [['Phó Trưởng phòng', 1], ['Kế toán', 2], ['Văn thư', 1], ['Lái xe', 1], ['Bảo vệ', 1]],
  'TTUD-UDCG': [['Trưởng phòng', 1], ['Kỹ sư', 4], ['Kỹ thuật viên', 4], ['Nhân viên hợp đồng', 1]],
  'TTUD-TTTK': [['Trưởng phòng', 1], ['Phó Trưởng phòng', 1], ['Thống kê viên', 3], ['Viên chức', 3], ['Kỹ thuật viên', 1]],
  CCTDC: [['Chi cục trưởng', 1], ['Phó Chi cục trưởng', 1], ['Chuyên viên chính', 2], ['Chuyên viên', 7], ['Văn thư', 1], ['Lái xe', 1], ['Kỹ thuật viên', 2], ['Nhân viên hợp đồng', 1]],
  TTCNTT: [['Giám đốc Trung tâm', 1], ['Phó Giám đốc Trung tâm', 2], ['Kế toán', 1], ['Văn thư', 1], ['Kỹ sư', 5], ['Kỹ thuật viên', 1], ['Lái xe', 1], ['Nhân viên hợp đồng', 1]],
  'TTCNTT-HTAT': [['Trưởng phòng', 1], ['Phó Trưởng phòng', 1], ['Kỹ sư', 4], ['Kỹ thuật viên', 3]],
};

/** Former staff (retired or moved away), generated with random names. */
export const LEAVERS: { unit: UnitCode; position: string; gender: 'male' | 'female'; birthDate: string; hiredOn: string; left: { on: string; status: 'retired' | 'transferred'; reason: string } }[] = [
  { unit: 'CCTDC', position: 'Chuyên viên chính', gender: 'female', birthDate: '1966-11-05', hiredOn: '1989-08-01', left: { on: '2022-10-31', status: 'retired', reason: 'Nghỉ hưu theo chế độ' } },
  { unit: 'TTUD-TTTK', position: 'Viên chức', gender: 'female', birthDate: '1968-01-22', hiredOn: '1995-03-01', left: { on: '2024-05-31', status: 'retired', reason: 'Nghỉ hưu theo chế độ' } },
  { unit: 'QLCN', position: 'Chuyên viên chính', gender: 'female', birthDate: '1967-04-14', hiredOn: '1991-09-01', left: { on: '2023-01-31', status: 'retired', reason: 'Nghỉ hưu theo chế độ' } },
  { unit: 'TTCNTT', position: 'Kỹ sư', gender: 'male', birthDate: '1990-06-02', hiredOn: '2014-09-01', left: { on: '2023-04-30', status: 'transferred', reason: 'Chuyển công tác đến đơn vị ngoài Sở' } },
  { unit: 'VP', position: 'Chuyên viên', gender: 'male', birthDate: '1993-02-17', hiredOn: '2017-06-01', left: { on: '2021-08-31', status: 'transferred', reason: 'Chuyển công tác đến Văn phòng UBND tỉnh' } },
];
