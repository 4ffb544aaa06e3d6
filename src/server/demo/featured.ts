/**
 * The people whose records tell a story the rules engine and the browser tests rely on
 * (kept by name, so tests can look them up). Everyone else is generated.
 */
import type { CstdcsPath, RatingLevel } from '../../domain/catalogue/codes';
import type { Gender, StaffCategory } from '../../domain/org/codes';
import type { UnitCode } from './organisation';

export interface Step {
  unit: UnitCode;
  position: string;
  from: string;
  reason: string;
}

export interface FeaturedPerson {
  name: [family: string, middle: string, given: string];
  gender: Gender;
  birthDate: string;
  /** Assignments in order; the last one is the current (or last) one. */
  history: Step[];
  category?: StaffCategory;
  left?: { on: string; status: 'retired' | 'transferred'; reason: string };
  /** Scripted rating levels by year (other rated years: HTTNV). */
  levels?: Partial<Record<number, RatingLevel>>;
  /** Scripted CSTĐCS by year, with the path it was granted on. */
  cstdcs?: Partial<Record<number, CstdcsPath>>;
}

const step = (unit: UnitCode, position: string, from: string, reason = 'Tiếp nhận, tuyển dụng'): Step => ({ unit, position, from, reason });

export const FEATURED = {
  director: {
    name: ['Hoàng', 'Văn', 'Minh'], gender: 'male', birthDate: '1971-08-14',
    history: [step('BGD', 'Phó Giám đốc', '2016-10-01', 'Điều động, bổ nhiệm'), step('BGD', 'Giám đốc', '2022-04-01', 'Bổ nhiệm Giám đốc Sở')],
  },
  formerDirector: {
    name: ['Dương', 'Công', 'Thành'], gender: 'male', birthDate: '1966-03-12',
    history: [step('BGD', 'Giám đốc', '2014-06-01', 'Bổ nhiệm')],
    left: { on: '2022-03-31', status: 'transferred', reason: 'Điều động, bổ nhiệm giữ chức vụ khác ngoài Sở' },
  },
  deputyNhung: {
    name: ['Lương', 'Thị Hồng', 'Nhung'], gender: 'female', birthDate: '1975-05-02',
    history: [step('QLKH', 'Trưởng phòng', '2010-03-01', 'Bổ nhiệm'), step('BGD', 'Phó Giám đốc', '2019-01-15', 'Bổ nhiệm')],
  },
  deputyThang: {
    name: ['Triệu', 'Đức', 'Thắng'], gender: 'male', birthDate: '1970-11-23',
    history: [step('BGD', 'Phó Giám đốc', '2018-02-01', 'Điều động, bổ nhiệm')],
  },
  deputyLinh: {
    name: ['Vi', 'Văn', 'Lĩnh'], gender: 'male', birthDate: '1978-07-19',
    history: [step('BGD', 'Phó Giám đốc', '2025-03-01', 'Tiếp nhận, bổ nhiệm sau hợp nhất Sở Thông tin và Truyền thông')],
  },
  chiefOfOffice: {
    name: ['Nông', 'Thị Thu', 'Hằng'], gender: 'female', birthDate: '1976-09-30',
    history: [step('VP', 'Chuyên viên', '2003-08-01'), step('VP', 'Phó Chánh Văn phòng', '2014-04-01', 'Bổ nhiệm'), step('VP', 'Chánh Văn phòng', '2020-07-01', 'Bổ nhiệm')],
  },
  unionChair: {
    name: ['Chu', 'Văn', 'Hưởng'], gender: 'male', birthDate: '1980-02-11',
    history: [step('VP', 'Chuyên viên chính', '2006-09-01'), step('VP', 'Phó Chánh Văn phòng', '2021-05-01', 'Bổ nhiệm')],
  },
  officeTdkt: {
    name: ['Nguyễn', 'Thị', 'Hoa'], gender: 'female', birthDate: '1988-04-06',
    history: [step('VP', 'Chuyên viên', '2012-09-01')],
  },
  chiefInspector: {
    name: ['Lăng', 'Văn', 'Quyết'], gender: 'male', birthDate: '1974-12-03',
    history: [step('TTRA', 'Thanh tra viên chính', '2001-10-01'), step('TTRA', 'Chánh Thanh tra', '2019-08-01', 'Bổ nhiệm')],
  },
  qlkhHead: {
    name: ['Đặng', 'Thị', 'Thu'], gender: 'female', birthDate: '1979-06-21',
    history: [step('QLKH', 'Chuyên viên', '2004-07-01'), step('QLKH', 'Phó Trưởng phòng', '2016-05-01', 'Bổ nhiệm'), step('QLKH', 'Trưởng phòng', '2023-10-01', 'Bổ nhiệm')],
  },
  /** Three CSTĐCS in a row on the HTXSNV path + a provincial-scope initiative: qualifies for CSTĐ tỉnh. */
  cstdTinhByRating: {
    name: ['Hà', 'Minh', 'Tuấn'], gender: 'male', birthDate: '1984-01-17',
    history: [step('QLKH', 'Chuyên viên', '2009-03-01'), step('QLKH', 'Phó Trưởng phòng', '2021-03-01', 'Bổ nhiệm')],
    levels: { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
    cstdcs: { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
  },
  /** demo.canbo: an ordinary chuyên viên with an initiative that earned her CSTĐCS 2024. */
  canbo: {
    name: ['Trần', 'Thị Ngọc', 'Ánh'], gender: 'female', birthDate: '1991-10-09',
    history: [step('QLKH', 'Chuyên viên', '2015-03-01')],
    cstdcs: { 2024: 'INITIATIVE' },
  },
  /** Moved from Phòng Quản lý khoa học to Phòng Chuyển đổi số in 2024: 2023 unit ≠ today's. */
  movedToCds: {
    name: ['Hoàng', 'Thị Thu', 'Trang'], gender: 'female', birthDate: '1987-03-25',
    history: [step('QLKH', 'Chuyên viên', '2011-10-01'), step('CDS', 'Chuyên viên chính', '2024-03-01', 'Điều động')],
  },
  transferredOut: {
    name: ['Phạm', 'Văn', 'Dũng'], gender: 'male', birthDate: '1982-08-08',
    history: [step('KHTC', 'Chuyên viên', '2007-05-01'), step('KHTC', 'Phó Trưởng phòng', '2019-06-01', 'Bổ nhiệm')],
    left: { on: '2025-07-31', status: 'transferred', reason: 'Chuyển công tác đến Sở Tài chính' },
  },
  retiredLoan: {
    name: ['Nguyễn', 'Thị', 'Loan'], gender: 'female', birthDate: '1967-02-10',
    history: [step('VP', 'Kế toán', '1990-09-01')],
    left: { on: '2023-06-30', status: 'retired', reason: 'Nghỉ hưu theo chế độ' },
  },
  driverYagi: {
    name: ['Hà', 'Văn', 'Kiên'], gender: 'male', birthDate: '1983-05-27',
    history: [step('VP', 'Lái xe', '2010-04-01')],
  },
  /** The one and only Nguyễn Văn An. */
  an: {
    name: ['Nguyễn', 'Văn', 'An'], gender: 'male', birthDate: '1975-03-15',
    history: [step('TTUD', 'Phó Giám đốc Trung tâm', '2008-01-01', 'Tiếp nhận, bổ nhiệm'), step('TTUD', 'Giám đốc Trung tâm', '2020-01-01', 'Bổ nhiệm')],
  },
  /** demo.daumoi: the Trung tâm's TĐKT focal point. */
  focalPoint: {
    name: ['Hà', 'Thị Thúy', 'Vân'], gender: 'female', birthDate: '1989-12-12',
    history: [step('TTUD-HCTH', 'Viên chức', '2013-06-01')],
  },
  /** Would qualify for Bằng khen tỉnh (2 CSTĐCS + 2 initiatives) but an open inspection names him: deferred. */
  deferredByInspection: {
    name: ['Bế', 'Văn', 'Toản'], gender: 'male', birthDate: '1982-04-04',
    history: [step('TTUD-HCTH', 'Phó Trưởng phòng', '2008-03-01', 'Tiếp nhận, bổ nhiệm'), step('TTUD-HCTH', 'Trưởng phòng', '2022-01-01', 'Bổ nhiệm')],
    levels: { 2024: 'HTXSNV', 2025: 'HTXSNV' },
    cstdcs: { 2024: 'HTXSNV', 2025: 'HTXSNV' },
  },
  /** Three CSTĐCS in a row (initiative, HTXSNV, S&T task) + a provincial-scope initiative: qualifies for CSTĐ tỉnh. */
  cstdTinhByInitiative: {
    name: ['Vi', 'Thị', 'Quỳnh'], gender: 'female', birthDate: '1986-06-30',
    history: [step('TTUD-UDCG', 'Kỹ sư', '2010-08-01')],
    levels: { 2024: 'HTXSNV' },
    cstdcs: { 2023: 'INITIATIVE', 2024: 'HTXSNV', 2025: 'SCIENCE_TASK' },
  },
  /** Already Chiến sĩ thi đua tỉnh for 2021 (CSTĐCS 2019–2021). */
  pastCstdTinh: {
    name: ['Triệu', 'Thị', 'Mai'], gender: 'female', birthDate: '1978-01-08',
    history: [step('TTUD-UDCG', 'Kỹ sư', '2002-09-01'), step('TTUD-UDCG', 'Phó Trưởng phòng', '2017-07-01', 'Bổ nhiệm')],
    levels: { 2019: 'HTXSNV', 2020: 'HTXSNV', 2021: 'HTXSNV' },
    cstdcs: { 2019: 'HTXSNV', 2020: 'HTXSNV', 2021: 'HTXSNV' },
  },
  disciplineCurrent: {
    name: ['Lý', 'Thị', 'Nhàn'], gender: 'female', birthDate: '1992-09-14',
    history: [step('TTUD-TTTK', 'Thống kê viên', '2016-11-01')],
  },
  /** Three CSTĐCS in a row, but his initiative's provincial effect is not recognised by the province head. */
  nearMissScope: {
    name: ['Lộc', 'Văn', 'Hải'], gender: 'male', birthDate: '1983-10-20',
    history: [step('CCTDC', 'Chuyên viên', '2008-02-01'), step('CCTDC', 'Chuyên viên chính', '2018-01-01', 'Nâng ngạch')],
    levels: { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
    cstdcs: { 2023: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
  },
  complaintSubject: {
    name: ['Phạm', 'Đức', 'Cường'], gender: 'male', birthDate: '1980-07-07',
    history: [step('CCTDC', 'Chuyên viên chính', '2005-04-01'), step('CCTDC', 'Phó Chi cục trưởng', '2020-10-01', 'Bổ nhiệm')],
  },
  remediedSubject: {
    name: ['Đinh', 'Thị', 'Lụa'], gender: 'female', birthDate: '1984-02-29',
    history: [step('CCTDC', 'Kế toán', '2009-09-01')],
  },
  /** Cảnh cáo in 2022 (duty-related): rated KHTNV 2022. */
  discipline2022: {
    name: ['Hứa', 'Văn', 'Phong'], gender: 'male', birthDate: '1986-12-01',
    history: [step('CCTDC', 'Chuyên viên', '2012-03-01')],
    levels: { 2022: 'KHTNV', 2023: 'HTNV' },
  },
  /** Khiển trách 15/3/2024 – 14/3/2025 (ends in 2025): KHTNV 2024, HTNV 2025. */
  disciplineEnded2025: {
    name: ['Nông', 'Văn', 'Tùng'], gender: 'male', birthDate: '1990-05-05',
    history: [step('TTCNTT', 'Kỹ thuật viên', '2014-07-01')],
    levels: { 2024: 'KHTNV', 2025: 'HTNV' },
  },
  bkTinhHolder: {
    name: ['Hoàng', 'Văn', 'Sơn'], gender: 'male', birthDate: '1977-11-11',
    history: [step('QLCHN', 'Phó Trưởng phòng', '2012-02-01', 'Tiếp nhận, bổ nhiệm'), step('QLCHN', 'Trưởng phòng', '2018-09-01', 'Bổ nhiệm')],
    levels: { 2021: 'HTXSNV', 2022: 'HTXSNV' },
    cstdcs: { 2021: 'HTXSNV', 2022: 'HTXSNV' },
  },
  /** CSTĐCS 2021, 2022, 2024, 2025 (2023 only LĐTT): the chain is broken; two unused initiatives → Bằng khen tỉnh candidate. */
  brokenChain: {
    name: ['Mông', 'Thị', 'Hạnh'], gender: 'female', birthDate: '1985-08-18',
    history: [step('TTCNTT-HTAT', 'Kỹ sư', '2009-10-01')],
    levels: { 2021: 'HTXSNV', 2022: 'HTXSNV', 2023: 'HTTNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
    cstdcs: { 2021: 'HTXSNV', 2022: 'HTXSNV', 2024: 'HTXSNV', 2025: 'HTXSNV' },
  },
} satisfies Record<string, FeaturedPerson>;

export type FeaturedKey = keyof typeof FEATURED;
