import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appendAudit } from '../../db/audit-log';
import { persons, units, userRoles, users } from '../../db/schema';
import { UNIT_SCOPED_ROLES, type Actor, type Role } from '../../domain/auth/roles';
import { validation } from '../errors';
import { auditWho } from './audit-actor';
import { hashPassword, passwordProblem } from './passwords';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  personId?: string | null;
  roles: { role: Role; unitId?: string | null }[];
}

export async function createUser(db: Db, actor: Actor, input: NewUser) {
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw validation([{ path: 'password', field: 'Mật khẩu', message: problem }]);
  const [dup] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (dup) throw validation([{ path: 'username', field: 'Tên đăng nhập', message: 'Tên đăng nhập đã được dùng.' }]);
  input.roles.forEach((g, i) => {
    if (UNIT_SCOPED_ROLES.includes(g.role) && !g.unitId) {
      throw validation([{ path: `roles.${i}.unitId`, field: 'Đơn vị', message: 'Vai trò theo đơn vị cần chọn đơn vị.' }]);
    }
  });
  if (input.personId) {
    const [person] = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.id, input.personId), eq(persons.agencyId, actor.agencyId)));
    if (!person) throw validation([{ path: 'personId', field: 'Cán bộ', message: 'Không tìm thấy cán bộ trong cơ quan.' }]);
  }
  for (const [i, g] of input.roles.entries()) {
    if (!g.unitId) continue;
    const [unit] = await db.select({ id: units.id }).from(units).where(and(eq(units.id, g.unitId), eq(units.agencyId, actor.agencyId)));
    if (!unit) throw validation([{ path: `roles.${i}.unitId`, field: 'Đơn vị', message: 'Không tìm thấy đơn vị trong cơ quan.' }]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ agencyId: actor.agencyId, username: input.username, displayName: input.displayName, passwordHash, personId: input.personId ?? null, mustChangePassword: true })
      .returning({ id: users.id, username: users.username, displayName: users.displayName });
    await tx.insert(userRoles).values(input.roles.map((g) => ({ userId: created!.id, role: g.role, unitId: g.unitId ?? null })));
    await appendAudit(tx, { ...auditWho(actor), event: 'user.created', entityId: created!.id, data: { username: created!.username, displayName: created!.displayName, roles: input.roles } });
    return created!;
  });
}
