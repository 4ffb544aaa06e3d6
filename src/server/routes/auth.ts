import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { changePasswordBody, loginBody } from '../../shared/schemas/auth';
import { policies } from '../../domain/policies';
import { ROLE_LABELS, type Actor } from '../../domain/auth/roles';
import { accountSummary } from '../../db/queries/users';
import { changePassword, login } from '../services/auth-service';
import { deleteSession, SESSION_COOKIE } from '../services/sessions';
import { abilitiesOf } from '../services/abilities';
import { stripSenseless } from '../plugins/input-guard';

const meBody = z.object({
  user: z
    .object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      personId: z.string().nullable(),
      agencyId: z.string(),
      agencyName: z.string(),
      mustChangePassword: z.boolean(),
      roles: z.array(z.object({ role: z.string(), label: z.string(), unitId: z.string().nullable() })),
      abilities: z.record(z.string(), z.boolean()),
    })
    .nullable(),
  csrfToken: z.string().nullable(),
  mode: z.string(),
});

function isHttps(req: FastifyRequest) {
  return req.protocol === 'https';
}

async function describe(app: FastifyInstance, actor: Actor) {
  const account = await accountSummary(app.ctx.database.db, actor.userId, actor.agencyId);
  return {
    id: actor.userId,
    username: account.username,
    displayName: actor.displayName,
    personId: actor.personId,
    agencyId: actor.agencyId,
    agencyName: account.agencyName,
    mustChangePassword: account.mustChangePassword,
    roles: actor.grants.map((g) => ({ role: g.role, label: ROLE_LABELS[g.role]?.vi ?? g.role, unitId: g.unitId })),
    abilities: abilitiesOf(actor),
  };
}

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const setCookie = (req: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(req), maxAge: app.ctx.config.sessionAbsoluteHours * 3600 });

  r.post('/api/auth/login', {
    config: { policy: policies.auth.login },
    schema: {
      tags: ['auth'],
      summary: 'Đăng nhập',
      body: loginBody,
      response: { 200: meBody },
    },
  }, async (req, reply) => {
    const result = await login(app.ctx.database.db, app.ctx.config, req.body, { ip: req.ip, userAgent: stripSenseless(req.headers['user-agent'] ?? '') || undefined });
    setCookie(req, reply, result.token);
    const { loadActor } = await import('../services/sessions');
    const actor = (await loadActor(app.ctx.database.db, result.user.id))!;
    return { user: await describe(app, actor), csrfToken: result.csrfToken, mode: app.ctx.config.mode };
  });

  r.post('/api/auth/logout', { config: { policy: policies.auth.logout }, schema: { tags: ['auth'], summary: 'Đăng xuất' } }, async (req, reply) => {
    if (req.session) await deleteSession(app.ctx.database.db, req.session.tokenHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/auth/me', { config: { policy: policies.auth.me }, schema: { tags: ['auth'], summary: 'Phiên hiện tại', response: { 200: meBody } } }, async (req) => ({
    user: req.actor ? await describe(app, req.actor) : null,
    csrfToken: req.session?.csrfToken ?? null,
    mode: app.ctx.config.mode,
  }));

  r.post('/api/auth/change-password', {
    config: { policy: policies.auth.changePassword },
    schema: {
      tags: ['auth'],
      summary: 'Đổi mật khẩu',
      body: changePasswordBody,
    },
  }, async (req) => {
    await changePassword(app.ctx.database.db, req.actor!.userId, req.body, req.session?.tokenHash);
    return { ok: true };
  });
}
