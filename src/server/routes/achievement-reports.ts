import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies } from '../../domain/policies';
import { FILE_KIND_INFO } from '../../documents/files/inspect';
import { idParams } from '../../shared/schemas/common';
import { achievementReportQuery } from '../../shared/schemas/achievement-reports';
import { attachmentDisposition } from '../platform/files';
import { personAchievementReport, unitAchievementReport, type AchievementReportFile } from '../services/records/achievement-report-service';

const docxHeaders = (f: AchievementReportFile) => ({
  'content-type': FILE_KIND_INFO.docx.mime,
  'content-disposition': attachmentDisposition(f.fileName),
  'cache-control': 'no-store',
});

/** Báo cáo thành tích drafted from the record, for the unit to complete, sign and upload back. */
export async function achievementReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/people/:id/achievement-report.docx', {
    config: { policy: policies.achievementReports.person },
    schema: {
      tags: ['records'],
      summary: 'Dự thảo báo cáo thành tích của cá nhân (DOCX) cho một danh hiệu, hình thức và năm: lý lịch, xếp loại, khen thưởng, sáng kiến, nhiệm vụ KH&CN lấy từ hồ sơ; phần tự thuật để trống cho đơn vị bổ sung',
      params: idParams,
      querystring: achievementReportQuery,
    },
  }, async (req, reply) => {
    const file = await personAchievementReport(db(), req.scope, req.actor!.agencyId, req.params.id, req.query);
    return reply.headers(docxHeaders(file)).send(file.content);
  });

  r.get('/api/units/:id/achievement-report.docx', {
    config: { policy: policies.achievementReports.unit },
    schema: {
      tags: ['records'],
      summary: 'Dự thảo báo cáo thành tích của tập thể (DOCX) cho một danh hiệu, hình thức và năm: xếp loại, thành viên, lãnh đạo, khen thưởng lấy từ hồ sơ; phần tự thuật để trống cho đơn vị bổ sung',
      params: idParams,
      querystring: achievementReportQuery,
    },
  }, async (req, reply) => {
    const file = await unitAchievementReport(db(), req.scope, req.actor!.agencyId, req.params.id, req.query);
    return reply.headers(docxHeaders(file)).send(file.content);
  });
}
