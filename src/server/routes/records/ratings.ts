import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { capReport, capReportQuery, ratingInput, ratingRow, ratingsPage, ratingsQuery, ratingUpdate } from '../../../shared/schemas/records';
import { getRating, listRatings } from '../../../db/queries/records/ratings';
import { createRating, deleteRating, updateRating } from '../../services/records/ratings-service';
import { buildCapReport } from '../../services/records/cap-report-service';
import { exportRatings } from '../../services/records/record-exports';
import { xlsxDownloadHeaders } from '../../../documents/xlsx';
import { found } from './found';

export async function ratingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getRating(db(), scope, id), 'kết quả xếp loại');

  r.get('/api/records/ratings', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Kết quả đánh giá, xếp loại (cá nhân và tập thể; lọc theo năm, đơn vị, cán bộ)', querystring: ratingsQuery, response: { 200: ratingsPage } },
  }, async (req) => listRatings(db(), req.scope, req.query));

  r.get('/api/records/ratings/export.xlsx', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Xuất danh sách kết quả xếp loại ra Excel (cùng bộ lọc với danh sách, trong phạm vi được xem)', querystring: ratingsQuery.omit({ page: true, pageSize: true }) },
  }, async (req, reply) => {
    const buffer = await exportRatings(db(), req.scope, req.query);
    return reply.headers(xlsxDownloadHeaders(`xep-loai${req.query.year ? `-${req.query.year}` : ''}.xlsx`)).send(buffer);
  });

  r.get('/api/records/ratings/cap-report', {
    config: { policy: policies.records.read },
    schema: {
      tags,
      summary: 'Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" so với mức tối đa, theo đơn vị và nhóm cán bộ (làm tròn: thiết lập roundingMode, CHƯA XÁC NHẬN)',
      querystring: capReportQuery,
      response: { 200: capReport },
    },
  }, async (req) => buildCapReport(db(), req.scope, req.actor!.agencyId, req.query.year));

  r.get('/api/records/ratings/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một kết quả xếp loại', params: idParams, response: { 200: ratingRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/ratings', {
    config: { policy: policies.records.write },
    schema: {
      tags,
      summary: 'Thêm kết quả xếp loại (mỗi cán bộ/đơn vị một kết quả mỗi năm: trùng thì trả 409 kèm mã bản ghi đã có)',
      body: ratingInput,
      response: { 201: ratingRow },
    },
  }, async (req, reply) => {
    const created = await createRating(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/ratings/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Sửa kết quả xếp loại', params: idParams, body: ratingUpdate, response: { 200: ratingRow } },
  }, async (req) => {
    await updateRating(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/ratings/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Xóa kết quả xếp loại (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteRating(db(), req.actor!, req.scope, req.params.id));
}
