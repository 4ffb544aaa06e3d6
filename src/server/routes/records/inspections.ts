import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { inspectionInput, inspectionRow, inspectionsPage, inspectionsQuery, inspectionUpdate } from '../../../shared/schemas/records';
import { getInspection, listInspections } from '../../../db/queries/records/inspections';
import { createInspection, deleteInspection, updateInspection } from '../../services/records/inspections-service';
import { found } from './found';

export async function inspectionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getInspection(db(), scope, id), 'cuộc thanh tra, kiểm tra');

  r.get('/api/records/inspections', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Thanh tra, kiểm tra, kiểm toán, điều tra, xem xét kỷ luật, xác minh khiếu nại tố cáo (đang tiến hành hoặc đã kết luận)', querystring: inspectionsQuery, response: { 200: inspectionsPage } },
  }, async (req) => listInspections(db(), req.scope, req.query));

  r.get('/api/records/inspections/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một cuộc thanh tra, kiểm tra', params: idParams, response: { 200: inspectionRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/inspections', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Ghi nhận cuộc thanh tra, kiểm tra (nêu cá nhân, tập thể liên quan)', body: inspectionInput, response: { 201: inspectionRow } },
  }, async (req, reply) => {
    const created = await createInspection(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/inspections/:id', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Sửa, ghi kết luận cuộc thanh tra, kiểm tra', params: idParams, body: inspectionUpdate, response: { 200: inspectionRow } },
  }, async (req) => {
    await updateInspection(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/inspections/:id', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Xóa cuộc thanh tra, kiểm tra nhập nhầm (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteInspection(db(), req.actor!, req.scope, req.params.id));
}
