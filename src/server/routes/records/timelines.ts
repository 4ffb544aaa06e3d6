import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies } from '../../../domain/policies';
import { idParams } from '../../../shared/schemas/common';
import { personTimeline, unitTimeline } from '../../../shared/schemas/records';
import { personTimeline as buildPerson, unitTimeline as buildUnit } from '../../services/records/timeline-service';

export async function timelineRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/records/person/:id/timeline', {
    config: { policy: policies.records.read },
    schema: {
      tags: ['records'],
      summary: 'Hồ sơ thi đua, khen thưởng của một cán bộ theo từng năm (đơn vị năm đó, xếp loại, khen thưởng, sáng kiến, nhiệm vụ KH&CN, kỷ luật, thanh tra)',
      params: idParams,
      response: { 200: personTimeline },
    },
  }, async (req) => buildPerson(db(), req.scope, req.params.id));

  r.get('/api/records/unit/:id/timeline', {
    config: { policy: policies.records.read },
    schema: {
      tags: ['records'],
      summary: 'Hồ sơ thi đua, khen thưởng của một tập thể theo từng năm (xếp loại, khen thưởng, thành viên năm đó, tỷ lệ Lao động tiên tiến)',
      params: idParams,
      response: { 200: unitTimeline },
    },
  }, async (req) => buildUnit(db(), req.scope, req.params.id));
}
