import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import { listAgencyUsers } from '../../db/queries/users';
import { resetPassword } from '../services/auth-service';
import { createUser } from '../services/users-service';
import { createUserBody, resetPasswordBody } from '../../shared/schemas/auth';

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', {
    config: { policy: policies.users.list },
    schema: { tags: ['users'], summary: 'Danh sách tài khoản' },
  }, async (req) => ({ items: await listAgencyUsers(app.ctx.database.db, req.actor!.agencyId) }));

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
