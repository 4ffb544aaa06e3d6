/** The fictional department and its units tree. */
import { randomUUID } from 'node:crypto';
import type { StaffCategory, UnitKind } from '../../domain/org/codes';
import type { Issuer } from './decisions';

export const DEMO_NOTICE = 'Dữ liệu trình diễn, hư cấu';

export const DEMO_AGENCY = {
  code: 'SKHCN-LS',
  name: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
  shortName: 'Sở KH&CN',
  superiorBody: 'UBND TỈNH LẠNG SƠN',
  placeName: 'Lạng Sơn',
  documentAbbreviation: 'SKHCN',
};

export const UNIT_CODES = [
  'BGD', 'VP', 'TTRA', 'QLKH', 'QLCN', 'QLCHN', 'KHTC', 'CDS',
  'TTUD', 'TTUD-HCTH', 'TTUD-UDCG', 'TTUD-TTTK', 'CCTDC', 'TTCNTT', 'TTCNTT-HTAT',
] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

export interface UnitPlan {
  id: string;
  code: UnitCode;
  name: string;
  kind: UnitKind;
  parent: UnitCode | null;
  /** Category of most staff: công chức in the Sở and the Chi cục, viên chức in the Trung tâm. */
  staffCategory: StaffCategory;
  /** Who decides the yearly rating of the unit's staff. */
  ratingIssuer: Issuer;
}

const UNIT_ROWS: [UnitCode, string, UnitKind, UnitCode | null, StaffCategory, Issuer][] = [
  ['BGD', 'Ban Giám đốc', 'leadership', null, 'cong_chuc', 'UBND'],
  ['VP', 'Văn phòng Sở', 'office', null, 'cong_chuc', 'SKHCN'],
  ['TTRA', 'Thanh tra Sở', 'inspectorate', null, 'cong_chuc', 'SKHCN'],
  ['QLKH', 'Phòng Quản lý khoa học', 'division', null, 'cong_chuc', 'SKHCN'],
  ['QLCN', 'Phòng Quản lý công nghệ và Thị trường công nghệ', 'division', null, 'cong_chuc', 'SKHCN'],
  ['QLCHN', 'Phòng Quản lý chuyên ngành', 'division', null, 'cong_chuc', 'SKHCN'],
  ['KHTC', 'Phòng Kế hoạch - Tài chính', 'division', null, 'cong_chuc', 'SKHCN'],
  ['CDS', 'Phòng Chuyển đổi số', 'division', null, 'cong_chuc', 'SKHCN'],
  ['TTUD', 'Trung tâm Ứng dụng và Thống kê KH&CN', 'affiliated', null, 'vien_chuc', 'TTUD'],
  ['TTUD-HCTH', 'Phòng Hành chính - Tổng hợp', 'division', 'TTUD', 'vien_chuc', 'TTUD'],
  ['TTUD-UDCG', 'Phòng Ứng dụng và Chuyển giao công nghệ', 'division', 'TTUD', 'vien_chuc', 'TTUD'],
  ['TTUD-TTTK', 'Phòng Thông tin và Thống kê KH&CN', 'division', 'TTUD', 'vien_chuc', 'TTUD'],
  ['CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'affiliated', null, 'cong_chuc', 'CCTDC'],
  ['TTCNTT', 'Trung tâm Công nghệ thông tin và Truyền thông', 'affiliated', null, 'vien_chuc', 'TTCNTT'],
  ['TTCNTT-HTAT', 'Phòng Hạ tầng và An toàn thông tin', 'division', 'TTCNTT', 'vien_chuc', 'TTCNTT'],
];

export function planUnits(): Map<UnitCode, UnitPlan> {
  return new Map(
    UNIT_ROWS.map(([code, name, kind, parent, staffCategory, ratingIssuer]) => [
      code,
      { id: randomUUID(), code, name, kind, parent, staffCategory, ratingIssuer },
    ]),
  );
}

/** The unit and every unit below it. */
export function subtreeCodes(units: Map<UnitCode, UnitPlan>, root: UnitCode): Set<UnitCode> {
  const out = new Set<UnitCode>([root]);
  for (const u of units.values()) if (u.parent && out.has(u.parent)) out.add(u.code);
  return out;
}

export const unitRows = (units: Map<UnitCode, UnitPlan>, agencyId: string) =>
  [...units.values()].map((u, i) => ({
    id: u.id, agencyId, code: u.code, name: u.name, kind: u.kind, sortOrder: i + 1,
    parentId: u.parent ? units.get(u.parent)!.id : null,
  }));
