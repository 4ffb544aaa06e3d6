/** The people spreadsheet: import columns and checks, the import template, the exported list. */
import { GENDER_LABELS, PERSON_STATUS_LABELS, STAFF_CATEGORY_LABELS, type Gender, type PersonStatus, type StaffCategory } from '../domain/org/codes';
import { splitFullName } from '../domain/text/vietnamese';
import {
  date, email, enumLabel, fail, isoToVietnameseDate, lookup, lookupKey, notInFuture, ok, text, writeList, writeTemplate, yesNo,
  type ColumnsSpec, type RowIssue, type RowValues, type SheetSpec,
} from './xlsx';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export const MIN_AGE = 15;
export const MAX_AGE = 100;
/** A province's first load is about 50,000 people: one file (read as a stream, bounded in size). */
export const MAX_IMPORT_ROWS = 50_000;

function ageOn(birthIso: string, todayIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [ty, tm, td] = todayIso.split('-').map(Number);
  return ty! - by! - (tm! < bm! || (tm === bm && td! < bd!) ? 1 : 0);
}

function birthDateCheck(today: string) {
  const future = notInFuture(today);
  return (iso: string) => {
    const problem = future(iso);
    if (problem) return problem;
    const age = ageOn(iso, today);
    if (age < MIN_AGE) return `ngày ${isoToVietnameseDate(iso)} cho thấy người này mới ${age} tuổi (chưa đủ ${MIN_AGE} tuổi).`;
    if (age > MAX_AGE) return `ngày ${isoToVietnameseDate(iso)} cho thấy người này đã ${age} tuổi (quá ${MAX_AGE} tuổi).`;
    return null;
  };
}

/** Finds a unit by code or by name, ignoring case, diacritics and extra spaces. */
export function unitFinder(units: readonly UnitRef[]) {
  const byCode = new Map(units.map((u) => [lookupKey(u.code), u]));
  const byName = new Map<string, UnitRef[]>();
  for (const u of units) byName.set(lookupKey(u.name), [...(byName.get(lookupKey(u.name)) ?? []), u]);
  return (typed: string) => {
    const key = lookupKey(typed);
    const named = byName.get(key) ?? [];
    const unit = byCode.get(key) ?? (named.length === 1 ? named[0] : undefined);
    if (named.length > 1 && !byCode.has(key)) {
      return fail<UnitRef>(`có ${named.length} đơn vị cùng tên "${typed}", hãy ghi mã đơn vị (${named.map((u) => u.code).join(', ')}).`);
    }
    if (!unit) return fail<UnitRef>(`không tìm thấy đơn vị "${typed}" (ghi đúng tên hoặc mã đơn vị như trong danh mục).`);
    if (!unit.active) return fail<UnitRef>(`đơn vị "${unit.name}" đã ngừng hoạt động.`);
    return ok(unit);
  };
}

const PHONE = /^\+?[0-9][0-9 .-]{5,19}$/;

/** Họ and Tên may not be empty, unless the row gives the whole name in one "Họ và tên" column. */
const NAME_REQUIRED = 'Có (hoặc dùng một cột "Họ và tên")';

export function peopleImportSpec(ctx: { units: readonly UnitRef[]; today: string }) {
  const activeUnits = ctx.units.filter((u) => u.active);
  const columns = {
    code: { header: 'Mã cán bộ', aliases: ['Mã CB', 'Mã số cán bộ', 'Mã'], parser: text({ max: 30 }), help: 'Để trống để hệ thống tự cấp mã (CB00001, CB00002…)', example: 'CB00123', width: 14 },
    familyName: { header: 'Họ', parser: text({ max: 60 }), requiredNote: NAME_REQUIRED, example: 'Nguyễn', width: 12 },
    middleName: { header: 'Chữ đệm', aliases: ['Tên đệm', 'Đệm'], parser: text({ max: 60 }), example: 'Thị Minh', width: 14 },
    givenName: { header: 'Tên', parser: text({ max: 60 }), requiredNote: NAME_REQUIRED, example: 'Khai', width: 12 },
    fullName: { header: 'Họ và tên', aliases: ['Họ tên'], parser: text({ max: 180 }), help: 'Dùng thay cho ba cột Họ, Chữ đệm, Tên', example: 'Nguyễn Thị Minh Khai', width: 26 },
    gender: { header: 'Giới tính', required: true, parser: enumLabel(GENDER_LABELS), example: 'Nữ', width: 10 },
    birthDate: { header: 'Ngày sinh', aliases: ['Ngày tháng năm sinh'], parser: date({ check: birthDateCheck(ctx.today) }), help: `Không ở tương lai; tuổi từ ${MIN_AGE} đến ${MAX_AGE}`, example: '05/09/1985', width: 13 },
    staffCategory: { header: 'Loại cán bộ', aliases: ['Đối tượng', 'Loại'], required: true, parser: enumLabel(STAFF_CATEGORY_LABELS), example: 'Công chức', width: 16 },
    unit: {
      header: 'Đơn vị', aliases: ['Đơn vị công tác', 'Phòng, đơn vị', 'Mã đơn vị'], required: true,
      parser: lookup({ describe: 'Tên hoặc mã đơn vị như trong danh mục (sheet "Danh mục")', choices: activeUnits.map((u) => u.name), find: unitFinder(ctx.units) }),
      example: activeUnits[0]?.name ?? 'Văn phòng Sở', width: 36,
    },
    position: { header: 'Chức vụ', aliases: ['Chức vụ, chức danh', 'Chức danh'], parser: text({ max: 120 }), example: 'Chuyên viên', width: 22 },
    isLeader: { header: 'Giữ chức vụ lãnh đạo', aliases: ['Lãnh đạo', 'Là lãnh đạo', 'Lãnh đạo, quản lý'], parser: yesNo(), defaultValue: false, help: 'Để trống là Không', example: 'Không', width: 14 },
    isDirectWorker: {
      header: 'Trực tiếp lao động, công tác', aliases: ['Người trực tiếp lao động, công tác', 'Trực tiếp lao động', 'Trực tiếp công tác'],
      parser: yesNo(), defaultValue: false, help: 'Người trực tiếp lao động, công tác (không giữ chức vụ quản lý). Để trống là Không', example: 'Có', width: 16,
    },
    startDate: { header: 'Ngày bắt đầu tại đơn vị', aliases: ['Ngày về đơn vị', 'Ngày tiếp nhận'], parser: date({ check: notInFuture(ctx.today) }), help: 'Ngày bắt đầu công tác tại đơn vị (quá trình công tác). Để trống là hôm nay', example: '01/01/2015', width: 14 },
    email: { header: 'Thư điện tử', aliases: ['Email', 'E-mail', 'Thư điện tử (email)'], parser: email(), example: 'nguyenminhkhai@langson.gov.vn', width: 28 },
    phone: { header: 'Điện thoại', aliases: ['Số điện thoại', 'SĐT', 'Điện thoại di động'], parser: text({ max: 20 }), example: '0912345678', width: 14 },
  } satisfies ColumnsSpec;
  type S = typeof columns;

  const validateRow: SheetSpec<S>['validateRow'] = (v, { has }) => {
    const issues: RowIssue<S>[] = [];
    const name = personName(v);
    if (!name.givenName) issues.push({ key: has('givenName') ? 'givenName' : 'fullName', message: 'không được để trống.' });
    else if (!name.familyName) {
      issues.push(v.givenName ? { key: 'familyName', message: 'không được để trống.' } : { key: 'fullName', message: 'cần có cả họ và tên.' });
    }
    if (v.birthDate && v.startDate && v.startDate <= v.birthDate) {
      issues.push({ key: 'startDate', message: `phải sau ngày sinh (${isoToVietnameseDate(v.birthDate)}).` });
    }
    if (v.phone && !PHONE.test(v.phone)) issues.push({ key: 'phone', message: `"${v.phone}" không phải số điện thoại hợp lệ.` });
    return issues;
  };

  return { columns, headerAlternatives: [['familyName', 'givenName'], ['fullName']], maxRows: MAX_IMPORT_ROWS, validateRow } satisfies SheetSpec<S>;
}

export type PeopleSpec = ReturnType<typeof peopleImportSpec>;
export type PeopleRowValues = RowValues<PeopleSpec['columns']>;

/** Họ, chữ đệm, tên from the three columns, or from "Họ và tên" when the tên column is empty. */
export function personName(v: Pick<PeopleRowValues, 'familyName' | 'middleName' | 'givenName' | 'fullName'>) {
  if (v.givenName) return { familyName: v.familyName ?? '', middleName: v.middleName ?? '', givenName: v.givenName };
  return splitFullName(v.fullName ?? '');
}

export function writePeopleTemplate(ctx: { units: readonly UnitRef[]; today: string }): Promise<Buffer> {
  const { fullName: _fullName, ...templateColumns } = peopleImportSpec(ctx).columns;
  const active = ctx.units.filter((u) => u.active);
  return writeTemplate({
    spec: { columns: templateColumns },
    sheetName: 'Cán bộ',
    guideTitle: 'HƯỚNG DẪN NHẬP DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG',
    guideIntro: [
      'Nhập mỗi người một dòng trên sheet "Cán bộ", bắt đầu từ dòng 2; không đổi tên các cột. Tiêu đề màu đỏ là cột bắt buộc.',
      'Hệ thống kiểm tra tất cả các dòng trước khi ghi: nếu có bất kỳ lỗi nào thì không ghi dòng nào và liệt kê từng lỗi theo dòng, cột.',
    ],
    guideNotes: [
      'Có thể dùng một cột "Họ và tên" thay cho ba cột Họ, Chữ đệm, Tên (hệ thống tự tách: từ đầu là họ, từ cuối là tên).',
      'Ngày nhập theo dạng dd/mm/yyyy (ví dụ 05/09/1985); ô kiểu ngày của Excel cũng được chấp nhận.',
      'Mã cán bộ không được trùng nhau trong tệp và không được trùng mã đã có trong hệ thống. Nhập Excel chỉ thêm người mới, không sửa người đã có.',
      'Một người không được xuất hiện hai lần (cùng họ tên và ngày sinh; hoặc cùng họ tên và đơn vị khi không có ngày sinh).',
      `Mã đơn vị: ${active.slice(0, 60).map((u) => `${u.code} = ${u.name}`).join('; ')}.`,
    ],
  });
}

export interface PersonListRow {
  code: string;
  fullName: string;
  gender: string;
  birthDate: string | null;
  staffCategory: string;
  unitName: string;
  position: string;
  isLeader: boolean;
  isDirectWorker: boolean;
  status: string;
  email: string | null;
  phone: string | null;
}

const label = <T extends string>(labels: Record<T, string>, code: string) => labels[code as T] ?? code;
const yes = (b: boolean) => (b ? 'Có' : 'Không');

/** The exported list of people, in the order given (the query sorts the Vietnamese way). */
export function writePeopleList(rows: readonly PersonListRow[]): Promise<Buffer> {
  return writeList<PersonListRow>({
    sheetName: 'Danh sách cán bộ',
    rows,
    columns: [
      { header: 'STT', width: 6, kind: 'number', value: (_r, i) => i + 1 },
      { header: 'Mã cán bộ', width: 12, value: (r) => r.code },
      { header: 'Họ và tên', width: 26, value: (r) => r.fullName },
      { header: 'Giới tính', width: 10, value: (r) => label<Gender>(GENDER_LABELS, r.gender) },
      { header: 'Ngày sinh', width: 12, kind: 'date', value: (r) => r.birthDate },
      { header: 'Loại cán bộ', width: 16, value: (r) => label<StaffCategory>(STAFF_CATEGORY_LABELS, r.staffCategory) },
      { header: 'Đơn vị', width: 36, value: (r) => r.unitName },
      { header: 'Chức vụ', width: 24, value: (r) => r.position },
      { header: 'Giữ chức vụ lãnh đạo', width: 14, value: (r) => yes(r.isLeader) },
      { header: 'Trực tiếp lao động, công tác', width: 16, value: (r) => yes(r.isDirectWorker) },
      { header: 'Trạng thái', width: 16, value: (r) => label<PersonStatus>(PERSON_STATUS_LABELS, r.status) },
      { header: 'Thư điện tử', width: 28, value: (r) => r.email },
      { header: 'Điện thoại', width: 14, value: (r) => r.phone },
    ],
  });
}
