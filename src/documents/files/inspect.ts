/**
 * What an uploaded file really is, judged by its bytes and never by its name: PDF, DOCX, XLSX, JPEG
 * or PNG. Office files are ZIP archives: their central directory is read (without decompressing
 * anything) to tell DOCX from XLSX and to refuse archive bombs before the file is accepted.
 */
import { fileTypeFromBuffer } from 'file-type';

export const FILE_KINDS = ['pdf', 'docx', 'xlsx', 'jpeg', 'png'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_KIND_INFO: Record<FileKind, { mime: string; extensions: readonly string[]; labelVi: string }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], labelVi: 'PDF' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], labelVi: 'Word (.docx)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], labelVi: 'Excel (.xlsx)' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], labelVi: 'ảnh JPEG' },
  png: { mime: 'image/png', extensions: ['png'], labelVi: 'ảnh PNG' },
};

export const ALLOWED_KINDS_VI = 'PDF, Word (.docx), Excel (.xlsx), ảnh JPEG, ảnh PNG';

/** Limits on what a DOCX/XLSX may expand to. */
export interface ArchiveLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalUncompressed: number;
  /** Uncompressed / compressed, for any entry larger than `ratioFloor` once expanded. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 5000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
};

export type InspectResult =
  | { ok: true; kind: FileKind; mime: string }
  | { ok: false; reason: string };

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const MB = (n: number) =>
  n < 1024 * 1024
    ? `${Math.max(1, Math.round(n / 1024)).toLocaleString('vi-VN')} KB`
    : `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** The extension of a file name, lower-case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i + 1).toLowerCase() : '';
}

/**
 * Reads a ZIP's central directory (ZIP64 included). Throws a Vietnamese message when the archive is
 * malformed. Declared sizes are what the archive claims: whoever decompresses it later (the XLSX
 * importers) still enforces its own limit while streaming.
 */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const EOCD = 0x06054b50;
  const minEocd = 22;
  if (buf.length < minEocd) throw new Error('tệp nén bị hỏng (quá ngắn)');
  let eocd = -1;
  for (let i = buf.length - minEocd; i >= Math.max(0, buf.length - minEocd - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('tệp nén bị hỏng (không có thư mục trung tâm)');
  let entries = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== 0x07064b50) throw new Error('tệp nén ZIP64 bị hỏng');
    const z64 = Number(buf.readBigUInt64LE(locator + 8));
    if (z64 < 0 || z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) throw new Error('tệp nén ZIP64 bị hỏng');
    entries = Number(buf.readBigUInt64LE(z64 + 32));
    cdSize = Number(buf.readBigUInt64LE(z64 + 40));
    cdOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  if (cdOffset + cdSize > buf.length) throw new Error('tệp nén bị hỏng (thư mục trung tâm vượt quá tệp)');
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new Error('tệp nén bị hỏng (mục thư mục sai)');
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64 extended information: the 0xFFFFFFFF fields follow in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          uncompressedSize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = Number(buf.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    if (localHeaderOffset + 30 > buf.length || buf.readUInt32LE(localHeaderOffset) !== 0x04034b50) {
      throw new Error('tệp nén bị hỏng (mục trỏ ra ngoài tệp)');
    }
    out.push({ name, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return out;
}

/** Refuses an archive that would expand too far, has too many entries, or paths that climb out. */
export function checkArchive(entries: readonly ZipEntry[], limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): string | null {
  if (entries.length > limits.maxEntries) return `tệp nén có ${entries.length.toLocaleString('vi-VN')} mục, tối đa ${limits.maxEntries.toLocaleString('vi-VN')}`;
  let total = 0;
  for (const e of entries) {
    if (e.name.startsWith('/') || e.name.split(/[\\/]/).includes('..')) return `tệp nén chứa đường dẫn không hợp lệ (${e.name})`;
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.ratioFloor && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      return `tệp nén bất thường (mục "${e.name}" giải nén ra ${MB(e.uncompressedSize)} từ ${MB(e.compressedSize)}): nghi là "bom nén"`;
    }
  }
  if (total > limits.maxTotalUncompressed) {
    return `tệp nén giải nén ra ${MB(total)}, vượt giới hạn ${MB(limits.maxTotalUncompressed)}: nghi là "bom nén"`;
  }
  return null;
}

/** DOCX or XLSX by the archive's entries, or null for any other ZIP (ODT, JAR, APK, a plain archive…). */
function officeKindOf(entries: readonly ZipEntry[]): 'docx' | 'xlsx' | null {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml')) return null;
  // Macro-enabled documents (.docm, .xlsm) carry a VBA project: not accepted.
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return null;
  if (names.has('word/document.xml') && !names.has('xl/workbook.xml')) return 'docx';
  if (names.has('xl/workbook.xml') && !names.has('word/document.xml')) return 'xlsx';
  return null;
}

/**
 * The kind of a file by its content, agreeing with its name's extension, or a Vietnamese reason
 * (without the field name: the caller puts it in front).
 */
export async function inspectFile(buf: Buffer, fileName: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<InspectResult> {
  const ext = extensionOf(fileName);
  const isZip = buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50;
  let officeKind: 'docx' | 'xlsx' | null = null;
  if (isZip) {
    // The directory first: nothing is decompressed before the archive is known to be sane.
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(buf);
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
    const bomb = checkArchive(entries, limits);
    if (bomb) return { ok: false, reason: bomb };
    officeKind = officeKindOf(entries);
    if (!officeKind) return { ok: false, reason: `tệp nén không phải tài liệu Word (.docx) hay Excel (.xlsx); chỉ nhận ${ALLOWED_KINDS_VI}` };
  }
  let detected: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    detected = await fileTypeFromBuffer(buf);
  } catch {
    detected = undefined;
  }
  const kind: FileKind | null = (() => {
    if (!detected) return null;
    if (detected.ext === 'pdf') return 'pdf';
    if (detected.ext === 'jpg') return 'jpeg';
    if (detected.ext === 'png') return 'png';
    if ((detected.ext === 'docx' || detected.ext === 'xlsx') && detected.ext === officeKind) return detected.ext;
    return null;
  })();
  if (!kind) {
    const what = detected ? `tệp thực chất là "${detected.ext}" (${detected.mime})` : 'không nhận ra loại tệp từ nội dung';
    return { ok: false, reason: `${what}; chỉ nhận ${ALLOWED_KINDS_VI}` };
  }
  const info = FILE_KIND_INFO[kind];
  if (!info.extensions.includes(ext)) {
    const should = `tệp là ${info.labelVi}, đuôi phải là ${info.extensions.map((x) => `.${x}`).join(' hoặc ')}`;
    return { ok: false, reason: ext ? `đuôi ".${ext}" không khớp với nội dung (${should})` : `tên tệp không có đuôi (${should})` };
  }
  return { ok: true, kind, mime: info.mime };
}
