/** One demo account per role, each linked to the person who would hold it. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/auth/roles';
import type { FeaturedKey } from './featured';
import type { UnitCode } from './organisation';
import { fullName, type PersonPlan } from './people';

export const DEMO_PASSWORD = 'VinhDanh@2025';

const ACCOUNTS: { username: string; role: Role; person: FeaturedKey | null; unit: UnitCode | null; title: string }[] = [
  { username: 'demo.admin', role: 'admin', person: null, unit: null, title: 'Quản trị hệ thống' },
  { username: 'demo.vanphong', role: 'office', person: 'officeTdkt', unit: null, title: 'Cán bộ TĐKT Văn phòng' },
  { username: 'demo.giamdoc', role: 'director', person: 'director', unit: null, title: 'Giám đốc Sở' },
  { username: 'demo.truongphong', role: 'unit_head', person: 'qlkhHead', unit: 'QLKH', title: 'Trưởng phòng Quản lý khoa học' },
  { username: 'demo.daumoi', role: 'focal_point', person: 'focalPoint', unit: 'TTUD', title: 'Đầu mối TĐKT Trung tâm Ứng dụng và Thống kê KH&CN' },
  { username: 'demo.hoidong', role: 'council_member', person: 'chiefInspector', unit: null, title: 'Ủy viên Hội đồng TĐKT' },
  { username: 'demo.canbo', role: 'staff', person: 'canbo', unit: null, title: 'Chuyên viên Phòng Quản lý khoa học' },
];

export function planAccounts(people: PersonPlan[]) {
  return ACCOUNTS.map((a) => {
    const person = a.person ? people.find((p) => p.key === a.person)! : null;
    return {
      id: randomUUID(),
      username: a.username,
      role: a.role,
      unit: a.unit,
      person,
      /** Shown on start: "Cán bộ TĐKT Văn phòng — Nguyễn Thị Hoa". */
      label: person ? `${a.title} — ${fullName(person)}` : a.title,
      /** The account's display name: the person's name (the header shows the role beside it). */
      displayName: person ? fullName(person) : a.title,
    };
  });
}
export type AccountPlan = ReturnType<typeof planAccounts>[number];
