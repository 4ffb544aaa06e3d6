/** The streaming XLSX reader: Vietnamese text intact at any chunk boundary, limits while reading. */
import { describe, expect, it } from 'vitest';
import { loadWorkbook, XlsxFileError } from '../../src/documents/xlsx';
import { bigPeopleRow, bigPeopleXlsx, xlsxBomb } from '../fixtures/big-xlsx';

const UNITS = ['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Trung tâm Ứng dụng và Thống kê KH&CN'];

describe('streaming XLSX reader', () => {
  it('reads every Vietnamese letter of 3,000 rows exactly, whichever chunk it falls in', async () => {
    const wb = await loadWorkbook(await bigPeopleXlsx(3_000, UNITS));
    const rows = wb.sheets[0]!.rows;
    for (let i = 0; i < 3_000; i++) {
      const expected = bigPeopleRow(i, UNITS).map((v) => v ?? undefined);
      const got = rows[i + 2]!;
      expect([got[2], got[3], got[4], got[8]]).toEqual([expected[1], expected[2], expected[3], expected[7]]);
    }
  });

  it('refuses a 400 MB decompression bomb, declared or hidden, with a Vietnamese message', async () => {
    for (const lie of [false, true]) {
      const err = await loadWorkbook(await xlsxBomb(400 * 1024 * 1024, { lie })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(XlsxFileError);
      expect((err as Error).message).toMatch(/^Tệp quá lớn khi giải nén \(vượt quá 100 MB\)/);
    }
  });

  it('stops reading a sheet past the row limit', async () => {
    const wb = await loadWorkbook(await bigPeopleXlsx(120, UNITS), { maxRows: 100 });
    expect(wb.sheets[0]!.truncated).toBe(true);
    expect(wb.sheets[0]!.rows.filter(Boolean).length).toBe(110);
  });
});
