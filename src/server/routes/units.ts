import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import { unitInput, unitRow, unitUpdate } from '../../shared/schemas/units';
import { listUnits } from '../../db/queries/units';
import { createUnit, updateUnit } from '../services/units-service';

export async function unitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/units', {
    config: { policy: policies.units.read },
    schema: { tags: ['units'], summary: 'Cây đơn vị của cơ quan', response: { 200: z.object({ items: z.array(unitRow) }) } },
  }, async (req) => ({ items: await listUnits(app.ctx.database.db, req.actor!.agencyId) }));

  r.post('/api/units', {
    config: { policy: policies.units.write },
    schema: { tags: ['units'], summary: 'Thêm đơn vị', body: unitInput },
  }, async (req, reply) => reply.status(201).send(await createUnit(app.ctx.database.db, req.actor!, req.body)));

  r.patch('/api/units/:id', {
    config: { policy: policies.units.write },
    schema: { tags: ['units'], summary: 'Sửa đơn vị', params: idParams, body: unitUpdate },
  }, async (req) => updateUnit(app.ctx.database.db, req.actor!, req.params.id, req.body));
}
