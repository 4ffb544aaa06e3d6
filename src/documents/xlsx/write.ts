import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { isoToExcelDate, type CellScalar } from './cells';
import type { ColumnsSpec, SheetSpec } from './spec';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DATE_FORMAT = 'dd/mm/yyyy';

function styleHeader(row: ExcelJS.Row, requiredCols: ReadonlySet<number> = new Set()) {
  row.height = 32;
  row.eachCell((cell, col) => {
    cell.font = { bold: true, color: { argb: requiredCols.has(col) ? 'FFC00000' : 'FF000000' } };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

const widthFor = (header: string, width?: number) => width ?? Math.max(12, Math.min(40, header.length + 4));

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export interface TemplateOptions<S extends ColumnsSpec> {
  spec: SheetSpec<S>;
  /** Name of the data sheet (default: spec.sheetName, else "Dữ liệu"). */
  sheetName?: string;
  /** First line of the "Hướng dẫn" sheet. */
  guideTitle: string;
  guideIntro?: readonly string[];
  guideNotes?: readonly string[];
  /** How many rows below the header get the drop-down lists (default 1000). */
  validationRows?: number;
}

/**
 * An empty import template: bold frozen header (required headers in red), column widths, text format
 * where Excel would otherwise rewrite what is typed, drop-down lists for columns with choices (listed
 * on a "Danh mục" sheet), and a "Hướng dẫn" sheet explaining each column.
 */
export async function writeTemplate<S extends ColumnsSpec>(options: TemplateOptions<S>): Promise<Buffer> {
  const { spec } = options;
  const defs = Object.values(spec.columns);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'VinhDanh';
  const ws = workbook.addWorksheet(options.sheetName ?? spec.sheetName ?? 'Dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = defs.map((d) => ({ width: widthFor(d.header, d.width), style: d.parser.textFormat ? { numFmt: '@' } : {} }));
  const required = new Set(defs.flatMap((d, i) => (d.required ? [i + 1] : [])));
  styleHeader(ws.addRow(defs.map((d) => d.header)), required);

  const guide = workbook.addWorksheet('Hướng dẫn');
  const withChoices = defs.map((d, i) => ({ d, i })).filter(({ d }) => d.parser.choices?.length);
  const lists = withChoices.length ? workbook.addWorksheet('Danh mục') : null;
  const last = 1 + (options.validationRows ?? 1000);
  withChoices.forEach(({ d, i }, n) => {
    const choices = d.parser.choices!;
    const listCol = lists!.getColumn(n + 1);
    listCol.width = widthFor(d.header, Math.max(d.width ?? 0, ...choices.map((c) => c.length + 2)));
    lists!.getCell(1, n + 1).value = d.header;
    choices.forEach((c, k) => (lists!.getCell(k + 2, n + 1).value = c));
    const letter = ws.getColumn(i + 1).letter;
    const range = `'Danh mục'!$${listCol.letter}$2:$${listCol.letter}$${choices.length + 1}`;
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: d.header,
      error: `Nên chọn một giá trị trong danh sách (${d.parser.describe}).`,
    });
  });
  if (lists) styleHeader(lists.getRow(1));

  guide.columns = [{ width: 8 }, { width: 30 }, { width: 10 }, { width: 60 }, { width: 28 }];
  guide.addRow([options.guideTitle]).font = { bold: true, size: 14 };
  for (const line of options.guideIntro ?? []) guide.addRow([line]);
  guide.addRow([]);
  styleHeader(guide.addRow(['Cột', 'Tiêu đề cột', 'Bắt buộc', 'Cách nhập', 'Ví dụ']));
  defs.forEach((d, i) => {
    const how = [d.parser.describe, d.help].filter(Boolean).join('. ');
    const row = guide.addRow([ws.getColumn(i + 1).letter, d.header, d.requiredNote ?? (d.required ? 'Có' : 'Không'), how, d.example ?? '']);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BOX;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  if (options.guideNotes?.length) {
    guide.addRow([]);
    guide.addRow(['Lưu ý']).font = { bold: true };
    for (const note of options.guideNotes) guide.addRow([`• ${note}`]);
  }
  return toBuffer(workbook);
}

export interface ListColumn<R> {
  header: string;
  width?: number;
  /** 'date': the value is 'yyyy-mm-dd' and is written as a real date shown dd/mm/yyyy. */
  kind?: 'text' | 'number' | 'date';
  value: (row: R, index: number) => CellScalar | undefined;
}

export interface ListOptions<R> {
  sheetName: string;
  columns: readonly ListColumn<R>[];
  rows: Iterable<R> | AsyncIterable<R>;
}

/** A plain list (exports, error reports): bold frozen header with a filter, one row per item. Streams rows. */
export async function writeList<R>(options: ListOptions<R>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'VinhDanh';
  const ws = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const { columns } = options;
  ws.columns = columns.map((c) => ({ width: widthFor(c.header, c.width), style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : {} }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = ws.addRow(columns.map((c) => c.header));
  styleHeader(header);
  header.commit();
  let index = 0;
  for await (const item of options.rows) {
    const values = columns.map((c) => {
      const v = c.value(item, index) ?? null;
      return c.kind === 'date' && typeof v === 'string' && v ? isoToExcelDate(v) : v;
    });
    const row = ws.addRow(values);
    columns.forEach((c, i) => {
      if (c.kind === 'date') row.getCell(i + 1).numFmt = DATE_FORMAT;
    });
    row.commit();
    index++;
  }
  ws.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** HTTP headers to send a workbook as a download named `fileName`. */
export function xlsxDownloadHeaders(fileName: string): Record<string, string> {
  return {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  };
}
