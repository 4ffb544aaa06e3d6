import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { listAuditEntries } from '../../db/queries/audit';
import { verifyAuditLog } from '../../db/audit-log';

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', {
    config: { policy: policies.audit.read },
    schema: {
      tags: ['audit'],
      summary: 'Nhật ký thay đổi (mới nhất trước)',
      querystring: z.object({ before: z.coerce.number().int().min(1).optional(), limit: z.coerce.number().int().min(1).max(200).default(50), entity: z.string().max(100).optional(), entityId: z.string().max(100).optional() }),
    },
  }, async (req) => {
    const items = await listAuditEntries(app.ctx.database.db, req.actor!.agencyId, req.query);
    return { items };
  });

  r.post('/api/audit/verify', {
    config: { policy: policies.audit.read },
    schema: { tags: ['audit'], summary: 'Kiểm tra toàn vẹn chuỗi nhật ký (phát hiện mục bị sửa hoặc xóa)' },
  }, async (req) => verifyAuditLog(app.ctx.database.db, { agencyId: req.actor!.agencyId }));
}
