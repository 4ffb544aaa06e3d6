import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { auditLog } from '../../db/schema';
import { verifyAuditLog } from '../../db/audit-log';

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', {
    config: { policy: policies.audit.read },
    schema: {
      tags: ['audit'],
      summary: 'Nhật ký thay đổi (mới nhất trước)',
      querystring: z.object({ before: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(200).default(50), entity: z.string().optional(), entityId: z.string().optional() }),
    },
  }, async (req) => {
    const q = req.query;
    const items = await app.ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.agencyId, req.actor!.agencyId), q.before ? lt(auditLog.seq, q.before) : undefined, q.entity ? eq(auditLog.entity, q.entity) : undefined, q.entityId ? eq(auditLog.entityId, q.entityId) : undefined))
      .orderBy(desc(auditLog.seq))
      .limit(q.limit);
    return { items };
  });

  r.post('/api/audit/verify', {
    config: { policy: policies.audit.read },
    schema: { tags: ['audit'], summary: 'Kiểm tra toàn vẹn chuỗi nhật ký (phát hiện mục bị sửa hoặc xóa)' },
  }, async (req) => verifyAuditLog(app.ctx.database.db, { agencyId: req.actor!.agencyId }));
}
