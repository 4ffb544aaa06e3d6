import { describe, expect, it } from 'vitest';
import { STAFF_CATEGORY_LABELS } from '../../src/domain/org/codes';
import { date, email, enumLabel, fail, headerKey, integer, lookup, notInFuture, ok, text, yesNo } from '../../src/documents/xlsx';

describe('header matching', () => {
  it.each(['Ngày sinh', 'NGÀY SINH', 'ngay sinh', '  Ngày   sinh ', 'Ngày sinh (dd/mm/yyyy)', 'Ngày sinh *', 'Ngày\nsinh'])('"%s" matches "Ngày sinh"', (h) => {
    expect(headerKey(h)).toBe(headerKey('Ngày sinh'));
  });

  it('keeps different headers apart ("Họ" is not "Họ và tên")', () => {
    expect(headerKey('Họ')).not.toBe(headerKey('Họ và tên'));
  });

  it('treats Đ like D', () => {
    expect(headerKey('ĐƠN VỊ')).toBe('don vi');
  });
});

describe('date parser', () => {
  const p = date();
  it.each([
    ['05/09/1985', '1985-09-05'],
    ['5/9/1985', '1985-09-05'],
    ['05-09-1985', '1985-09-05'],
    ['05.09.1985', '1985-09-05'],
    ['1985-09-05', '1985-09-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads "%s" as %s', (input, iso) => {
    expect(p.parse(input)).toEqual({ ok: true, value: iso });
  });

  it('reads a real Excel date cell', () => {
    expect(p.parse(new Date(Date.UTC(1979, 10, 2)))).toEqual({ ok: true, value: '1979-11-02' });
  });

  it('reads an Excel day serial (a date cell shown as a number)', () => {
    expect(p.parse(31352)).toEqual({ ok: true, value: '1985-11-01' });
  });

  it('refuses a day that does not exist', () => {
    expect(p.parse('31/02/2024')).toEqual({ ok: false, message: 'ngày 31/02/2024 không tồn tại.' });
  });

  it('refuses text that is not a date, in Vietnamese', () => {
    expect(p.parse('tháng 5 năm 1985')).toEqual({ ok: false, message: '"tháng 5 năm 1985" không phải ngày hợp lệ (nhập theo dạng dd/mm/yyyy).' });
  });

  it('applies an extra check such as "not in the future"', () => {
    const birth = date({ check: notInFuture('2025-07-01') });
    expect(birth.parse('02/07/2025')).toEqual({ ok: false, message: 'ngày 02/07/2025 ở tương lai.' });
    expect(birth.parse('01/07/2025').ok).toBe(true);
  });
});

describe('other parsers', () => {
  it('text trims, collapses spaces and enforces the maximum length', () => {
    expect(text().parse('  Nguyễn   Văn  ')).toEqual(ok('Nguyễn Văn'));
    expect(text().parse(12345)).toEqual(ok('12345'));
    expect(text({ max: 3 }).parse('abcd')).toEqual(fail('dài 4 ký tự, tối đa 3 ký tự.'));
  });

  it('integer accepts whole numbers in range only', () => {
    const year = integer({ min: 2000, max: 2100 });
    expect(year.parse(2024)).toEqual(ok(2024));
    expect(year.parse('2024')).toEqual(ok(2024));
    expect(year.parse(20.5).ok).toBe(false);
    expect(year.parse('1999')).toEqual(fail('1999 phải là số từ 2000 đến 2100.'));
  });

  it.each([['Có', true], ['có', true], ['CO', true], ['x', true], [true, true], ['Không', false], ['khong', false], [0, false]] as const)(
    'yes/no reads %s as %s', (input, expected) => {
      expect(yesNo().parse(input)).toEqual(ok(expected));
    },
  );

  it('yes/no refuses anything else, in Vietnamese', () => {
    expect(yesNo().parse('Có thể')).toEqual(fail('"Có thể" không hợp lệ, chỉ nhận Có hoặc Không.'));
  });

  it('enum reads a Vietnamese label in any case, with or without diacritics, or the code', () => {
    const p = enumLabel(STAFF_CATEGORY_LABELS);
    expect(p.parse('Viên chức')).toEqual(ok('vien_chuc'));
    expect(p.parse('VIEN CHUC')).toEqual(ok('vien_chuc'));
    expect(p.parse('nguoi lao  dong')).toEqual(ok('nguoi_lao_dong'));
    expect(p.parse('hop_dong')).toEqual(ok('hop_dong'));
    expect(p.parse('Biên chế')).toEqual(fail('"Biên chế" không hợp lệ, chỉ nhận: Công chức, Viên chức, Người lao động, Hợp đồng.'));
    expect(p.choices).toEqual(['Công chức', 'Viên chức', 'Người lao động', 'Hợp đồng']);
  });

  it('email checks the address format', () => {
    expect(email().parse('an@langson.gov.vn')).toEqual(ok('an@langson.gov.vn'));
    expect(email().parse('an@langson')).toEqual(fail('"an@langson" không phải địa chỉ thư điện tử hợp lệ.'));
  });

  it('lookup hands the typed text to its finder', () => {
    const p = lookup({ describe: 'Mã', find: (t) => (t === 'VP' ? ok(1) : fail(`không tìm thấy "${t}".`)) });
    expect(p.parse(' VP ')).toEqual(ok(1));
    expect(p.parse('XX')).toEqual(fail('không tìm thấy "XX".'));
  });
});
