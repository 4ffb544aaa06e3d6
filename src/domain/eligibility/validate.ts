/**
 * Validation of eligibility requests with Vietnamese messages naming the field path,
 * e.g. "subject.ratings[0].level: giá trị không hợp lệ; cho phép: HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED".
 */
import type { z } from 'zod';
import { EligibilityCaseSchema, type EligibilityCase } from './case-schema';
import { answerLabel, answerSpec } from './answers';
import type { AgencySettings } from './settings';

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng hoặc sai (true hoặc false)',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  null: 'rỗng (null)',
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
      // The path already names the field (subject.kind): say what is allowed, not the field's name again.
      if (u.discriminator) return `giá trị không hợp lệ; cho phép: ${(u.options ?? []).map(String).join(', ')}`;
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

/** Vietnamese names of the fields of a case, for the API's field errors ("Năm (year)"). */
const CASE_FIELD_LABELS: Record<string, string> = {
  award: 'Danh hiệu, hình thức cần xét',
  year: 'Năm',
  basisType: 'Loại khen thưởng',
  dossierDate: 'Ngày nhận hồ sơ',
  asOf: 'Ngày xét',
  subject: 'Đối tượng được xét',
  kind: 'Loại',
  id: 'Mã',
  name: 'Tên',
  staffCategory: 'Loại cán bộ',
  ratings: 'Kết quả xếp loại',
  level: 'Mức xếp loại',
  regime: 'Chế độ đánh giá',
  awards: 'Khen thưởng đã nhận',
  code: 'Danh hiệu/Hình thức khen thưởng',
  awardCode: 'Danh hiệu/Hình thức khen thưởng',
  initiatives: 'Sáng kiến',
  scienceTasks: 'Nhiệm vụ khoa học và công nghệ',
  disciplines: 'Kỷ luật',
  form: 'Hình thức kỷ luật',
  pendingChecks: 'Thanh tra, kiểm tra đang tiến hành',
  members: 'Thành viên',
  flags: 'Xác nhận',
  answers: 'Ý kiến xác nhận theo tiêu chí',
  effectiveFrom: 'Ngày có hiệu lực',
  effectiveTo: 'Ngày hết hiệu lực',
  decidedOn: 'Ngày quyết định',
  recognizedOn: 'Ngày công nhận',
  acceptedOn: 'Ngày nghiệm thu',
  openedOn: 'Ngày bắt đầu',
  concludedOn: 'Ngày kết luận',
  usedFor: 'Đã dùng làm căn cứ khen thưởng',
};

/** "Năm (subject.ratings[0].year)": the Vietnamese name of the field at `path`, then the path. */
export function caseFieldLabel(path: readonly PropertyKey[]): string {
  const dotted = formatPath(path);
  const strings = path.filter((p): p is string => typeof p === 'string');
  const flagsAt = strings.lastIndexOf('flags');
  if (flagsAt >= 0 && flagsAt < strings.length - 1) {
    const rest = strings.slice(flagsAt + 1);
    const key = rest[0] === 'answers' && rest[1] ? `answers.${rest[1]}` : rest[0]!;
    return `${answerLabel(key)} (${dotted})`;
  }
  const last = strings[strings.length - 1];
  const label = last ? CASE_FIELD_LABELS[last] : undefined;
  if (label) return `${label} (${dotted})`;
  return path.length ? `Trường «${dotted}»` : 'Hồ sơ';
}

/** One problem of a request, for the API: path, Vietnamese field name, message. */
export interface CaseIssue {
  path: string;
  field: string;
  message: string;
}

export type ParseResult = { ok: true; cases: EligibilityCase[]; single: boolean } | { ok: false; errors: string[]; issues: CaseIssue[] };

/**
 * Answers (flags.answers) must be criteria the engine knows: those of the law's catalogue and those
 * the agency's settings declare; any other key is refused like an unknown flag.
 */
export function unknownAnswerErrors(cases: readonly EligibilityCase[], single: boolean, settingsOf: (c: EligibilityCase) => AgencySettings): CaseIssue[] {
  const out: CaseIssue[] = [];
  cases.forEach((c, i) => {
    const answers = c.subject.flags.answers ?? {};
    const settings = settingsOf(c);
    const unknown = Object.keys(answers).filter((k) => !answerSpec(`answers.${k}`, settings));
    if (!unknown.length) return;
    const path: PropertyKey[] = [...(single ? [] : [i]), 'subject', 'flags', 'answers'];
    const dotted = formatPath(path);
    out.push({
      path: dotted,
      field: `${CASE_FIELD_LABELS.answers} (${dotted})`,
      message: `tiêu chí không được hỗ trợ: ${unknown.map((k) => `"${k}"`).join(', ')} (không có trong danh mục xác nhận của pháp luật hay trong quy chế của cơ quan)`,
    });
  });
  return out;
}

/** Parse one case or an array of cases; error paths of array items start with [i]. */
export function parseEligibilityRequest(json: unknown): ParseResult {
  const single = !Array.isArray(json);
  const items: unknown[] = single ? [json] : (json as unknown[]);
  if (!single && items.length === 0) return { ok: false, errors: ['(gốc): mảng hồ sơ không được rỗng'], issues: [{ path: '', field: 'Hồ sơ', message: 'Mảng hồ sơ không được rỗng' }] };
  const cases: EligibilityCase[] = [];
  const errors: string[] = [];
  const issues: CaseIssue[] = [];
  items.forEach((item, i) => {
    const r = EligibilityCaseSchema.safeParse(item, { reportInput: true });
    if (r.success) cases.push(r.data);
    else {
      const prefix = single ? [] : [i];
      const lines = formatIssuesVi(r.error.issues, prefix);
      errors.push(...lines);
      r.error.issues.forEach((iss) => {
        const path = [...prefix, ...iss.path];
        issues.push({ path: formatPath(path), field: caseFieldLabel(path), message: issueMessageVi(iss) });
      });
    }
  });
  return errors.length > 0 ? { ok: false, errors, issues } : { ok: true, cases, single };
}
