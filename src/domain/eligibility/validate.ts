/**
 * Validation of eligibility requests with Vietnamese messages naming the field path,
 * e.g. "subject.ratings[0].level: giá trị không hợp lệ; cho phép: HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED".
 */
import type { z } from 'zod';
import { EligibilityCaseSchema, type EligibilityCase } from './case-schema';

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng',
  array: 'mảng',
  date: 'ngày',
  null: 'null',
};

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? String(p) : `.${String(p)}`;
  }
  return s === '' ? '(gốc)' : s;
}

function issueMessageVi(iss: z.core.$ZodIssue): string {
  switch (iss.code) {
    case 'invalid_type': {
      if ((iss as { input?: unknown }).input === undefined) return 'thiếu trường bắt buộc';
      return `sai kiểu dữ liệu, cần ${TYPE_VI[iss.expected] ?? iss.expected}`;
    }
    case 'invalid_value':
      // zod reports a missing enum field as invalid_value, not invalid_type.
      if ((iss as { input?: unknown }).input === undefined) return 'thiếu trường bắt buộc';
      return `giá trị không hợp lệ; cho phép: ${iss.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      if (iss.format === 'date') return 'không đúng định dạng ngày yyyy-mm-dd (hoặc ngày không tồn tại)';
      if (iss.format === 'regex') return iss.message;
      return `không đúng định dạng ${iss.format}`;
    case 'too_small':
      if (iss.origin === 'array') return `phải có ít nhất ${String(iss.minimum)} phần tử`;
      if (iss.origin === 'string') return 'không được để trống';
      return `phải từ ${String(iss.minimum)} trở lên`;
    case 'too_big':
      if (iss.origin === 'array') return `không quá ${String(iss.maximum)} phần tử`;
      return `không được lớn hơn ${String(iss.maximum)}`;
    case 'unrecognized_keys':
      return `trường không được hỗ trợ: ${iss.keys.join(', ')}`;
    case 'invalid_union': {
      const u = iss as { discriminator?: string; options?: unknown[] };
      if (u.discriminator) return `giá trị "${u.discriminator}" không hợp lệ; cho phép: ${(u.options ?? []).map(String).join(', ')}`;
      return 'không khớp với định dạng nào được chấp nhận';
    }
    case 'invalid_key':
      return 'khóa không hợp lệ';
    case 'invalid_element':
      return 'phần tử không hợp lệ';
    case 'not_multiple_of':
      return `phải là bội số của ${String(iss.divisor)}`;
    case 'custom':
      return iss.message;
    default:
      return (iss as { message?: string }).message ?? 'không hợp lệ';
  }
}

/** "subject.ratings[0].level: giá trị không hợp lệ; …" — one line per issue. */
export function formatIssuesVi(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.map((iss) => `${formatPath([...prefix, ...iss.path])}: ${issueMessageVi(iss)}`);
}

export type ParseResult = { ok: true; cases: EligibilityCase[]; single: boolean } | { ok: false; errors: string[] };

/** Parse one case or an array of cases; error paths of array items start with [i]. */
export function parseEligibilityRequest(json: unknown): ParseResult {
  const single = !Array.isArray(json);
  const items: unknown[] = single ? [json] : (json as unknown[]);
  if (!single && items.length === 0) return { ok: false, errors: ['(gốc): mảng hồ sơ không được rỗng'] };
  const cases: EligibilityCase[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const r = EligibilityCaseSchema.safeParse(item, { reportInput: true });
    if (r.success) cases.push(r.data);
    else errors.push(...formatIssuesVi(r.error.issues, single ? [] : [i]));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cases, single };
}
