import type { Db } from '../../db/client';
import { agencies, personAssignments, persons, units, userRoles, users } from '../../db/schema';
import { composeFullName, vietnameseNameSortKey } from '../../domain/text/vietnamese';
import { hashPassword } from '../services/passwords';
import type { Role } from '../../domain/auth/roles';

export const DEMO_PASSWORD = 'VinhDanh@2025';

/** Minimal fictional department (to be replaced by the full demo dataset). */
export async function seedDemo(db: Db): Promise<{ username: string; label: string }[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [agency] = await tx.insert(agencies).values({ code: 'SKHCN-LS', name: 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn', shortName: 'Sở KH&CN', superiorBody: 'UBND TỈNH LẠNG SƠN', placeName: 'Lạng Sơn', documentAbbreviation: 'SKHCN' }).returning();
    const a = agency!.id;
    const mk = async (code: string, name: string, kind: string, sortOrder: number, parentId: string | null = null) =>
      (await tx.insert(units).values({ agencyId: a, code, name, kind, sortOrder, parentId }).returning())[0]!;
    const bgd = await mk('BGD', 'Ban Giám đốc', 'leadership', 1);
    const vp = await mk('VP', 'Văn phòng Sở', 'office', 2);
    const qlkh = await mk('QLKH', 'Phòng Quản lý khoa học', 'division', 4);
    const ttud = await mk('TTUD', 'Trung tâm Ứng dụng và Thống kê KH&CN', 'affiliated', 8);
    const people = [
      ['Hoàng', 'Văn', 'Minh', 'male', 'cong_chuc', 'Giám đốc', true, bgd.id],
      ['Nguyễn', 'Thị', 'Hoa', 'female', 'cong_chuc', 'Chánh Văn phòng', true, vp.id],
      ['Lương', 'Văn', 'An', 'male', 'cong_chuc', 'Chuyên viên', false, vp.id],
      ['Đặng', 'Thị', 'Thu', 'female', 'cong_chuc', 'Trưởng phòng', true, qlkh.id],
      ['Nguyễn', 'Văn', 'An', 'male', 'vien_chuc', 'Giám đốc Trung tâm', true, ttud.id],
      ['Vi', 'Thị', 'Đào', 'female', 'vien_chuc', 'Viên chức', false, ttud.id],
    ] as const;
    const ids: string[] = [];
    for (const [i, [f, m, g, gender, cat, position, isLeader, unitId]] of people.entries()) {
      const [p] = await tx.insert(persons).values({
        agencyId: a, code: `CB${String(i + 1).padStart(5, '0')}`, familyName: f, middleName: m, givenName: g,
        fullName: composeFullName(f, m, g), sortKey: vietnameseNameSortKey(f, m, g), gender, staffCategory: cat, position, isLeader, unitId,
      }).returning();
      await tx.insert(personAssignments).values({ personId: p!.id, unitId, position, isLeader, staffCategory: cat, fromDate: '2020-01-01', reason: 'Tiếp nhận' });
      ids.push(p!.id);
    }
    const accounts: [string, string, Role, string | null, string | null][] = [
      ['demo.admin', 'Quản trị hệ thống', 'admin', null, null],
      ['demo.vanphong', 'Nguyễn Thị Hoa (Văn phòng)', 'office', null, ids[1]!],
      ['demo.giamdoc', 'Hoàng Văn Minh (Giám đốc)', 'director', null, ids[0]!],
      ['demo.truongphong', 'Đặng Thị Thu (Trưởng phòng QLKH)', 'unit_head', qlkh.id, ids[3]!],
      ['demo.daumoi', 'Vi Thị Đào (đầu mối TĐKT Trung tâm)', 'focal_point', ttud.id, ids[5]!],
      ['demo.hoidong', 'Thành viên Hội đồng TĐKT', 'council_member', null, ids[1]!],
      ['demo.canbo', 'Lương Văn An (cán bộ)', 'staff', null, ids[2]!],
    ];
    for (const [username, displayName, role, unitId, personId] of accounts) {
      const [u] = await tx.insert(users).values({ agencyId: a, username, displayName, passwordHash, personId, isDemo: true }).returning();
      await tx.insert(userRoles).values({ userId: u!.id, role, unitId });
    }
    return accounts.map(([username, label]) => ({ username, label }));
  });
}
