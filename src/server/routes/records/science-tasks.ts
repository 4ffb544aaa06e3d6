import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../../domain/policies';
import { idParams, okBody } from '../../../shared/schemas/common';
import { scienceTaskInput, scienceTaskRow, scienceTasksPage, scienceTasksQuery, scienceTaskUpdate } from '../../../shared/schemas/records';
import { getScienceTask, listScienceTasks } from '../../../db/queries/records/science-tasks';
import { createScienceTask, deleteScienceTask, updateScienceTask } from '../../services/records/science-tasks-service';
import { found } from './found';

export async function scienceTaskRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['records'];
  const reread = async (scope: Scope | null, id: string) => found(await getScienceTask(db(), scope, id), 'nhiệm vụ khoa học và công nghệ');

  r.get('/api/records/science-tasks', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Nhiệm vụ KH&CN (đề tài, dự án, đề án; chủ nhiệm, thành viên, nghiệm thu)', querystring: scienceTasksQuery, response: { 200: scienceTasksPage } },
  }, async (req) => listScienceTasks(db(), req.scope, req.query));

  r.get('/api/records/science-tasks/:id', {
    config: { policy: policies.records.read },
    schema: { tags, summary: 'Một nhiệm vụ KH&CN', params: idParams, response: { 200: scienceTaskRow } },
  }, async (req) => reread(req.scope, req.params.id));

  r.post('/api/records/science-tasks', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Thêm nhiệm vụ KH&CN', body: scienceTaskInput, response: { 201: scienceTaskRow } },
  }, async (req, reply) => {
    const created = await createScienceTask(db(), req.actor!, req.scope, req.body);
    return reply.status(201).send(await reread(req.scope, created.id));
  });

  r.patch('/api/records/science-tasks/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Sửa nhiệm vụ KH&CN', params: idParams, body: scienceTaskUpdate, response: { 200: scienceTaskRow } },
  }, async (req) => {
    await updateScienceTask(db(), req.actor!, req.scope, req.params.id, req.body);
    return reread(req.scope, req.params.id);
  });

  r.delete('/api/records/science-tasks/:id', {
    config: { policy: policies.records.write },
    schema: { tags, summary: 'Xóa nhiệm vụ KH&CN chưa được dùng làm căn cứ khen thưởng (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => deleteScienceTask(db(), req.actor!, req.scope, req.params.id));
}
