import type { FastifyRequest } from 'fastify';
import { validation } from './errors';

const fileMissing = (message: string) => validation([{ path: 'file', field: 'Tệp', message }], message);

/** The uploaded file of a multipart request (field "file"), or a Vietnamese 400 naming the field. */
export async function uploadedFile(req: FastifyRequest) {
  if (!req.isMultipart()) throw fileMissing('Hãy chọn tệp Excel (.xlsx) để tải lên (gửi dạng multipart/form-data, trường "file").');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw fileMissing('Hãy chọn tệp Excel (.xlsx) để tải lên (trường "file").');
  return { buffer: await part.toBuffer(), fileName: part.filename };
}
