import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { GENDER_LABELS } from '../../src/domain/org/codes';
import {
  enumLabel, integer, loadWorkbook, locateSheet, readRows, readXlsx, text, writeList, writeRowErrors, writeTemplate, yesNo, XlsxFileError,
  type ColumnsSpec, type SheetSpec,
} from '../../src/documents/xlsx';

const columns = {
  name: { header: 'Họ và tên', required: true, parser: text({ max: 100 }) },
  gender: { header: 'Giới tính', required: true, parser: enumLabel(GENDER_LABELS) },
  year: { header: 'Năm', aliases: ['Năm xét'], parser: integer({ min: 2000, max: 2100 }) },
  leader: { header: 'Lãnh đạo', parser: yesNo(), defaultValue: false },
} satisfies ColumnsSpec;
const spec: SheetSpec<typeof columns> = { columns };

async function workbook(rows: unknown[][], sheetName = 'Dữ liệu'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function open(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('reading a sheet', () => {
  it('parses rows whatever the header spelling and column order, skipping empty rows', async () => {
    const file = await workbook([
      ['NĂM XÉT', ' giới  tính ', 'HO VA TEN', 'Ghi chú'],
      [2024, 'Nữ', 'Đinh Thị Yến', 'bỏ qua'],
      [],
      ['2025', 'nam', 'Bế Văn Ánh'],
    ]);
    const { rows, errors } = await readXlsx(file, spec);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.values])).toEqual([
      [2, { name: 'Đinh Thị Yến', gender: 'female', year: 2024, leader: false }],
      [4, { name: 'Bế Văn Ánh', gender: 'male', year: 2025, leader: false }],
    ]);
  });

  it('finds a header row below a title', async () => {
    const file = await workbook([['DANH SÁCH CÁN BỘ'], [], ['Họ và tên', 'Giới tính'], ['Đinh Thị Yến', 'Nữ']]);
    const { located, rows } = await readXlsx(file, spec);
    expect(located.headerRow).toBe(3);
    expect(rows[0]!.row).toBe(4);
  });

  it('reports every bad cell by row, column letter and header, in Vietnamese', async () => {
    const file = await workbook([
      ['Họ và tên', 'Giới tính', 'Năm'],
      ['', 'Khác', 1999],
      ['Bế Văn Ánh', 'Nam', 'năm ngoái'],
    ]);
    const { rows, errors } = await readXlsx(file, spec);
    expect(errors).toEqual([
      { row: 2, column: 'A', header: 'Họ và tên', value: '', message: 'Họ và tên: không được để trống.' },
      { row: 2, column: 'B', header: 'Giới tính', value: 'Khác', message: 'Giới tính: "Khác" không hợp lệ, chỉ nhận: Nam, Nữ.' },
      { row: 2, column: 'C', header: 'Năm', value: '1999', message: 'Năm: 1999 phải là số từ 2000 đến 2100.' },
      { row: 3, column: 'C', header: 'Năm', value: 'năm ngoái', message: 'Năm: "năm ngoái" không phải số nguyên.' },
    ]);
    expect(rows.map((r) => r.ok)).toEqual([false, false]);
  });

  it('runs row checks and lets the caller add errors at a cell', async () => {
    const withCheck: SheetSpec<typeof columns> = {
      columns,
      validateRow: (v) => (v.leader && v.year && v.year < 2020 ? [{ key: 'leader', message: 'không áp dụng trước năm 2020.' }] : []),
    };
    const located = locateSheet(await loadWorkbook(await workbook([['Họ và tên', 'Giới tính', 'Năm', 'Lãnh đạo'], ['An', 'Nam', 2019, 'Có']])), withCheck);
    const { errors } = await readRows(located, withCheck);
    expect(errors).toEqual([{ row: 2, column: 'D', header: 'Lãnh đạo', value: 'Có', message: 'Lãnh đạo: không áp dụng trước năm 2020.' }]);
    expect(located.errorAt(2, 'name', 'trùng với dòng 5.')).toEqual({ row: 2, column: 'A', header: 'Họ và tên', value: 'An', message: 'Họ và tên: trùng với dòng 5.' });
  });

  it('reports progress up to the number of rows', async () => {
    const file = await workbook([['Họ và tên', 'Giới tính'], ...Array.from({ length: 5 }, (_, i) => [`Người ${i}`, 'Nam'])]);
    const seen: number[] = [];
    await readXlsx(file, spec, { progressEvery: 2, onProgress: (done, total) => void seen.push(done, total) });
    expect(seen).toEqual([2, 5, 4, 5, 5, 5]);
  });
});

describe('unusable files', () => {
  async function refusal<S extends ColumnsSpec>(buffer: Buffer, s: SheetSpec<S>) {
    try {
      locateSheet(await loadWorkbook(buffer), s);
    } catch (err) {
      expect(err).toBeInstanceOf(XlsxFileError);
      return (err as Error).message;
    }
    throw new Error('the file was accepted');
  }

  it('refuses a file that is not XLSX', async () => {
    expect(await refusal(Buffer.from('Họ và tên;Giới tính\n'), spec)).toContain('không phải bảng tính Excel (.xlsx)');
    expect(await refusal(Buffer.from('PK\u0003\u0004 not really a zip'), spec)).toContain('không phải bảng tính Excel (.xlsx)');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), spec)).toBe('Tệp rỗng (0 byte).');
  });

  it('refuses a file without data rows', async () => {
    expect(await refusal(await workbook([['Họ và tên', 'Giới tính']]), spec)).toBe('Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).');
  });

  it('names the missing required columns', async () => {
    expect(await refusal(await workbook([['Họ và tên', 'Năm'], ['An', 2024]]), spec)).toBe('Tệp thiếu cột bắt buộc: "Giới tính". Hãy dùng tệp mẫu.');
  });

  it('refuses a column given twice', async () => {
    expect(await refusal(await workbook([['Họ và tên', 'Giới tính', 'Họ và tên'], ['An', 'Nam', 'An']]), spec)).toContain('Cột "Họ và tên" xuất hiện nhiều lần (các cột A, C)');
  });

  it('explains header alternatives', async () => {
    const alt = {
      columns: { family: { header: 'Họ', parser: text() }, given: { header: 'Tên', parser: text() }, full: { header: 'Họ và tên', parser: text() } },
      headerAlternatives: [['family', 'given'], ['full']],
    } as SheetSpec<ColumnsSpec>;
    expect(await refusal(await workbook([['Họ', 'Giới tính'], ['Nguyễn', 'Nam']]), alt)).toBe('Tệp cần có các cột "Họ", "Tên", hoặc các cột "Họ và tên". Hãy dùng tệp mẫu.');
  });

  it('refuses more rows than the limit', async () => {
    const file = await workbook([['Họ và tên', 'Giới tính'], ['A', 'Nam'], ['B', 'Nữ'], ['C', 'Nam']]);
    expect(await refusal(file, { ...spec, maxRows: 2 })).toContain('vượt quá giới hạn 2 dòng');
  });
});

describe('writing', () => {
  it('a template has a bold frozen header, widths, drop-down lists and a guide', async () => {
    const wb = await open(await writeTemplate({ spec, sheetName: 'Mẫu', guideTitle: 'HƯỚNG DẪN', guideNotes: ['Một lưu ý'] }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Mẫu', 'Hướng dẫn', 'Danh mục']);
    const ws = wb.getWorksheet('Mẫu')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Họ và tên', 'Giới tính', 'Năm', 'Lãnh đạo']);
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.color?.argb).toBe('FFC00000');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(12);
    expect(ws.getCell('B500').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$3"] });
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$3"] });
    expect(ws.getCell('C2').dataValidation).toBeUndefined();
    const lists = wb.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.slice(1)).toEqual(['Giới tính', 'Nam', 'Nữ']);
    const guide = wb.getWorksheet('Hướng dẫn')!;
    const rows = guide.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(['B', 'Giới tính', 'Có', 'Một trong: Nam, Nữ', '']);
    expect(rows).toContainEqual(['• Một lưu ý']);
  });

  it('a template read back as an import finds every header', async () => {
    const wb = await open(await writeTemplate({ spec, guideTitle: 'HƯỚNG DẪN' }));
    wb.worksheets[0]!.addRow(['Đinh Thị Yến', 'Nữ', 2024, 'Có']);
    const { rows, errors } = await readXlsx(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), spec);
    expect(errors).toEqual([]);
    expect(rows[0]!.values).toEqual({ name: 'Đinh Thị Yến', gender: 'female', year: 2024, leader: true });
  });

  it('a list keeps diacritics and writes dates as real dates shown dd/mm/yyyy', async () => {
    const buffer = await writeList({
      sheetName: 'Danh sách',
      rows: [{ name: 'Đặng Thị Thu', born: '1980-05-17' }, { name: 'Lê Văn Ánh', born: null }],
      columns: [
        { header: 'STT', kind: 'number', value: (_r, i) => i + 1 },
        { header: 'Họ và tên', value: (r) => r.name },
        { header: 'Ngày sinh', kind: 'date', value: (r) => r.born },
      ],
    });
    const ws = (await open(buffer)).getWorksheet('Danh sách')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['STT', 'Họ và tên', 'Ngày sinh']);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([1, 'Đặng Thị Thu', new Date(Date.UTC(1980, 4, 17))]);
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C3').value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('the error report lists row, column, header, value and message', async () => {
    const ws = (await open(await writeRowErrors([{ row: 3, column: 'F', header: 'Ngày sinh', value: '31/02/2024', message: 'Ngày sinh: ngày 31/02/2024 không tồn tại.' }]))).worksheets[0]!;
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([3, 'F', 'Ngày sinh', '31/02/2024', 'Ngày sinh: ngày 31/02/2024 không tồn tại.']);
  });
});
