import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../src/db/client';
import { userRoles, users } from '../../src/db/schema';
import type { Role } from '../../src/domain/auth/roles';
import type { AppConfig } from '../../src/server/config';
import { createSession, SESSION_COOKIE } from '../../src/server/services/sessions';
import { generateProvinceDataset, type DatasetSize } from '../eligibility/dataset';

/** 100,000 people in 60 agencies (about 1,700 each); ten years of records for the first six agencies. */
export const LOAD_SIZE: DatasetSize = { agencies: 60, unitsPerAgency: 12, people: 100_000, firstYear: 2016, lastYear: 2025 };
export const RECORD_AGENCIES = 6;

// Frequencies roughly as in Vietnam: Nguyễn about a third, then Trần, Lê, Phạm…
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Nông', 'Lương', 'Hà', 'Đinh', 'Triệu', 'Mai'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Thu', 'Quang', 'Xuân', 'Hoài', 'Gia', 'Bảo', 'Kim', 'Thị Thu', 'Văn Minh', 'Hồng', 'Tiến', 'Mạnh', 'Thùy'];
const GIVEN = ['An', 'Anh', 'Bình', 'Cường', 'Chi', 'Dũng', 'Duy', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Huyền', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Nhung', 'Phong', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Tú', 'Vân', 'Việt', 'Yến', 'Đạt', 'Đông', 'Thành', 'Hòa', 'Lộc', 'Khôi', 'Tùng', 'Oanh'];

/** A deterministic name for person number g (the dataset's code is 'P' || g). */
export function nameOf(g: number) {
  const h = (salt: number) => Math.abs(Math.imul(g + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0;
  const familyName = FAMILY[h(1) % FAMILY.length]!;
  const middleName = MIDDLE[(h(2) >>> 3) % MIDDLE.length]!;
  const givenName = GIVEN[(h(3) >>> 5) % GIVEN.length]!;
  return { familyName, middleName, givenName };
}

/**
 * The province dataset (bench/eligibility/dataset.ts) at 100,000 people, with realistic Vietnamese
 * names and sort keys computed the way the application computes them, so searches such as
 * "nguyen van an" match what they would in a real department. Records (which only the signed-in
 * agency's pages read) are generated for six agencies, to keep generation within a minute or two.
 */
export async function generateLoadDataset(db: Db, size: DatasetSize = LOAD_SIZE) {
  return generateProvinceDataset(db, size, { names: nameOf, recordAgencies: RECORD_AGENCIES });
}

export interface BenchUser {
  role: Role;
  cookie: string;
  unitId: string | null;
}

/**
 * Signed-in users of the first bench agency: sessions created the way sign-in creates them (the
 * password check, ~50 ms of argon2 each, is not what is measured here). `unitHeads` of them are
 * unit-scoped (Thủ trưởng đơn vị of one of the agency's units), the rest are TĐKT office officers.
 */
export async function benchUsers(db: Db, config: AppConfig, count: number, unitHeads = 0, tag = 'load'): Promise<BenchUser[]> {
  const [agency] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM agencies WHERE code = 'BENCH-1'`));
  const unitIds = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM units WHERE agency_id = ${agency!.id} ORDER BY sort_order`)).map((u) => u.id);
  const out: BenchUser[] = [];
  for (let i = 0; i < count; i++) {
    const role: Role = i < unitHeads ? 'unit_head' : 'office';
    const [u] = await db.insert(users).values({ agencyId: agency!.id, username: `bench.${tag}.${i}`, displayName: `Người dùng thử tải ${i}`, passwordHash: 'x' }).returning({ id: users.id });
    const unitId = role === 'unit_head' ? unitIds[i % unitIds.length]! : null;
    await db.insert(userRoles).values({ userId: u!.id, role, unitId });
    const { token } = await createSession(db, config, u!.id, { ip: '127.0.0.1', userAgent: 'bench' });
    out.push({ role, cookie: `${SESSION_COOKIE}=${token}`, unitId });
  }
  return out;
}

export async function benchAgencyId(db: Db): Promise<string> {
  const [agency] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM agencies WHERE code = 'BENCH-1'`));
  return agency!.id;
}

/** Ids of some people of the bench agency, for "open a person" requests. */
export async function samplePersonIds(db: Db, agencyId: string, n = 200): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM persons WHERE agency_id = ${agencyId} ORDER BY code LIMIT ${n}`)).map((r) => r.id);
}
