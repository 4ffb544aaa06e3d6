import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { initiativeInput, initiativeRow, initiativesPage, initiativesQuery, initiativeUpdate } from '../../../shared/schemas/records';
import { getInitiative, listInitiatives } from '../../../db/queries/records/initiatives';
import { createInitiative, deleteInitiative, updateInitiative } from '../../services/records/initiatives-service';
import { found } from './found';

export async function initiativeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getInitiative(db(), scope, id), 'sáng kiến');

  r.get('/api/records/initiatives', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Sáng kiến (tác giả và tỷ lệ đóng góp, phạm vi ảnh hưởng, đã dùng làm căn cứ khen thưởng nào)', querystring: initiativesQuery, response: { 200: initiativesPage } },
  }, async (req) => listInitiatives(db(), req.scope, req.query));

  r.get('/api/records/initiatives/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một sáng kiến', params: idParams, response: { 200: initiativeRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/initiatives', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Thêm sáng kiến (tổng tỷ lệ đóng góp của các tác giả không quá 100%)', body: initiativeInput, response: { 201: initiativeRow } },
  }, async (req, reply) => {
    const created = await createInitiative(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/initiatives/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Sửa sáng kiến', params: idParams, body: initiativeUpdate, response: { 200: initiativeRow } },
  }, async (req) => {
    await updateInitiative(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/initiatives/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Xóa sáng kiến chưa được dùng làm căn cứ khen thưởng (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteInitiative(db(), req.actor!, req.scope, req.params.id));
}
