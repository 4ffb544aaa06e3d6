import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { pingDatabase } from '../../db/queries/health';

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { policy: policies.system.health },
    schema: {
      tags: ['system'],
      summary: 'Trạng thái hệ thống và loại cơ sở dữ liệu',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), mode: z.string(), version: z.string() }) },
    },
  }, async () => {
    await pingDatabase(app.ctx.database.db);
    return { status: 'ok' as const, database: app.ctx.database.kind, mode: app.ctx.config.mode, version: '0.1.0' };
  });
}
