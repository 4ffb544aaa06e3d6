import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { disciplineInput, disciplineRow, disciplinesPage, disciplinesQuery, disciplineUpdate } from '../../../shared/schemas/records';
import { getDiscipline, listDisciplines } from '../../../db/queries/records/disciplines';
import { createDiscipline, deleteDiscipline, updateDiscipline } from '../../services/records/disciplines-service';
import { found } from './found';

export async function disciplineRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getDiscipline(db(), scope, id), 'quyết định kỷ luật');

  r.get('/api/records/disciplines', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Kỷ luật (lọc theo cán bộ, đơn vị, năm còn hiệu lực)', querystring: disciplinesQuery, response: { 200: disciplinesPage } },
  }, async (req) => listDisciplines(db(), req.scope, req.query));

  r.get('/api/records/disciplines/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một quyết định kỷ luật', params: idParams, response: { 200: disciplineRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/disciplines', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Thêm quyết định kỷ luật', body: disciplineInput, response: { 201: disciplineRow } },
  }, async (req, reply) => {
    const created = await createDiscipline(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/disciplines/:id', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Sửa quyết định kỷ luật', params: idParams, body: disciplineUpdate, response: { 200: disciplineRow } },
  }, async (req) => {
    await updateDiscipline(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/disciplines/:id', {
    config: { policy: policies.records.writeSensitive },
    schema: { tags, summary: 'Xóa quyết định kỷ luật nhập nhầm (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteDiscipline(db(), req.actor!, req.scope, req.params.id));
}
