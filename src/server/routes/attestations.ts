import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies, type Scope } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import { importQuery, jobAccepted } from '../../shared/schemas/jobs';
import {
  attestationCatalogue, attestationCatalogueQuery, attestationInput, attestationList, attestationRow, attestationsQuery, bulkAttestationInput, bulkAttestationResult,
} from '../../shared/schemas/attestations';
import { getAttestation, listAttestations } from '../../db/queries/attestations';
import { xlsxDownloadHeaders } from '../../documents/xlsx';
import { attestationCatalogue as catalogueOf, bulkAttest, deleteAttestation, recordAttestation } from '../services/attestations/attestations-service';
import { attestationsTemplate, startAttestationsImport } from '../services/attestations/import-attestations';
import { settingsForYear } from '../services/records/settings';
import { notFound } from '../errors';
import { uploadedFile } from '../uploads';

/** /api/attestations: xác nhận, the answers the rules engine asks for (per person or unit and year). */
export async function attestationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;
  const tags = ['attestations'];
  const thisYear = () => new Date().getFullYear();

  r.get('/api/attestations/catalogue', {
    config: { policy: policies.attestations.read },
    schema: {
      tags, querystring: attestationCatalogueQuery, response: { 200: attestationCatalogue },
      summary: 'Danh mục các nội dung xác nhận mà bộ kiểm tra điều kiện cần (kèm tiêu chí do cơ quan quy định trong năm): tên, kiểu giá trị, ai được ghi',
    },
  }, async (req) => catalogueOf(db(), req.actor!.agencyId, req.query.year ?? thisYear()));

  r.get('/api/attestations', {
    config: { policy: policies.attestations.read },
    schema: { tags, summary: 'Các xác nhận đã ghi (lọc theo năm, cán bộ, đơn vị, nội dung)', querystring: attestationsQuery, response: { 200: attestationList } },
  }, async (req) => {
    const settings = req.query.year ? await settingsForYear(db(), req.actor!.agencyId, req.query.year) : undefined;
    return { items: await listAttestations(db(), req.scope, req.query, settings) };
  });

  const reread = async (scope: Scope | null, id: string) => {
    const row = await getAttestation(db(), scope, id);
    if (!row) throw notFound('xác nhận');
    return row;
  };

  r.put('/api/attestations', {
    config: { policy: policies.attestations.write },
    schema: {
      tags, body: attestationInput, response: { 200: attestationRow },
      summary: 'Ghi (hoặc sửa) một xác nhận cho một cán bộ hoặc một đơn vị trong một năm; nội dung thuộc thẩm quyền Hội đồng chỉ Văn phòng được ghi',
    },
  }, async (req) => {
    const written = await recordAttestation(db(), req.actor!, req.scope, req.body);
    const row = await getAttestation(db(), req.scope, written.id, written.settings);
    if (!row) throw notFound('xác nhận');
    return row;
  });

  r.post('/api/attestations/bulk', {
    config: { policy: policies.attestations.write },
    schema: {
      tags, body: bulkAttestationInput, response: { 200: bulkAttestationResult },
      summary: 'Ghi một xác nhận cho mọi cán bộ của đơn vị trong năm, trừ những người được chọn (ngoại lệ nhận giá trị ngược lại, hoặc không ghi)',
    },
  }, async (req) => bulkAttest(db(), req.actor!, req.scope, req.body));

  r.delete('/api/attestations/:id', {
    config: { policy: policies.attestations.write },
    schema: { tags, summary: 'Xóa một xác nhận (có ghi nhật ký)', params: idParams, response: { 200: okBody } },
  }, async (req) => {
    await reread(req.scope, req.params.id);
    return deleteAttestation(db(), req.actor!, req.scope, req.params.id);
  });

  r.get('/api/attestations/import/template.xlsx', {
    config: { policy: policies.attestations.import },
    schema: { tags, summary: 'Tệp mẫu Excel để nhập xác nhận (mỗi dòng: cán bộ hoặc đơn vị, năm, nội dung, giá trị; có hướng dẫn và danh mục)' },
  }, async (req, reply) => reply.headers(xlsxDownloadHeaders('mau-nhap-xac-nhan.xlsx')).send(await attestationsTemplate(app.ctx.database, req.actor!)));

  r.post('/api/attestations/import', {
    config: { policy: policies.attestations.import },
    schema: {
      tags, querystring: importQuery, response: { 202: jobAccepted },
      summary: 'Nhập xác nhận từ Excel (multipart, trường "file"): kiểm tra mọi dòng, có lỗi thì không ghi gì; chạy nền, theo dõi ở /api/jobs/{id}',
    },
  }, async (req, reply) => {
    const file = await uploadedFile(req);
    return reply.status(202).send(await startAttestationsImport(app.ctx, req.actor!, file, req.query));
  });
}
