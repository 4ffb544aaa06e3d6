import type { XlsxRowError } from './spec';
import { writeList } from './write';

/** The errors of an import as a spreadsheet the officer can work through while fixing the file. */
export function writeRowErrors(errors: readonly XlsxRowError[]): Promise<Buffer> {
  return writeList({
    sheetName: 'Lỗi',
    rows: errors,
    columns: [
      { header: 'Dòng', width: 8, kind: 'number', value: (e) => e.row },
      { header: 'Cột', width: 8, value: (e) => e.column },
      { header: 'Tiêu đề cột', width: 24, value: (e) => e.header },
      { header: 'Giá trị trong tệp', width: 28, value: (e) => e.value },
      { header: 'Lỗi', width: 70, value: (e) => e.message },
    ],
  });
}
