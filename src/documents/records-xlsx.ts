/**
 * Spreadsheets of the records that feed the eligibility engine: the import columns of each record
 * type (ratings of people, ratings of units, awards of past years, initiatives, disciplines), their
 * templates, and how a row names a person or a unit. Built on the shared XLSX toolkit (./xlsx).
 */
import {
  AWARD_LABELS,
  BASIS_TYPE_LABELS,
  CONFERRER_LABELS,
  DISCIPLINE_FORM_LABELS,
  INITIATIVE_SCOPE_LABELS,
  RATING_LEVEL_LABELS,
  type Conferrer,
} from '../domain/catalogue';
import { codeFromLabel } from '../domain/org/codes';
import type { RecordImportKind } from '../domain/records/codes';
import {
  date, enumLabel, fail, integer, isoToVietnameseDate, lookupKey, ok, text, writeTemplate, yesNo,
  type ColumnsSpec, type ParseOutcome, type RowIssue, type SheetSpec,
} from './xlsx';

export const MAX_RECORD_IMPORT_ROWS = 20000;

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export interface PersonRef {
  id: string;
  code: string;
  fullName: string;
  /** Current unit. */
  unitId: string;
  /** Every unit the person was ever assigned to. */
  unitIds: ReadonlySet<string>;
}

/** Finds a unit by code or name; dissolved units are found too (old records name them). */
export function unitIndex(units: readonly UnitRef[]) {
  const byCode = new Map(units.map((u) => [lookupKey(u.code), u]));
  const byName = new Map<string, UnitRef[]>();
  for (const u of units) byName.set(lookupKey(u.name), [...(byName.get(lookupKey(u.name)) ?? []), u]);
  return (typed: string): ParseOutcome<UnitRef> => {
    const key = lookupKey(typed);
    const coded = byCode.get(key);
    if (coded) return ok(coded);
    const named = byName.get(key) ?? [];
    if (named.length === 1) return ok(named[0]!);
    if (named.length > 1) return fail(`có ${named.length} đơn vị cùng tên "${typed}", hãy ghi mã đơn vị (${named.map((u) => u.code).join(', ')}).`);
    return fail(`không tìm thấy đơn vị "${typed}" (ghi đúng tên hoặc mã đơn vị như trong danh mục).`);
  };
}

export type PersonMatch = { ok: true; person: PersonRef } | { ok: false; key: 'code' | 'fullName'; message: string };

/**
 * Finds the person a row names: by "Mã cán bộ" (the name, when also given, must match), otherwise by
 * "Họ và tên", narrowed by the unit when several people share the name.
 */
export function personIndex(people: readonly PersonRef[]) {
  const byCode = new Map(people.map((p) => [lookupKey(p.code), p]));
  const byName = new Map<string, PersonRef[]>();
  for (const p of people) byName.set(lookupKey(p.fullName), [...(byName.get(lookupKey(p.fullName)) ?? []), p]);
  return (code: string | null, fullName: string | null, unit: UnitRef | null): PersonMatch => {
    if (code) {
      const p = byCode.get(lookupKey(code));
      if (!p) return { ok: false, key: 'code', message: `không tìm thấy cán bộ có mã "${code}".` };
      if (fullName && lookupKey(fullName) !== lookupKey(p.fullName)) {
        return { ok: false, key: 'fullName', message: `"${fullName}" không khớp với mã ${p.code} (${p.fullName}).` };
      }
      return { ok: true, person: p };
    }
    if (!fullName) return { ok: false, key: 'code', message: 'cần ghi mã cán bộ hoặc họ và tên.' };
    let named = byName.get(lookupKey(fullName)) ?? [];
    if (!named.length) return { ok: false, key: 'fullName', message: `không tìm thấy cán bộ "${fullName}".` };
    if (named.length > 1 && unit) named = named.filter((p) => p.unitIds.has(unit.id));
    if (named.length === 1) return { ok: true, person: named[0]! };
    return { ok: false, key: 'fullName', message: `có nhiều cán bộ tên "${fullName}"${unit ? ` từng công tác tại ${unit.name}` : ''}: hãy ghi mã cán bộ.` };
  };
}

/** Conferrer code from its label ("Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở") or the text as written. */
export function conferrerOf(typed: string): string {
  return codeFromLabel<Conferrer>(CONFERRER_LABELS, typed, lookupKey) ?? typed;
}

const personColumns = {
  code: { header: 'Mã cán bộ', aliases: ['Mã CB', 'Mã số cán bộ'], parser: text({ max: 30 }), example: 'CB00001', width: 12 },
  fullName: { header: 'Họ và tên', aliases: ['Họ tên'], parser: text({ max: 180 }), example: 'Nguyễn Văn An', width: 24 },
} satisfies ColumnsSpec;

const unitColumn = (help: string, required = false) => ({
  header: 'Đơn vị', aliases: ['Mã đơn vị', 'Phòng, đơn vị', 'Tập thể'], required,
  parser: text({ max: 200 }), help, example: 'Phòng Quản lý khoa học', width: 30,
});

const yearColumn = (currentYear: number) => ({
  header: 'Năm', aliases: ['Năm đánh giá', 'Năm xếp loại', 'Năm khen thưởng'], required: true,
  parser: integer({ min: 1990, max: currentYear }), example: String(currentYear - 1), width: 8,
});

const decisionNoColumn = { header: 'Số quyết định', aliases: ['Số QĐ', 'Số quyết định khen thưởng'], parser: text({ max: 60 }), example: '125/QĐ-SKHCN', width: 16 };

const personOrCode = (v: { code: string | null; fullName: string | null }): RowIssue<typeof personColumns>[] =>
  v.code || v.fullName ? [] : [{ key: 'code', message: 'cần ghi mã cán bộ hoặc họ và tên.' }];

/** Ratings of people: one row per person and year. */
export function ratingsImportSpec(ctx: { currentYear: number }) {
  const columns = {
    ...personColumns,
    unit: unitColumn('Đơn vị của cán bộ trong năm xếp loại (để trống: lấy theo quá trình công tác). Dùng cả để phân biệt người trùng tên'),
    year: yearColumn(ctx.currentYear),
    level: { header: 'Xếp loại', aliases: ['Mức xếp loại', 'Kết quả xếp loại', 'Xếp loại chất lượng'], required: true, parser: enumLabel(RATING_LEVEL_LABELS), example: RATING_LEVEL_LABELS.HTTNV, width: 30 },
    decisionNo: decisionNoColumn,
    decidedOn: { header: 'Ngày', aliases: ['Ngày quyết định', 'Ngày QĐ'], parser: date(), example: `20/12/${ctx.currentYear - 1}`, width: 13 },
    note: { header: 'Ghi chú', parser: text({ max: 1000 }), width: 24 },
  } satisfies ColumnsSpec;
  const validateRow: SheetSpec<typeof columns>['validateRow'] = (v) => personOrCode(v);
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS, validateRow } satisfies SheetSpec<typeof columns>;
}

/** Ratings of collectives: one row per unit and year. */
export function unitRatingsImportSpec(ctx: { currentYear: number }) {
  const columns = {
    unit: unitColumn('Tên hoặc mã đơn vị như trong danh mục', true),
    year: yearColumn(ctx.currentYear),
    level: { header: 'Xếp loại', aliases: ['Mức xếp loại', 'Kết quả xếp loại'], required: true, parser: enumLabel(RATING_LEVEL_LABELS), example: RATING_LEVEL_LABELS.HTXSNV, width: 30 },
    decisionNo: decisionNoColumn,
    decidedOn: { header: 'Ngày', aliases: ['Ngày quyết định', 'Ngày QĐ'], parser: date(), width: 13 },
    note: { header: 'Ghi chú', parser: text({ max: 1000 }), width: 24 },
  } satisfies ColumnsSpec;
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS } satisfies SheetSpec<typeof columns>;
}

/** Awards received in past years, by people (Mã cán bộ / Họ và tên) or collectives (Đơn vị only). */
export function awardsImportSpec(ctx: { currentYear: number }) {
  const columns = {
    ...personColumns,
    unit: unitColumn('Khen thưởng tập thể: chỉ ghi Đơn vị (để trống Mã cán bộ và Họ và tên). Khen thưởng cá nhân: đơn vị dùng để phân biệt người trùng tên'),
    awardCode: {
      header: 'Danh hiệu/Hình thức', aliases: ['Danh hiệu', 'Hình thức khen thưởng', 'Danh hiệu, hình thức khen thưởng', 'Hình thức'], required: true,
      parser: enumLabel(AWARD_LABELS), example: AWARD_LABELS.LDTT, width: 34,
    },
    year: yearColumn(ctx.currentYear),
    decisionNo: { ...decisionNoColumn, header: 'Số QĐ', aliases: ['Số quyết định'] },
    decidedOn: { header: 'Ngày QĐ', aliases: ['Ngày quyết định', 'Ngày'], parser: date(), example: `25/12/${ctx.currentYear - 1}`, width: 13 },
    conferredBy: { header: 'Cấp quyết định', aliases: ['Cấp khen', 'Người ký', 'Cơ quan quyết định'], parser: text({ max: 200 }), help: 'Để trống: theo danh mục (ví dụ Giám đốc Sở cho Lao động tiên tiến)', example: CONFERRER_LABELS.director, width: 28 },
    basisType: {
      header: 'Loại khen thưởng', aliases: ['Loại hình khen thưởng', 'Hình thức xét'], parser: enumLabel(BASIS_TYPE_LABELS), defaultValue: 'CONG_TRANG' as const,
      help: 'Để trống là khen thưởng theo công trạng và thành tích đạt được', example: BASIS_TYPE_LABELS.CONG_TRANG, width: 34,
    },
    note: { header: 'Ghi chú', parser: text({ max: 1000 }), width: 24 },
  } satisfies ColumnsSpec;
  const validateRow: SheetSpec<typeof columns>['validateRow'] = (v) =>
    v.code || v.fullName || v.unit ? [] : [{ key: 'code', message: 'cần ghi mã cán bộ, họ và tên (cá nhân) hoặc đơn vị (tập thể).' }];
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS, validateRow } satisfies SheetSpec<typeof columns>;
}

/** Initiatives: one row per author; rows with the same name, decision number and date are one initiative. */
export function initiativesImportSpec(ctx: { today: string }) {
  const columns = {
    title: { header: 'Tên sáng kiến', required: true, parser: text({ max: 500 }), example: 'Phần mềm quản lý hồ sơ đề tài', width: 36 },
    ...personColumns,
    unit: unitColumn('Đơn vị của tác giả, dùng để phân biệt người trùng tên'),
    sharePct: {
      header: 'Tỷ lệ đóng góp (%)', aliases: ['Tỷ lệ đóng góp', 'Tỷ lệ (%)'], parser: integer({ min: 1, max: 100 }),
      help: 'Để trống khi sáng kiến chỉ có một tác giả (100%). Tổng của các tác giả không quá 100', example: '60', width: 12,
    },
    recognizedBy: { header: 'Cấp công nhận', required: true, parser: enumLabel(INITIATIVE_SCOPE_LABELS), example: INITIATIVE_SCOPE_LABELS.CO_SO, width: 18 },
    decisionNo: decisionNoColumn,
    recognizedOn: {
      header: 'Ngày công nhận', aliases: ['Ngày quyết định'], required: true,
      parser: date({ check: (iso) => (iso > ctx.today ? `ngày ${isoToVietnameseDate(iso)} ở tương lai.` : null) }), example: '15/11/2024', width: 13,
    },
    impactScope: { header: 'Phạm vi ảnh hưởng', parser: enumLabel(INITIATIVE_SCOPE_LABELS), defaultValue: 'CO_SO' as const, example: INITIATIVE_SCOPE_LABELS.CO_SO, width: 18 },
    appliedEffectively: { header: 'Áp dụng hiệu quả', aliases: ['Đã áp dụng hiệu quả'], parser: yesNo(), defaultValue: true, help: 'Để trống là Có', example: 'Có', width: 12 },
    replicable: { header: 'Có khả năng nhân rộng', aliases: ['Nhân rộng'], parser: yesNo(), defaultValue: false, help: 'Để trống là Không', example: 'Không', width: 12 },
    effectEvidence: { header: 'Hiệu quả áp dụng', aliases: ['Hiệu quả'], parser: text({ max: 4000 }), width: 30 },
  } satisfies ColumnsSpec;
  const validateRow: SheetSpec<typeof columns>['validateRow'] = (v) => personOrCode(v);
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS, validateRow } satisfies SheetSpec<typeof columns>;
}

/** Disciplines: one row per decision. */
export function disciplinesImportSpec() {
  const columns = {
    ...personColumns,
    unit: unitColumn('Dùng để phân biệt người trùng tên'),
    form: { header: 'Hình thức kỷ luật', aliases: ['Hình thức'], required: true, parser: enumLabel(DISCIPLINE_FORM_LABELS), example: DISCIPLINE_FORM_LABELS.KHIEN_TRACH, width: 18 },
    decisionNo: decisionNoColumn,
    decidedOn: { header: 'Ngày quyết định', aliases: ['Ngày QĐ'], required: true, parser: date(), example: '10/03/2024', width: 13 },
    effectiveFrom: { header: 'Hiệu lực từ ngày', aliases: ['Từ ngày', 'Ngày có hiệu lực'], required: true, parser: date(), example: '10/03/2024', width: 13 },
    effectiveTo: { header: 'Hiệu lực đến ngày', aliases: ['Đến ngày', 'Ngày hết hiệu lực'], required: true, parser: date(), example: '09/03/2025', width: 13 },
    dutyRelated: { header: 'Liên quan thực thi nhiệm vụ', aliases: ['Liên quan đến thực thi nhiệm vụ'], parser: yesNo(), defaultValue: true, help: 'Để trống là Có', example: 'Có', width: 14 },
    reason: { header: 'Lý do', parser: text({ max: 1000 }), width: 30 },
  } satisfies ColumnsSpec;
  const validateRow: SheetSpec<typeof columns>['validateRow'] = (v, { failed }) => {
    const issues: RowIssue<typeof columns>[] = [...personOrCode(v)];
    if (v.effectiveFrom && v.effectiveTo && !failed('effectiveTo') && v.effectiveTo < v.effectiveFrom) {
      issues.push({ key: 'effectiveTo', message: `phải từ ngày có hiệu lực (${isoToVietnameseDate(v.effectiveFrom)}) trở đi.` });
    }
    return issues;
  };
  return { columns, maxRows: MAX_RECORD_IMPORT_ROWS, validateRow } satisfies SheetSpec<typeof columns>;
}

const COMMON_NOTES = [
  'Nhập mỗi bản ghi một dòng, bắt đầu từ dòng 2; không đổi tên các cột. Tiêu đề màu đỏ là cột bắt buộc.',
  'Hệ thống kiểm tra tất cả các dòng trước khi ghi: nếu có bất kỳ lỗi nào thì không ghi dòng nào và liệt kê từng lỗi theo dòng, cột.',
];

const GUIDES: Record<RecordImportKind, { sheet: string; title: string; notes: string[] }> = {
  ratings: {
    sheet: 'Xếp loại cán bộ',
    title: 'HƯỚNG DẪN NHẬP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ',
    notes: [
      'Xếp loại ghi đúng tên mức (ví dụ "Hoàn thành xuất sắc nhiệm vụ") hoặc mã (HTXSNV, HTTNV, HTNV, KHTNV).',
      'Mỗi cán bộ chỉ có một kết quả mỗi năm. Năm đã có kết quả trong hệ thống là lỗi, trừ khi chọn "ghi đè kết quả đã có".',
      'Cán bộ tìm theo Mã cán bộ; nếu để trống mã thì theo Họ và tên (kèm Đơn vị khi có người trùng tên).',
    ],
  },
  'unit-ratings': {
    sheet: 'Xếp loại tập thể',
    title: 'HƯỚNG DẪN NHẬP KẾT QUẢ XẾP LOẠI TẬP THỂ (PHÒNG, ĐƠN VỊ)',
    notes: ['Mỗi đơn vị chỉ có một kết quả mỗi năm.'],
  },
  awards: {
    sheet: 'Khen thưởng',
    title: 'HƯỚNG DẪN NHẬP DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐÃ NHẬN CÁC NĂM TRƯỚC',
    notes: [
      'Khen thưởng cá nhân: ghi Mã cán bộ (hoặc Họ và tên). Khen thưởng tập thể: chỉ ghi Đơn vị.',
      'Danh hiệu hằng năm (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến…) chỉ một lần mỗi năm cho mỗi cá nhân, tập thể.',
      'Khen thưởng đột xuất, theo chuyên đề không được dùng làm căn cứ đề nghị khen thưởng công trạng cao hơn: hãy ghi đúng Loại khen thưởng.',
    ],
  },
  initiatives: {
    sheet: 'Sáng kiến',
    title: 'HƯỚNG DẪN NHẬP SÁNG KIẾN ĐÃ ĐƯỢC CÔNG NHẬN',
    notes: [
      'Mỗi tác giả một dòng. Các dòng cùng Tên sáng kiến, Số quyết định và Ngày công nhận là cùng một sáng kiến (các cột về sáng kiến phải giống nhau).',
      'Tổng tỷ lệ đóng góp của các tác giả một sáng kiến không quá 100%.',
    ],
  },
  disciplines: {
    sheet: 'Kỷ luật',
    title: 'HƯỚNG DẪN NHẬP QUYẾT ĐỊNH KỶ LUẬT',
    notes: ['Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi.'],
  },
};

export function specOf(kind: RecordImportKind, ctx: { currentYear: number; today: string }) {
  switch (kind) {
    case 'ratings':
      return ratingsImportSpec(ctx);
    case 'unit-ratings':
      return unitRatingsImportSpec(ctx);
    case 'awards':
      return awardsImportSpec(ctx);
    case 'initiatives':
      return initiativesImportSpec(ctx);
    case 'disciplines':
      return disciplinesImportSpec();
  }
}

export function writeRecordsTemplate(kind: RecordImportKind, ctx: { currentYear: number; today: string; units: readonly UnitRef[] }): Promise<Buffer> {
  const guide = GUIDES[kind];
  const spec = specOf(kind, ctx) as SheetSpec<ColumnsSpec>;
  const active = ctx.units.filter((u) => u.active);
  return writeTemplate({
    spec: { columns: spec.columns },
    sheetName: guide.sheet,
    guideTitle: guide.title,
    guideIntro: COMMON_NOTES,
    guideNotes: [
      ...guide.notes,
      'Ngày nhập theo dạng dd/mm/yyyy (ví dụ 20/12/2024); ô kiểu ngày của Excel cũng được chấp nhận.',
      `Mã đơn vị: ${active.slice(0, 60).map((u) => `${u.code} = ${u.name}`).join('; ')}.`,
    ],
  });
}

/** "Nguyễn Văn An (CB00001)" for previews. */
export const personLabel = (p: { fullName: string; code: string }) => `${p.fullName} (${p.code})`;
