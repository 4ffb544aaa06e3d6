import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client';
import { agencies, personAssignments, persons, units, userRoles, users } from '../../src/db/schema';
import type { Role } from '../../src/domain/auth/roles';
import { composeFullName, vietnameseNameSortKey } from '../../src/domain/text/vietnamese';
import { hashPassword } from '../../src/server/services/passwords';

export const TEST_PASSWORD = 'MatKhau-Test-2025';
let passwordHash: Promise<string> | null = null;
const uniq = () => randomBytes(3).toString('hex');

/** Test data, built the way the application builds it. */
export function factory(db: Db) {
  return {
    async agency(overrides: Partial<typeof agencies.$inferInsert> = {}) {
      const [a] = await db.insert(agencies).values({ code: `AG-${uniq()}`, name: 'Sở Thử nghiệm', placeName: 'Lạng Sơn', ...overrides }).returning();
      return a!;
    },
    async unit(agencyId: string, overrides: Partial<typeof units.$inferInsert> = {}) {
      const [u] = await db.insert(units).values({ agencyId, code: `U-${uniq()}`, name: 'Phòng Thử nghiệm', kind: 'division', ...overrides }).returning();
      return u!;
    },
    async person(
      agencyId: string,
      unitId: string,
      overrides: Partial<typeof persons.$inferInsert> & { familyName?: string; middleName?: string; givenName?: string; fromDate?: string } = {},
    ) {
      const { fromDate = '2020-01-01', ...rest } = overrides;
      const familyName = rest.familyName ?? 'Nguyễn';
      const middleName = rest.middleName ?? 'Văn';
      const givenName = rest.givenName ?? 'An';
      const [p] = await db
        .insert(persons)
        .values({
          agencyId, unitId, code: `P-${uniq()}`, gender: 'male', staffCategory: 'cong_chuc', position: 'Chuyên viên',
          ...rest, familyName, middleName, givenName,
          fullName: composeFullName(familyName, middleName, givenName),
          sortKey: vietnameseNameSortKey(familyName, middleName, givenName),
        })
        .returning();
      await db.insert(personAssignments).values({
        personId: p!.id, unitId, position: p!.position, isLeader: p!.isLeader, staffCategory: p!.staffCategory, fromDate, reason: 'Tiếp nhận',
      });
      return p!;
    },
    async user(agencyId: string, grants: { role: Role; unitId?: string | null }[], overrides: Partial<typeof users.$inferInsert> = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const [u] = await db
        .insert(users)
        .values({ agencyId, username: `u.${uniq()}`, displayName: 'Người dùng thử', passwordHash: await passwordHash, ...overrides })
        .returning();
      if (grants.length) await db.insert(userRoles).values(grants.map((g) => ({ userId: u!.id, role: g.role, unitId: g.unitId ?? null })));
      return u!;
    },
  };
}
