import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import { userRoles, users } from '../../db/schema';
import { resetPassword } from '../services/auth-service';
import { createUser } from '../services/users-service';
import { createUserBody, resetPasswordBody } from '../../shared/schemas/auth';

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', {
    config: { policy: policies.users.list },
    schema: { tags: ['users'], summary: 'Danh sách tài khoản' },
  }, async (req) => {
    const db = app.ctx.database.db;
    const rows = await db.select({ id: users.id, username: users.username, displayName: users.displayName, personId: users.personId, active: users.active, isDemo: users.isDemo, lockedUntil: users.lockedUntil, mustChangePassword: users.mustChangePassword })
      .from(users).where(eq(users.agencyId, req.actor!.agencyId)).orderBy(asc(users.username));
    const grants = await db.select().from(userRoles);
    return { items: rows.map((u) => ({ ...u, roles: grants.filter((g) => g.userId === u.id).map((g) => ({ role: g.role, unitId: g.unitId })) })) };
  });

  r.post('/api/users', {
    config: { policy: policies.users.write },
    schema: {
      tags: ['users'],
      summary: 'Tạo tài khoản',
      body: createUserBody,
    },
  }, async (req, reply) => reply.status(201).send(await createUser(app.ctx.database.db, req.actor!, req.body)));

  r.post('/api/users/:id/reset-password', {
    config: { policy: policies.users.write },
    schema: { tags: ['users'], summary: 'Đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)', params: idParams, body: resetPasswordBody },
  }, async (req) => {
    await resetPassword(app.ctx.database.db, req.actor!, req.params.id, req.body.newPassword);
    return { ok: true };
  });
}
