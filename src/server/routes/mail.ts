import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import { outboxDetail, outboxPage, outboxQuery, testMailInput } from '../../shared/schemas/mail';
import { agencyOutbox, outboxMessage, resendMessage, sendTestMail } from '../services/mail-service';

/** The agency's outbox and delivery log, for its admins. */
export async function mailRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/mail/outbox', {
    config: { policy: policies.mail.read },
    schema: { tags: ['mail'], summary: 'Hộp thư đi của cơ quan (mới nhất trước) và trạng thái cấu hình SMTP', querystring: outboxQuery, response: { 200: outboxPage } },
  }, async (req) => agencyOutbox(db(), app.ctx, req.actor!, req.query));

  r.get('/api/mail/outbox/:id', {
    config: { policy: policies.mail.read },
    schema: { tags: ['mail'], summary: 'Một thư: nội dung và nhật ký các lần gửi (phản hồi SMTP, lỗi)', params: idParams, response: { 200: outboxDetail } },
  }, async (req) => outboxMessage(db(), req.actor!, req.params.id));

  r.post('/api/mail/outbox/:id/resend', {
    config: { policy: policies.mail.write },
    schema: { tags: ['mail'], summary: 'Gửi lại một thư chưa gửi được', params: idParams, response: { 200: okBody } },
  }, async (req) => resendMessage(db(), app.ctx, req.actor!, req.params.id));

  r.post('/api/mail/test', {
    config: { policy: policies.mail.write },
    schema: { tags: ['mail'], summary: 'Gửi thư thử để kiểm tra cấu hình SMTP', body: testMailInput, response: { 200: z.object({ id: z.string() }) } },
  }, async (req) => sendTestMail(db(), app.ctx, req.actor!, req.body.email));
}
