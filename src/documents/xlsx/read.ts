import ExcelJS from 'exceljs';
import { cellScalar, cellText, type CellScalar } from './cells';
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
  worksheet: ExcelJS.Worksheet;
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

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (!buffer.length) throw new XlsxFileError('Tệp rỗng (0 byte).');
  if (!buffer.subarray(0, 4).equals(XLSX_MAGIC)) throw new XlsxFileError(NOT_XLSX);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new XlsxFileError(NOT_XLSX);
  }
  if (!workbook.worksheets.length) throw new XlsxFileError('Tệp không có trang tính nào.');
  return workbook;
}

function headerIndex<S extends ColumnsSpec>(spec: SheetSpec<S>): Map<string, ColumnKey<S>> {
  const index = new Map<string, ColumnKey<S>>();
  for (const [key, def] of Object.entries(spec.columns)) {
    for (const h of [def.header, ...(def.aliases ?? [])]) index.set(headerKey(h), key);
  }
  return index;
}

function matchRow<S extends ColumnsSpec>(ws: ExcelJS.Worksheet, rowNumber: number, index: Map<string, ColumnKey<S>>) {
  const found = new Map<ColumnKey<S>, LocatedColumn[]>();
  ws.getRow(rowNumber).eachCell((cell, col) => {
    const text = cellText(cellScalar(cell.value));
    const key = index.get(headerKey(text));
    if (!key) return;
    found.set(key, [...(found.get(key) ?? []), { col, letter: ws.getColumn(col).letter, header: text }]);
  });
  return found;
}

function findHeader<S extends ColumnsSpec>(ws: ExcelJS.Worksheet, index: Map<string, ColumnKey<S>>) {
  let best: { row: number; found: Map<ColumnKey<S>, LocatedColumn[]> } | null = null;
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); r++) {
    const found = matchRow(ws, r, index);
    if (found.size && (!best || found.size > best.found.size)) best = { row: r, found };
  }
  return best;
}

/** Finds the sheet and its header row, checks the headers, counts the data rows. Throws XlsxFileError. */
export function locateSheet<S extends ColumnsSpec>(workbook: ExcelJS.Workbook, spec: SheetSpec<S>): LocatedSheet<S> {
  const index = headerIndex(spec);
  const named = spec.sheetName ? workbook.getWorksheet(spec.sheetName) : undefined;
  const candidates = named ? [named] : workbook.worksheets;
  let chosen: { ws: ExcelJS.Worksheet; header: NonNullable<ReturnType<typeof findHeader<S>>> } | null = null;
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
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= header.row) return;
    for (const { col } of columns.values()) {
      if (cellScalar(row.getCell(col).value) !== null) {
        dataRows.push(rowNumber);
        return;
      }
    }
  });
  if (!dataRows.length) throw new XlsxFileError('Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).');
  if (spec.maxRows && dataRows.length > spec.maxRows) {
    throw new XlsxFileError(`Tệp có ${dataRows.length} dòng dữ liệu, vượt quá giới hạn ${spec.maxRows} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`);
  }

  const errorAt = (row: number, key: ColumnKey<S>, message: string, value?: string): XlsxRowError => {
    const def = spec.columns[key]!;
    const at = columns.get(key);
    const shown = value ?? (at ? cellText(cellScalar(ws.getRow(row).getCell(at.col).value)) : '');
    return { row, column: at?.letter ?? '', header: def.header, value: shown, message: `${def.header}: ${message}` };
  };
  return { worksheet: ws, headerRow: header.row, columns, dataRows, errorAt };
}

export interface ReadOptions {
  /** Called every `progressEvery` rows (and at the end) with the number of rows read so far. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  progressEvery?: number;
}

/** Parses every data row: each cell with its column's parser, then the spec's row checks. */
export async function readRows<S extends ColumnsSpec>(located: LocatedSheet<S>, spec: SheetSpec<S>, options: ReadOptions = {}): Promise<ReadResult<S>> {
  const rows: ParsedRow<S>[] = [];
  const errors: XlsxRowError[] = [];
  const every = options.progressEvery ?? 100;
  const has = (key: ColumnKey<S>) => located.columns.has(key);
  const total = located.dataRows.length;
  for (const [i, rowNumber] of located.dataRows.entries()) {
    const row = located.worksheet.getRow(rowNumber);
    const values = {} as Record<string, unknown>;
    const raw = {} as Record<string, string>;
    const rowErrors: XlsxRowError[] = [];
    for (const [key, def] of Object.entries(spec.columns)) {
      const at = located.columns.get(key);
      const value: CellScalar = at ? cellScalar(row.getCell(at.col).value) : null;
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
    rows.push({ row: rowNumber, values: typed, raw: raw as Record<ColumnKey<S>, string>, ok: rowErrors.length === 0 });
    errors.push(...rowErrors);
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === total)) await options.onProgress(i + 1, total);
  }
  return { rows, errors };
}

/** loadWorkbook + locateSheet + readRows in one call. */
export async function readXlsx<S extends ColumnsSpec>(buffer: Buffer, spec: SheetSpec<S>, options: ReadOptions = {}) {
  const located = locateSheet(await loadWorkbook(buffer), spec);
  return { located, ...(await readRows(located, spec, options)) };
}
