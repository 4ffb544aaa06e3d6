import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { policies } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import { fileLimitsInput, fileLimitsView, fileList, fileObjectQuery, fileUploaded } from '../../shared/schemas/files';
import type { FileRow } from '../../db/queries/files';
import {
  attachmentDisposition, deleteFile, downloadFile, fileLimits, listObjectFiles, maxUploadBytes, requireFileObject, setFileLimit, uploadFile,
} from '../platform/files';
import { uploadedFile } from '../uploads';

const view = (f: FileRow) => ({
  id: f.id,
  objectType: f.objectType,
  objectId: f.objectId,
  fileName: f.fileName,
  kind: f.kind as 'pdf' | 'docx' | 'xlsx' | 'jpeg' | 'png',
  mimeType: f.mimeType,
  size: f.size,
  sha256: f.sha256,
  uploadedById: f.uploadedById,
  uploadedByName: f.uploadedByName,
  uploadedAt: f.uploadedAt.toISOString(),
  lockedAt: f.lockedAt ? f.lockedAt.toISOString() : null,
  lockedReason: f.lockedReason,
});

export async function fileRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/files/limits', {
    config: { policy: policies.files.limits },
    schema: { tags: ['files'], summary: 'Giới hạn dung lượng và các loại tệp được nhận', response: { 200: fileLimitsView } },
  }, async (req) => fileLimits(app.ctx.database.db, app.ctx.config, req.actor!.agencyId));

  r.put('/api/files/limits', {
    config: { policy: policies.files.setLimits },
    schema: { tags: ['files'], summary: 'Đặt giới hạn dung lượng tệp của cơ quan (không vượt VD_FILE_MAX_MB; null: theo hệ thống)', body: fileLimitsInput, response: { 200: fileLimitsView } },
  }, async (req) => setFileLimit(app.ctx.database, app.ctx.config, req.actor!, req.body.maxFileBytes));

  r.post('/api/files', {
    config: { policy: policies.files.upload },
    schema: {
      tags: ['files'],
      summary: 'Tải một tệp lên cho một đối tượng (multipart, trường "file"): PDF, DOCX, XLSX, JPEG, PNG; kiểm tra loại theo nội dung',
      querystring: fileObjectQuery,
      response: { 201: fileUploaded },
    },
  }, async (req, reply) => {
    // The object and the scope first: nothing is read from a request that may not upload here.
    await requireFileObject(app.ctx.database.db, req.scope, req.query.objectType, req.query.objectId);
    const upload = await uploadedFile(req, { what: 'tệp (PDF, Word, Excel, ảnh JPEG hoặc PNG)', maxBytes: await maxUploadBytes(app.ctx.database.db, app.ctx.config, req.actor!.agencyId) });
    const stored = await uploadFile(app.ctx.database, app.ctx.config, req.actor!, req.scope, req.query, upload);
    return reply.status(201).send({ ...view(stored), deduplicated: stored.deduplicated });
  });

  r.get('/api/files', {
    config: { policy: policies.files.read },
    schema: { tags: ['files'], summary: 'Các tệp của một đối tượng', querystring: fileObjectQuery, response: { 200: fileList } },
  }, async (req) => ({ items: (await listObjectFiles(app.ctx.database, req.scope, req.query)).map(view) }));

  r.get('/api/files/:id', {
    config: { policy: policies.files.read },
    schema: { tags: ['files'], summary: 'Tải tệp về (luôn dạng tệp đính kèm, đúng loại đã lưu)', params: idParams },
  }, async (req, reply) => {
    const { file, content } = await downloadFile(app.ctx.database, req.scope, req.params.id);
    return reply
      .headers({
        'content-type': file.mimeType,
        'content-disposition': attachmentDisposition(file.fileName),
        'content-length': String(content.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "default-src 'none'; sandbox",
        etag: `"${file.sha256}"`,
      })
      .send(content);
  });

  r.delete('/api/files/:id', {
    config: { policy: policies.files.delete },
    schema: { tags: ['files'], summary: 'Xóa tệp (không xóa được tệp đã dùng trong văn bản ban hành)', params: idParams, response: { 200: okBody } },
  }, async (req) => {
    await deleteFile(app.ctx.database, req.actor!, req.scope, req.params.id);
    return { ok: true as const };
  });
}
