import { describe, expect, it } from 'vitest';
import { parseEligibilityRequest } from '../../../src/domain/eligibility';
import { person } from './factory';

describe('input validation', () => {
  it('bad input gives a Vietnamese message naming the field path', () => {
    const r = parseEligibilityRequest({ award: 'LDTT', year: 2025, subject: person({ ratings: [{ year: 2025, level: 'TOT' as never }] }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['subject.ratings[0].level: giá trị không hợp lệ; cho phép: HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED']);
  });

  it('a missing required field is named', () => {
    const r = parseEligibilityRequest({ award: 'LDTT', subject: person() });
    expect(r.ok ? [] : r.errors).toEqual(['year: thiếu trường bắt buộc']);
  });

  it('a misspelt flag is rejected rather than ignored', () => {
    const r = parseEligibilityRequest({ award: 'LDTT', year: 2025, subject: person({ flags: { councilSelcted: true } as never }) });
    expect(r.ok ? [] : r.errors).toEqual(['subject.flags: trường không được hỗ trợ: councilSelcted']);
  });

  it('an impossible date is rejected', () => {
    const r = parseEligibilityRequest({ award: 'LDTT', year: 2025, dossierDate: '2025-02-30', subject: person() });
    expect(r.ok ? [] : r.errors[0]).toMatch(/^dossierDate: không đúng định dạng ngày/);
  });

  it('two ratings for the same year are rejected', () => {
    const r = parseEligibilityRequest({ award: 'LDTT', year: 2025, subject: person({ ratings: [{ year: 2025, level: 'HTTNV' }, { year: 2025, level: 'HTNV' }] }) });
    expect(r.ok ? [] : r.errors).toEqual(['subject.ratings[1].year: Năm 2025 có hai kết quả xếp loại']);
  });

  it('errors in an array of cases start with the item index', () => {
    const r = parseEligibilityRequest([{ award: 'LDTT', year: 2025, subject: person() }, { award: 'XYZ', year: 2025, subject: person() }]);
    expect(r.ok ? [] : r.errors[0]).toMatch(/^\[1\]\.award: giá trị không hợp lệ/);
  });

  it('a valid array keeps every case', () => {
    const r = parseEligibilityRequest([{ award: 'LDTT', year: 2025, subject: person() }, { award: 'CSTDCS', year: 2025, subject: person() }]);
    expect(r.ok && r.cases.length).toBe(2);
    expect(r.ok && r.single).toBe(false);
  });
});
