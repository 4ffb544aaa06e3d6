import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CODES, invalidTransition } from '../../src/domain/errors';
import { SettingsError } from '../../src/domain/eligibility/settings';
import { XlsxFileError } from '../../src/documents/xlsx';
import { AppError, DEFAULT_MESSAGES, STATUS, httpError, notFound, validation } from '../../src/server/errors';

describe('domain error codes, mapped once to HTTP and Vietnamese', () => {
  it('a state machine refusing a step is a 409 with its own message and the states', () => {
    const { status, body } = httpError(invalidTransition('Chỉ trả lại được hồ sơ đã nộp.', { from: 'DRAFT', action: 'return' }));
    expect(status).toBe(409);
    expect(body.error).toEqual({ code: 'INVALID_TRANSITION', message: 'Chỉ trả lại được hồ sơ đã nộp.', fields: [], details: { from: 'DRAFT', action: 'return' } });
  });

  it('a domain error without a message gets the Vietnamese default of its code', () => {
    expect(httpError(new DomainError('RECUSED'))).toEqual({ status: 403, body: { error: { code: 'RECUSED', message: DEFAULT_MESSAGES.RECUSED, fields: [] } } });
    expect(httpError(new DomainError('BALLOT_CLOSED')).status).toBe(409);
  });

  it('settings and workbook errors are domain errors: a Vietnamese 400', () => {
    expect(httpError(new SettingsError(['eval.xsCapPct: phải là số']))).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION', message: 'Thiết lập không hợp lệ: eval.xsCapPct: phải là số' } } });
    expect(httpError(new XlsxFileError('Tệp rỗng (0 byte).'))).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION', fields: [{ path: 'file', field: 'Tệp', message: 'Tệp rỗng (0 byte).' }] } },
    });
  });

  it('the server\'s AppError and helpers are still domain errors with their status', () => {
    for (const e of [new AppError('CONFLICT'), notFound('cán bộ'), validation([{ path: 'year', field: 'Năm', message: 'Bắt buộc' }])]) {
      expect(e).toBeInstanceOf(DomainError);
      expect(httpError(e).status).toBe(e.status);
    }
    expect(notFound('cán bộ').message).toBe('Không tìm thấy cán bộ.');
  });

  it('every code has a status and a Vietnamese default message', () => {
    for (const code of ERROR_CODES) {
      expect(STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(DEFAULT_MESSAGES[code], code).toMatch(/[àáảãạăâđêôơư]/i);
    }
  });
});
