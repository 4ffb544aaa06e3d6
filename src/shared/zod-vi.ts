import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'đúng hoặc sai (true/false)',
  object: 'một nhóm trường (đối tượng JSON)',
  array: 'một danh sách',
  date: 'ngày',
  null: 'rỗng (null)',
  record: 'một nhóm trường (đối tượng JSON)',
};
const FORMAT_NAMES: Record<string, string> = {
  uuid: 'Mã định danh không hợp lệ',
  guid: 'Mã định danh không hợp lệ',
  email: 'Địa chỉ thư điện tử không hợp lệ',
  date: 'Ngày không hợp lệ (dạng yyyy-mm-dd)',
  datetime: 'Thời điểm không hợp lệ',
  time: 'Giờ không hợp lệ',
  url: 'Địa chỉ trang web không hợp lệ',
};
const SIZE_UNITS: Record<string, string> = { string: 'ký tự', array: 'phần tử', set: 'phần tử', file: 'byte' };
const vn = (n: number | bigint) => (typeof n === 'bigint' ? n.toString() : n.toLocaleString('vi-VN'));

/**
 * Zod's messages in plain Vietnamese, without type names or codes: the field's label comes in front
 * of them ("Họ (familyName): Chưa nhập"), so each message reads on its own after a colon.
 */
function vietnameseError(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.expected === 'nonoptional') return 'Chưa nhập (bắt buộc)';
      if (Array.isArray(issue.input) && issue.expected === 'object') return 'Phải là một nhóm trường, không phải một danh sách';
      return `Phải là ${TYPE_NAMES[issue.expected] ?? 'giá trị đúng kiểu'}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? 'Giá trị không đúng' : 'Giá trị không nằm trong danh sách được chọn';
    case 'too_big': {
      const unit = SIZE_UNITS[issue.origin ?? ''];
      if (unit) return `Quá dài: tối đa ${vn(issue.maximum as number)} ${unit}`;
      return issue.inclusive ? `Tối đa là ${vn(issue.maximum as number)}` : `Phải nhỏ hơn ${vn(issue.maximum as number)}`;
    }
    case 'too_small': {
      const unit = SIZE_UNITS[issue.origin ?? ''];
      if (unit) return Number(issue.minimum) === 1 ? 'Không được để trống' : `Quá ngắn: ít nhất ${vn(issue.minimum as number)} ${unit}`;
      return issue.inclusive ? `Tối thiểu là ${vn(issue.minimum as number)}` : `Phải lớn hơn ${vn(issue.minimum as number)}`;
    }
    case 'invalid_format':
      return FORMAT_NAMES[issue.format] ?? 'Không đúng định dạng';
    case 'not_multiple_of':
      return `Phải là bội số của ${vn(issue.divisor as number)}`;
    case 'unrecognized_keys':
      return `Không nhận trường lạ: ${issue.keys.map((k) => `«${k}»`).join(', ')}`;
    case 'invalid_key':
      return 'Tên trường không hợp lệ';
    case 'invalid_element':
      return 'Có phần tử không hợp lệ';
    case 'invalid_union':
      return 'Giá trị không hợp lệ';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/** Zod speaks Vietnamese everywhere (server and web share this). */
z.config({ localeError: vietnameseError });

export { z };

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; invalid dates are rejected with a Vietnamese message. */
export const isoDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v) ?? null;
    const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v;
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)' });
      return z.NEVER;
    }
    return iso;
  });
