import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { format } from 'date-fns';
import { policies } from '../../domain/policies';
import { idParams } from '../../shared/schemas/common';
import { jobView, type JobResult } from '../../shared/schemas/jobs';
import { writeRowErrors, xlsxDownloadHeaders } from '../../documents/xlsx';
import { presentJob, readJob } from '../services/jobs';
import { notFound } from '../errors';

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/jobs/:id', {
    config: { policy: policies.system.jobRead },
    schema: {
      tags: ['jobs'],
      summary: 'Tiến độ và kết quả một công việc chạy nền (chỉ người tạo hoặc quản trị cùng cơ quan)',
      params: idParams,
      response: { 200: jobView },
    },
  }, async (req) => {
    const job = await readJob(app.ctx.database, req.actor!, req.params.id);
    if (!job) throw notFound('công việc');
    return presentJob(job);
  });

  r.get('/api/jobs/:id/errors.xlsx', {
    config: { policy: policies.system.jobRead },
    schema: { tags: ['jobs'], summary: 'Danh sách lỗi của một lần nhập Excel (dòng, cột, giá trị, lỗi)', params: idParams },
  }, async (req, reply) => {
    const job = await readJob(app.ctx.database, req.actor!, req.params.id);
    if (!job) throw notFound('công việc');
    const errors = (job.result as JobResult | null)?.errors ?? [];
    return reply.headers(xlsxDownloadHeaders(`loi-nhap-du-lieu-${format(job.createdAt, 'yyyy-MM-dd')}.xlsx`)).send(await writeRowErrors(errors));
  });
}
