import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { cellText, type CellScalar } from './cells';
import { headerKey } from './headers';
import { XlsxFileError, type ColumnKey, type ColumnsSpec, type RowValues, type SheetSpec, type XlsxRowError } from './spec';

export interface LocatedColumn {
  col: number;
  letter: string;
  /** The header as written in the file. */
  header: string;
}

/** A worksheet whose header row was found and matched to the spec. */
export interface LocatedSheet<S extends ColumnsSpec> {
  sheet: ImportSheet;
  headerRow: number;
  columns: Map<ColumnKey<S>, LocatedColumn>;
  /** Row numbers (1-based, as Excel shows them) of the non-empty data rows. */
  dataRows: number[];
  /** An error at a row and column, for checks done after reading (duplicates, database lookups). */
  errorAt(row: number, key: ColumnKey<S>, message: string, value?: string): XlsxRowError;
}

export interface ParsedRow<S extends ColumnsSpec> {
  row: number;
  values: RowValues<S>;
  /** Each cell as the user sees it (for messages and error reports). */
  raw: Record<ColumnKey<S>, string>;
  /** No error in this row's cells or row checks. */
  ok: boolean;
}

export interface ReadResult<S extends ColumnsSpec> {
  rows: ParsedRow<S>[];
  errors: XlsxRowError[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const NOT_XLSX = 'Tệp không phải bảng tính Excel (.xlsx). Hãy lưu tệp theo định dạng "Excel Workbook (.xlsx)" rồi tải lên lại.';
const HEADER_SCAN_ROWS = 10;
/** Columns read per row: a header beyond column 256 (IV) is not looked for. */
const MAX_COLUMNS = 256;

/**
 * A workbook as an import reads it: each sheet's cell values row by row, nothing else (no styles,
 * no formulas, no layout), so that 50,000 rows take tens of megabytes rather than gigabytes.
 */
export interface ImportWorkbook {
  sheets: ImportSheet[];
}

export interface ImportSheet {
  name: string;
  /** rows[rowNumber][column] (both 1-based, as Excel shows them); empty rows are left out. */
  rows: (CellScalar[] | undefined)[];
  /** The sheet has more non-empty rows than the reading limit: the rest was not read. */
  truncated: boolean;
  /** The reading limit (non-empty rows after the header rows) when truncated. */
  rowLimit?: number;
}

export interface LoadOptions {
  /** Data rows a sheet may have (reading stops just after; header rows come on top). Default 100,000. */
  maxRows?: number;
  /** What the file may hold once decompressed, all parts together. Default XLSX_MAX_UNCOMPRESSED_BYTES. */
  maxUncompressedBytes?: number;
}

/** 50,000 rows of a people sheet are about 28 MB of XML; a decompression bomb is refused above this. */
export const XLSX_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const DEFAULT_MAX_ROWS = 100_000;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('vi-VN')} MB`;
const tooBig = (limit: number) =>
  `Tệp quá lớn khi giải nén (vượt quá ${mb(limit)}): có thể tệp bị hỏng hoặc chứa dữ liệu thừa. Hãy sao chép dữ liệu sang tệp mẫu mới rồi tải lên lại.`;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

/** The zip's central directory: every part with its declared sizes. Throws XlsxFileError. */
function zipEntries(buffer: Buffer): ZipEntry[] {
  const minEocd = 22;
  let eocd = -1;
  for (let i = buffer.length - minEocd; i >= Math.max(0, buffer.length - minEocd - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxFileError(NOT_XLSX);
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff || count > 10_000) throw new XlsxFileError(NOT_XLSX);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) throw new XlsxFileError(NOT_XLSX);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const declaredSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50) throw new XlsxFileError(NOT_XLSX);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries.push({ name, method, compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Bytes a deflated part really inflates to, counting without keeping them, stopping past `max`. */
function inflatedSize(data: Buffer, max: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    let done = false;
    const finish = (n: number) => {
      if (done) return;
      done = true;
      resolve(n);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        finish(size);
        inflate.destroy();
      }
    });
    inflate.on('end', () => finish(size));
    inflate.on('error', (err) => (done ? undefined : reject(err)));
    inflate.end(data);
  });
}

/**
 * Refuses a decompression bomb before anything is parsed: the sizes the zip declares, then the bytes
 * each part really inflates to (a zip may declare small sizes and hold gigabytes), counted without
 * being kept. Memory stays a few hundred kilobytes whatever the file holds.
 */
export async function checkXlsxSize(buffer: Buffer, limit = XLSX_MAX_UNCOMPRESSED_BYTES): Promise<void> {
  const entries = zipEntries(buffer);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limit) throw new XlsxFileError(tooBig(limit));
  let total = 0;
  for (const e of entries) {
    if (e.method === 0) total += e.compressedSize;
    else if (e.method === 8) {
      let size: number;
      try {
        size = await inflatedSize(buffer.subarray(e.dataStart), limit - total);
      } catch {
        throw new XlsxFileError(NOT_XLSX);
      }
      total += size;
    } else throw new XlsxFileError(NOT_XLSX);
    if (total > limit) throw new XlsxFileError(tooBig(limit));
  }
}

/** A part's text, inflated chunk by chunk (256 KB) and decoded as UTF-8 across chunk boundaries. */
async function* partText(buffer: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const decoder = new StringDecoder('utf8');
  if (entry.method === 0) {
    yield decoder.write(data);
  } else {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.end(data);
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) yield decoder.write(chunk);
    } finally {
      inflate.destroy();
    }
  }
  yield decoder.end();
}

/** A whole (small) part as text: the workbook, its relations, the styles. */
async function wholePart(buffer: Buffer, entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of partText(buffer, entry)) text += chunk;
  return text;
}

/**
 * Calls `each` with the text of every complete `<tag …>…</tag>` element of a part, read as a stream:
 * only the element being read is kept between chunks. `each` returns false to stop reading.
 */
async function eachElement(buffer: Buffer, entry: ZipEntry, tag: string, each: (element: string) => boolean | void): Promise<void> {
  const close = `</${tag}>`;
  let carry = '';
  for await (const chunk of partText(buffer, entry)) {
    const text = carry + chunk;
    const end = text.lastIndexOf(close);
    if (end < 0) {
      carry = text;
      continue;
    }
    const upto = end + close.length;
    carry = text.slice(upto);
    if (each(text.slice(0, upto)) === false) return;
  }
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML text → string (the five named entities and numeric character references). */
function xmlText(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)));
}

/** An element's attributes: `name="value"` pairs (values decoded). */
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = xmlText(m[2] ?? m[3] ?? '');
  return out;
}

/** The text runs of a string item (`<si>`, `<is>`): every `<t>`, phonetic runs (`<rPh>`) left out. */
function runsText(xml: string): string {
  const body = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1]!;
  return xmlText(out);
}

/** Built-in number formats that show a date or time (as exceljs counts them). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** A custom number format shows a date if, outside quotes and [..], it has y, m, d, h, s or b. */
const isDateFormat = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** The cell styles (`<cellXfs>`, by index) whose number format is a date. */
function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const out = new Set<number>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const m of xfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attributes(m[1]!).numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(index);
    index++;
  }
  return out;
}

/** Column number of a cell reference ("AB12" → 28), or 0 when there is none. */
function refColumn(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

interface SheetContext {
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
}

/** Trimmed text, empty → null (as cellScalar does). */
const textScalar = (s: string): CellScalar => {
  const t = s.trim();
  return t === '' ? null : t;
};

const ROW = /<row\b([^>]*?)(\/?)>/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const ATTR_R = /\br="([^"]*)"/;
const ATTR_T = /\bt="([^"]*)"/;
const ATTR_S = /\bs="(\d+)"/;

/** One cell's value, the way exceljs's reader and cellScalar reduce it (formulas: their cached result). */
function cellValue(attrs: string, body: string | undefined, ctx: SheetContext): CellScalar {
  if (!body) return null;
  const type = ATTR_T.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return textScalar(runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? ''));
  const v = VALUE.exec(body)?.[1];
  if (v === undefined) return null;
  const formula = body.indexOf('<f') >= 0;
  switch (type) {
    case 's': return textScalar(ctx.strings[parseInt(v, 10)] ?? '');
    case 'str': return textScalar(xmlText(v));
    case 'b': return parseInt(v, 10) !== 0;
    case 'e': return null;
    case 'd': {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? textScalar(v) : d;
    }
    default: {
      const n = parseFloat(v);
      const style = Number(ATTR_S.exec(attrs)?.[1] ?? 0);
      if (!formula && style && ctx.dates.has(style)) return new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000));
      return n;
    }
  }
}

/**
 * Reads an uploaded XLSX as a stream: refuses a file that is not XLSX or decompresses beyond the
 * limit before parsing anything, then reads each sheet's cell values row by row (shared strings,
 * inline strings, numbers, booleans, dates by their cell style, a formula's cached result; no
 * styles or layout kept), keeping only the part of the XML being read, and stops reading a sheet
 * past the row limit. Throws XlsxFileError.
 */
export async function loadWorkbook(buffer: Buffer, options: LoadOptions = {}): Promise<ImportWorkbook> {
  if (!buffer.length) throw new XlsxFileError('Tệp rỗng (0 byte).');
  if (!buffer.subarray(0, 4).equals(XLSX_MAGIC)) throw new XlsxFileError(NOT_XLSX);
  await checkXlsxSize(buffer, options.maxUncompressedBytes);
  const rowLimit = (options.maxRows ?? DEFAULT_MAX_ROWS) + HEADER_SCAN_ROWS;
  const entries = new Map(zipEntries(buffer).map((e) => [e.name, e]));
  const sheets: ImportSheet[] = [];
  try {
    const workbookEntry = entries.get('xl/workbook.xml');
    if (!workbookEntry) throw new XlsxFileError(NOT_XLSX);
    const workbookXml = await wholePart(buffer, workbookEntry);
    const rels = new Map<string, string>();
    const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
    if (relsEntry) {
      for (const m of (await wholePart(buffer, relsEntry)).matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
        const a = attributes(m[1]!);
        if (a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target.replace(/^\.\//, '')}`);
      }
    }
    const workbookPr = /<workbookPr\b([^>]*?)\/?>/.exec(workbookXml);
    const date1904 = workbookPr ? ['1', 'true'].includes(attributes(workbookPr[1]!).date1904 ?? '') : false;
    const strings: string[] = [];
    const stringsEntry = entries.get('xl/sharedStrings.xml');
    if (stringsEntry) {
      await eachElement(buffer, stringsEntry, 'si', (xml) => {
        for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) strings.push(m[1] ? runsText(m[1]) : '');
      });
    }
    const stylesEntry = entries.get('xl/styles.xml');
    const ctx: SheetContext = { strings, dates: stylesEntry ? dateStyles(await wholePart(buffer, stylesEntry)) : new Set(), date1904 };
    const declared = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m, i) => {
      const a = attributes(m[1]!);
      return { name: a.name ?? `Sheet${i + 1}`, part: rels.get(a['r:id'] ?? '') ?? `xl/worksheets/sheet${i + 1}.xml` };
    });
    for (const { name, part } of declared) {
      const entry = entries.get(part);
      if (!entry) continue;
      const sheet: ImportSheet = { name, rows: [], truncated: false };
      sheets.push(sheet);
      let kept = 0;
      let rowNumber = 0;
      await eachElement(buffer, entry, 'row', (xml) => {
        ROW.lastIndex = 0;
        for (let m = ROW.exec(xml); m; m = ROW.exec(xml)) {
          const r = Number(ATTR_R.exec(m[1]!)?.[1]);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          if (m[2]) continue; // <row …/>: nothing in it
          const start = ROW.lastIndex;
          const end = xml.indexOf('</row>', start);
          if (end < 0) break;
          ROW.lastIndex = end + 6;
          const body = xml.slice(start, end);
          let cells: CellScalar[] | undefined;
          let col = 0;
          CELL.lastIndex = 0;
          for (let c = CELL.exec(body); c; c = CELL.exec(body)) {
            const attrs = c[1]!;
            col = refColumn(ATTR_R.exec(attrs)?.[1]) || col + 1;
            if (col > MAX_COLUMNS) break;
            const v = cellValue(attrs, c[2], ctx);
            if (v === null) continue;
            (cells ??= [])[col] = v;
          }
          if (!cells) continue;
          if (++kept > rowLimit) {
            sheet.truncated = true;
            sheet.rowLimit = options.maxRows ?? DEFAULT_MAX_ROWS;
            return false;
          }
          sheet.rows[rowNumber] = cells;
        }
        return true;
      });
    }
  } catch (err) {
    if (err instanceof XlsxFileError) throw err;
    throw new XlsxFileError(NOT_XLSX);
  }
  if (!sheets.length) throw new XlsxFileError('Tệp không có trang tính nào.');
  return { sheets };
}

/** A column's letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const cellOf = (sheet: ImportSheet, row: number, col: number): CellScalar => sheet.rows[row]?.[col] ?? null;

function headerIndex<S extends ColumnsSpec>(spec: SheetSpec<S>): Map<string, ColumnKey<S>> {
  const index = new Map<string, ColumnKey<S>>();
  for (const [key, def] of Object.entries(spec.columns)) {
    for (const h of [def.header, ...(def.aliases ?? [])]) index.set(headerKey(h), key);
  }
  return index;
}

function matchRow<S extends ColumnsSpec>(sheet: ImportSheet, rowNumber: number, index: Map<string, ColumnKey<S>>) {
  const found = new Map<ColumnKey<S>, LocatedColumn[]>();
  (sheet.rows[rowNumber] ?? []).forEach((value, col) => {
    const text = cellText(value ?? null);
    const key = index.get(headerKey(text));
    if (!key) return;
    found.set(key, [...(found.get(key) ?? []), { col, letter: columnLetter(col), header: text }]);
  });
  return found;
}

function findHeader<S extends ColumnsSpec>(sheet: ImportSheet, index: Map<string, ColumnKey<S>>) {
  let best: { row: number; found: Map<ColumnKey<S>, LocatedColumn[]> } | null = null;
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rows.length - 1); r++) {
    const found = matchRow(sheet, r, index);
    if (found.size && (!best || found.size > best.found.size)) best = { row: r, found };
  }
  return best;
}

/** Finds the sheet and its header row, checks the headers, counts the data rows. Throws XlsxFileError. */
export function locateSheet<S extends ColumnsSpec>(workbook: ImportWorkbook, spec: SheetSpec<S>): LocatedSheet<S> {
  const index = headerIndex(spec);
  const named = spec.sheetName ? workbook.sheets.find((w) => w.name === spec.sheetName) : undefined;
  const candidates = named ? [named] : workbook.sheets;
  let chosen: { ws: ImportSheet; header: NonNullable<ReturnType<typeof findHeader<S>>> } | null = null;
  for (const ws of candidates) {
    const header = findHeader(ws, index);
    if (header && (!chosen || header.found.size > chosen.header.found.size)) chosen = { ws, header };
  }
  const headers = (keys: readonly string[]) => keys.map((k) => `"${spec.columns[k]!.header}"`).join(', ');
  if (!chosen) {
    throw new XlsxFileError(`Không tìm thấy dòng tiêu đề cột (cần các cột ${headers(Object.keys(spec.columns))}). Hãy dùng tệp mẫu.`);
  }
  const { ws, header } = chosen;
  const columns = new Map<ColumnKey<S>, LocatedColumn>();
  for (const [key, places] of header.found) {
    if (places.length > 1) {
      throw new XlsxFileError(`Cột "${spec.columns[key]!.header}" xuất hiện nhiều lần (các cột ${places.map((p) => p.letter).join(', ')}). Hãy giữ lại một cột.`);
    }
    columns.set(key, places[0]!);
  }
  const missing = Object.entries(spec.columns)
    .filter(([key, def]) => (def.required || def.requiredHeader) && !columns.has(key))
    .map(([key]) => key);
  if (missing.length) throw new XlsxFileError(`Tệp thiếu cột bắt buộc: ${headers(missing)}. Hãy dùng tệp mẫu.`);
  const alternatives = spec.headerAlternatives ?? [];
  if (alternatives.length && !alternatives.some((group) => group.every((k) => columns.has(k)))) {
    throw new XlsxFileError(`Tệp cần có ${alternatives.map((g) => `các cột ${headers(g)}`).join(', hoặc ')}. Hãy dùng tệp mẫu.`);
  }

  const dataRows: number[] = [];
  ws.rows.forEach((cells, rowNumber) => {
    if (rowNumber <= header.row || !cells) return;
    for (const { col } of columns.values()) {
      if ((cells[col] ?? null) !== null) {
        dataRows.push(rowNumber);
        return;
      }
    }
  });
  const limit = spec.maxRows ?? (ws.truncated ? ws.rowLimit : undefined);
  if (limit && (ws.truncated || dataRows.length > limit)) {
    const count = ws.truncated ? `hơn ${limit.toLocaleString('vi-VN')}` : dataRows.length.toLocaleString('vi-VN');
    throw new XlsxFileError(`Tệp có ${count} dòng dữ liệu, vượt quá giới hạn ${limit.toLocaleString('vi-VN')} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`);
  }
  if (!dataRows.length) throw new XlsxFileError('Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).');

  const errorAt = (row: number, key: ColumnKey<S>, message: string, value?: string): XlsxRowError => {
    const def = spec.columns[key]!;
    const at = columns.get(key);
    const shown = value ?? (at ? cellText(cellOf(ws, row, at.col)) : '');
    return { row, column: at?.letter ?? '', header: def.header, value: shown, message: `${def.header}: ${message}` };
  };
  return { sheet: ws, headerRow: header.row, columns, dataRows, errorAt };
}

export interface ReadOptions<S extends ColumnsSpec = ColumnsSpec> {
  /** Called every `progressEvery` rows (and at the end) with the number of rows read so far. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  progressEvery?: number;
  /**
   * Hands each parsed row over as it is read instead of collecting them (`rows` then comes back
   * empty): a 50,000-row import keeps only what it needs of each row.
   */
  onRow?: (row: ParsedRow<S>) => void;
}

/** Parses every data row: each cell with its column's parser, then the spec's row checks. */
export async function readRows<S extends ColumnsSpec>(located: LocatedSheet<S>, spec: SheetSpec<S>, options: ReadOptions<S> = {}): Promise<ReadResult<S>> {
  const rows: ParsedRow<S>[] = [];
  const errors: XlsxRowError[] = [];
  const every = options.progressEvery ?? 100;
  const has = (key: ColumnKey<S>) => located.columns.has(key);
  const total = located.dataRows.length;
  for (const [i, rowNumber] of located.dataRows.entries()) {
    const cells = located.sheet.rows[rowNumber] ?? [];
    const values = {} as Record<string, unknown>;
    const raw = {} as Record<string, string>;
    const rowErrors: XlsxRowError[] = [];
    for (const [key, def] of Object.entries(spec.columns)) {
      const at = located.columns.get(key);
      const value: CellScalar = at ? (cells[at.col] ?? null) : null;
      raw[key] = cellText(value);
      values[key] = def.defaultValue ?? null;
      if (value === null) {
        if (def.required) rowErrors.push(located.errorAt(rowNumber, key, 'không được để trống.', ''));
        continue;
      }
      const parsed = def.parser.parse(value);
      if (parsed.ok) values[key] = parsed.value;
      else rowErrors.push(located.errorAt(rowNumber, key, parsed.message, raw[key]));
    }
    const typed = values as RowValues<S>;
    if (spec.validateRow) {
      const failedKeys = new Set(rowErrors.map((e) => e.header));
      const failed = (key: ColumnKey<S>) => failedKeys.has(spec.columns[key]!.header);
      for (const issue of spec.validateRow(typed, { row: rowNumber, has, failed })) {
        rowErrors.push(located.errorAt(rowNumber, issue.key, issue.message, raw[issue.key]));
      }
    }
    const parsed: ParsedRow<S> = { row: rowNumber, values: typed, raw: raw as Record<ColumnKey<S>, string>, ok: rowErrors.length === 0 };
    if (options.onRow) options.onRow(parsed);
    else rows.push(parsed);
    for (const e of rowErrors) errors.push(e);
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === total)) await options.onProgress(i + 1, total);
  }
  return { rows, errors };
}

/** loadWorkbook + locateSheet + readRows in one call (reading stops at the spec's row limit). */
export async function readXlsx<S extends ColumnsSpec>(buffer: Buffer, spec: SheetSpec<S>, options: ReadOptions<S> = {}) {
  const located = locateSheet(await loadWorkbook(buffer, { maxRows: spec.maxRows }), spec);
  return { located, ...(await readRows(located, spec, options)) };
}
