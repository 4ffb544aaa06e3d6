import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { format } from 'date-fns';
import { policies } from '../../domain/policies';
import { importQuery, jobAccepted, peopleExportQuery } from '../../shared/schemas/jobs';
import { allPeopleForExport } from '../../db/queries/people';
import { writePeopleList } from '../../documents/people-xlsx';
import { xlsxDownloadHeaders } from '../../documents/xlsx';
import { peopleTemplate, startPeopleImport } from '../services/people-import';
import { uploadedFile } from '../uploads';

export async function peopleXlsxRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const database = () => app.ctx.database;

  r.get('/api/people/template.xlsx', {
    config: { policy: policies.people.import },
    schema: { tags: ['people'], summary: 'Tệp mẫu Excel để nhập danh sách cán bộ (có hướng dẫn và danh mục)' },
  }, async (req, reply) => reply.headers(xlsxDownloadHeaders('mau-nhap-can-bo.xlsx')).send(await peopleTemplate(database().db, req.actor!, req.scope)));

  r.get('/api/people/export.xlsx', {
    config: { policy: policies.people.export },
    schema: {
      tags: ['people'],
      summary: 'Xuất danh sách cán bộ ra Excel (cùng bộ lọc với danh sách; chỉ trong phạm vi được xem; sắp xếp theo tên)',
      querystring: peopleExportQuery,
    },
  }, async (req, reply) => {
    const rows = await allPeopleForExport(database().db, req.scope, req.query);
    return reply.headers(xlsxDownloadHeaders(`danh-sach-can-bo-${format(new Date(), 'yyyy-MM-dd')}.xlsx`)).send(await writePeopleList(rows));
  });

  r.post('/api/people/import', {
    config: { policy: policies.people.import },
    schema: {
      tags: ['people'],
      summary: 'Nhập danh sách cán bộ từ Excel (multipart, trường "file"): kiểm tra mọi dòng, có lỗi thì không ghi gì; chạy nền, theo dõi ở /api/jobs/{id}',
      querystring: importQuery,
      response: { 202: jobAccepted },
    },
  }, async (req, reply) => {
    const file = await uploadedFile(req);
    const accepted = await startPeopleImport(app.ctx, req.actor!, req.scope, file, req.query.dryRun);
    return reply.status(202).send(accepted);
  });
}
