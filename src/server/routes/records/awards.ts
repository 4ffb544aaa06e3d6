import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { awardInput, awardRow, awardsPage, awardsQuery, awardUpdate } from '../../../shared/schemas/records';
import { getAward, listAwards } from '../../../db/queries/records/awards';
import { createAward, deleteAward, updateAward } from '../../services/records/awards-service';
import { exportAwards } from '../../services/records/record-exports';
import { xlsxDownloadHeaders } from '../../../documents/xlsx';
import { found } from './found';

export async function awardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getAward(db(), scope, id), 'khen thưởng');

  r.get('/api/records/awards', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Danh hiệu, hình thức khen thưởng đã nhận (cá nhân và tập thể)', querystring: awardsQuery, response: { 200: awardsPage } },
  }, async (req) => listAwards(db(), req.scope, req.query));

  r.get('/api/records/awards/export.xlsx', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Xuất danh sách khen thưởng đã nhận ra Excel (cùng bộ lọc với danh sách, trong phạm vi được xem)', querystring: awardsQuery.omit({ page: true, pageSize: true }) },
  }, async (req, reply) => {
    const buffer = await exportAwards(db(), req.scope, req.query);
    return reply.headers(xlsxDownloadHeaders(`khen-thuong${req.query.year ? `-${req.query.year}` : ''}.xlsx`)).send(buffer);
  });

  r.get('/api/records/awards/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một khen thưởng', params: idParams, response: { 200: awardRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/awards', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Ghi nhận khen thưởng đã nhận (căn cứ là sáng kiến, nhiệm vụ KH&CN chưa dùng cho khen thưởng khác)', body: awardInput, response: { 201: awardRow } },
  }, async (req, reply) => {
    const created = await createAward(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/awards/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Sửa khen thưởng đã ghi nhận', params: idParams, body: awardUpdate, response: { 200: awardRow } },
  }, async (req) => {
    await updateAward(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/awards/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Xóa khen thưởng nhập tay (có ghi nhật ký; khen thưởng theo quyết định trong hệ thống không xóa được)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteAward(db(), req.actor!, req.scope, req.params.id));
}
