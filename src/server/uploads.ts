import type { FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { AppError, validation } from './errors';

const FIELD = { path: 'file', field: 'Tệp' };
const refuse = (message: string) => validation([{ ...FIELD, message }], `Tệp: ${message}`);

/** The XLSX imports' file limit. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

export interface UploadOptions {
  /** What to ask for, e.g. 'tệp Excel (.xlsx)' (the default) or 'tệp đính kèm'. */
  what?: string;
  /** Largest file accepted, in bytes (default 20 MB, the XLSX imports' limit). */
  maxBytes?: number;
}

export interface UploadedFile {
  buffer: Buffer;
  fileName: string;
}

/** A broken multipart body (no boundary, not multipart at all, a part cut short) as a Vietnamese 400. */
export function malformedMultipart(err: unknown): AppError {
  const e = err as { code?: string; message?: string; statusCode?: number };
  if (e?.code === 'FST_FILES_LIMIT') return refuse('chỉ được gửi một tệp trong mỗi lần tải lên.');
  if (e?.code === 'FST_PARTS_LIMIT' || e?.code === 'FST_FIELDS_LIMIT') return refuse('yêu cầu có quá nhiều trường.');
  if (e?.code === 'FST_PROTO_VIOLATION' || e?.code === 'FST_INVALID_JSON_FIELD_ERROR') return refuse('yêu cầu tải lên không hợp lệ.');
  const msg = e?.message ?? '';
  if (/boundary/i.test(msg)) return refuse('yêu cầu tải lên thiếu ranh giới multipart (boundary) trong Content-Type.');
  return refuse('nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ hoặc bị cắt ngang; hãy gửi lại tệp.');
}

/** Whether an error comes from parsing a multipart body (so it is the client's, not ours). */
export function isMultipartError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code === 'string' && /^FST_(FILES_LIMIT|PARTS_LIMIT|FIELDS_LIMIT|PROTO_VIOLATION|INVALID_JSON_FIELD_ERROR|INVALID_MULTIPART_CONTENT_TYPE)$/.test(e.code)) return true;
  return /multipart|boundary|terminated early|unexpected end of (form|multipart)|malformed part header/i.test(e?.message ?? '');
}

/**
 * The one uploaded file of a multipart request (field "file"), read whole, or a Vietnamese 400
 * naming the field: not multipart, no boundary, a truncated body, no file, a second file, an empty
 * or oversize file. Other (text) fields are ignored.
 */
export async function uploadedFile(req: FastifyRequest, options: UploadOptions = {}): Promise<UploadedFile> {
  const what = options.what ?? 'tệp Excel (.xlsx)';
  if (!req.isMultipart()) throw refuse(`hãy chọn ${what} để tải lên (gửi dạng multipart/form-data, trường "file").`);
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const limits = { files: 1, fileSize: maxBytes };
  let found: UploadedFile | null = null;
  try {
    let parts: AsyncIterableIterator<Multipart>;
    try {
      parts = req.parts({ limits });
    } catch (err) {
      throw malformedMultipart(err);
    }
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const filePart = part as MultipartFile;
      if (filePart.fieldname !== 'file') {
        await drain(filePart);
        throw refuse(`tệp phải được gửi trong trường "file" (nhận được trường "${filePart.fieldname}").`);
      }
      if (found) {
        await drain(filePart);
        throw refuse('chỉ được gửi một tệp trong mỗi lần tải lên.');
      }
      let buffer: Buffer;
      try {
        buffer = await filePart.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw refuse(`tệp quá lớn (tối đa ${mb(maxBytes)}).`);
        }
        throw err;
      }
      found = { buffer, fileName: filePart.filename };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw refuse(`tệp quá lớn (tối đa ${mb(maxBytes)}).`);
    throw malformedMultipart(err);
  }
  if (!found) throw refuse(`hãy chọn ${what} để tải lên (trường "file").`);
  if (found.buffer.length === 0) throw refuse(`tệp "${found.fileName}" rỗng (0 byte).`);
  return found;
}

async function drain(part: MultipartFile) {
  try {
    for await (const chunk of part.file) void chunk;
  } catch {
    // the request is refused anyway
  }
}
