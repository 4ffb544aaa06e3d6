import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies } from '../../../domain/policies';
import { jobAccepted } from '../../../shared/schemas/jobs';
import { recordImportParams, recordImportQuery } from '../../../shared/schemas/records';
import { xlsxDownloadHeaders } from '../../../documents/xlsx';
import { recordsTemplate, startRecordsImport } from '../../services/records/import-service';
import { uploadedFile } from '../../uploads';

export async function recordImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/records/import/:kind/template.xlsx', {
    config: { policy: policies.records.import },
    schema: {
      tags: ['records'],
      summary: 'Tệp mẫu Excel để nhập hồ sơ: ratings, unit-ratings, awards, initiatives, disciplines (có hướng dẫn và danh mục)',
      params: recordImportParams,
    },
  }, async (req, reply) =>
    reply.headers(xlsxDownloadHeaders(`mau-nhap-${req.params.kind}.xlsx`)).send(await recordsTemplate(app.ctx.database, req.actor!, req.params.kind)));

  r.post('/api/records/import/:kind', {
    config: { policy: policies.records.import },
    schema: {
      tags: ['records'],
      summary: 'Nhập hồ sơ từ Excel (multipart, trường "file"): kiểm tra mọi dòng, có lỗi thì không ghi gì; chạy nền, theo dõi ở /api/jobs/{id}',
      params: recordImportParams,
      querystring: recordImportQuery,
      response: { 202: jobAccepted },
    },
  }, async (req, reply) => {
    const file = await uploadedFile(req);
    const accepted = await startRecordsImport(app.ctx, req.actor!, req.params.kind, file, req.query);
    return reply.status(202).send(accepted);
  });
}
