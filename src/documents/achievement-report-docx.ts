/**
 * Báo cáo thành tích (achievement report) drafted from the record, as a Word file the unit completes,
 * signs and uploads back with the proposal. Pure: data in, Buffer out (no database, no clock).
 *
 * Layout: ND 30/2020 Phụ lục I as summarised in shared/legal/tdkt-rules.md §11 — A4 portrait, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; Quốc hiệu 13 bold upper, Tiêu ngữ 14
 * bold with a rule below, body 14, tables 13; page numbers centred in the top margin from page 2.
 *
 * Structure: the sample "báo cáo thành tích" forms of the appendix of the detailing decree (mẫu cho cá
 * nhân / cho tập thể: I. sơ lược lý lịch / đặc điểm tình hình, II. thành tích đạt được, III. các
 * hình thức đã được khen thưởng, then the certifying signatures). UNCERTAIN: this follows the layout
 * of the ND 91/2017 and ND 98/2023 appendix forms, which the current ND 152/2025 / TT 15/2025 forms
 * are reported to keep; their form numbers and exact wording were not read from the official text
 * (tdkt-rules.md §6: "Form numbers … UNCONFIRMED"). The file therefore names no "Mẫu số", and every
 * part the record cannot fill is a visible blank ("… đơn vị bổ sung …") for the unit.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  ACCEPTANCE_RESULT_LABELS,
  AWARD_LABELS,
  CONFERRER_LABELS,
  INITIATIVE_SCOPE_LABELS,
  RATING_LEVEL_LABELS,
  findAward,
  type AcceptanceResult,
  type AwardCode,
  type InitiativeScope,
  type RatingLevel,
} from '../domain/catalogue';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS, type Gender, type StaffCategory } from '../domain/org/codes';
import { SCIENCE_TASK_LEVEL_LABELS, SCIENCE_TASK_ROLE_LABELS, type ScienceTaskLevel, type ScienceTaskRole } from '../domain/records/codes';

// ---- Layout constants (exported for the tests) -------------------------------------------------

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);

export const REPORT_LAYOUT = {
  font: 'Times New Roman',
  /** Sizes in points. */
  size: { nationalTitle: 13, motto: 14, body: 14, table: 13, title: 14, agency: 13 },
  /** A4 in twips. */
  page: { width: 11906, height: 16838 },
  /** Margins in twips: top/bottom 20 mm, left 30 mm, right 15 mm (ND 30/2020 Phụ lục I, lowest values). */
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;

/** What a blank the unit fills in says (the tests and the web page name it). */
export const BLANK_MARK = '… đơn vị bổ sung …';

// ---- Input -------------------------------------------------------------------------------------

export interface ReportRating {
  year: number;
  /** Null: no rating in the record for that year. */
  level: string | null;
  decisionNo: string;
  decidedOn: string | null;
}

export interface ReportAward {
  year: number;
  awardCode: string;
  decisionNo: string;
  decidedOn: string | null;
  /** Cấp quyết định as recorded (free text); empty: the catalogue's conferrer. */
  conferredBy: string;
}

export interface ReportInitiative {
  title: string;
  decisionNo: string;
  recognizedOn: string;
  /** Cơ quan / hội đồng công nhận (free text, may be empty). */
  recognizingBody: string;
  /** Cấp công nhận (CO_SO / TINH / TOAN_QUOC). */
  recognizedBy: string;
  impactScope: string;
  ownSharePct: number;
  /** The engine relies on it for this award. */
  basisOfThisProposal: boolean;
}

export interface ReportScienceTask {
  code: string;
  title: string;
  taskLevel: string;
  acceptedOn: string | null;
  acceptanceResult: string | null;
  impactScope: string;
  role: string;
  basisOfThisProposal: boolean;
}

export interface ReportUnitYear {
  year: number;
  rating: ReportRating | null;
  memberCount: number;
  membersWithLdtt: number;
  ldttShare: number | null;
}

interface CommonInput {
  award: { code: AwardCode; year: number };
  /** Years the report covers, any order (the document sorts them). */
  years: readonly number[];
  /** Why these years, one sentence (shown under the title). */
  yearsNote: string;
  agency: { name: string; superiorBody: string | null; placeName: string | null };
  /** The day the draft was made (yyyy-mm-dd). */
  preparedOn: string;
  /** Titles and forms already received (all years up to the award's year). */
  awards: readonly ReportAward[];
}

export interface IndividualReportInput extends CommonInput {
  kind: 'individual';
  person: {
    fullName: string;
    gender: string;
    birthDate: string | null;
    position: string;
    unitName: string;
    staffCategory: string;
  };
  ratings: readonly ReportRating[];
  initiatives: readonly ReportInitiative[];
  scienceTasks: readonly ReportScienceTask[];
}

export interface CollectiveReportInput extends CommonInput {
  kind: 'collective';
  unit: { name: string; parentName: string | null; leaders: readonly { fullName: string; position: string }[] };
  unitYears: readonly ReportUnitYear[];
}

export type AchievementReportInput = IndividualReportInput | CollectiveReportInput;

// ---- Text helpers ------------------------------------------------------------------------------

const label = <K extends string>(labels: Record<K, string>, code: string | null | undefined): string => (code ? (labels[code as K] ?? code) : '');

/** dd/mm/yyyy from yyyy-mm-dd ('' for null). */
export const viDate = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** "Số 12/QĐ-SKHCN ngày 05/12/2024" — as the reports cite decisions; blank when the record has none. */
export const decisionText = (decisionNo: string, decidedOn: string | null) =>
  [decisionNo ? `Số ${decisionNo}` : '', decidedOn ? `ngày ${viDate(decidedOn)}` : ''].filter(Boolean).join(' ');

export const awardKindOf = (code: string, year: number) =>
  (AWARD_LABELS as Record<string, string>)[code] ? findAward(code as AwardCode, `${year}-12-31`).kind : 'form';

/** Cấp quyết định: as recorded, else the catalogue's conferrer. */
export const conferrerText = (a: ReportAward) => {
  if (a.conferredBy) return a.conferredBy;
  if (!(AWARD_LABELS as Record<string, string>)[a.awardCode]) return '';
  return CONFERRER_LABELS[findAward(a.awardCode as AwardCode, `${a.year}-12-31`).conferrer];
};

/** The title line: ĐỀ NGHỊ TẶNG DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ" NĂM 2025 / ĐỀ NGHỊ TẶNG BẰNG KHEN … */
export function proposalTitle(code: AwardCode, year: number): string {
  const name = AWARD_LABELS[code];
  return findAward(code, `${year}-12-31`).kind === 'title'
    ? `ĐỀ NGHỊ TẶNG DANH HIỆU "${name.toLocaleUpperCase('vi')}" NĂM ${year}`
    : `ĐỀ NGHỊ TẶNG ${name.toLocaleUpperCase('vi')}`;
}

// ---- docx building blocks ----------------------------------------------------------------------

const pt = (n: number) => n * 2;
const run = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: REPORT_LAYOUT.font, size: pt(REPORT_LAYOUT.size.body), ...o });
const blankRun = (what?: string) =>
  run(what ? `[${BLANK_MARK.slice(0, -2)}: ${what} …]` : `[${BLANK_MARK}]`, { italics: true, highlight: HighlightColor.YELLOW });

type Part = string | TextRun;
const para = (parts: Part | Part[], o: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; before?: number; after?: number; indent?: boolean; keepNext?: boolean } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 60, line: 300 },
    indent: o.indent ? { firstLine: mm(10) } : undefined,
    keepNext: o.keepNext,
    children: (Array.isArray(parts) ? parts : [parts]).map((p) =>
      typeof p === 'string' ? run(p, { bold: o.bold, italics: o.italics, size: pt(o.size ?? REPORT_LAYOUT.size.body) }) : p),
  });
const heading = (text: string) => para(text, { bold: true, before: 120, keepNext: true });
const subheading = (text: string) => para(text, { bold: true, before: 60, keepNext: true });
/** "- Label: value" with the value or a blank. */
const field = (labelText: string, value: string | null | undefined, blankWhat?: string) =>
  para([run(`- ${labelText}: `), value ? run(value) : blankRun(blankWhat)], { indent: true });
/** A narrative part the unit writes: a highlighted blank line under its heading. */
const narrative = (what: string) => para([blankRun(what)], { indent: true });

const CONTENT_WIDTH = REPORT_LAYOUT.page.width - REPORT_LAYOUT.margin.left - REPORT_LAYOUT.margin.right;

const cellPara = (text: string, o: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; italics?: boolean; size?: number } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { before: 20, after: 20 },
    children: [run(text, { bold: o.bold, italics: o.italics, size: pt(o.size ?? REPORT_LAYOUT.size.table) })],
  });

/** A bordered table with a repeated header row; widths are fractions of the text width. */
function dataTable(headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[]): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  const columnWidths = widths.map((w) => Math.floor((CONTENT_WIDTH * w) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: columnWidths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80 },
      children: [cellPara(text, { bold: header, align: header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

/** A table, or one italic line saying the record has nothing (with a blank for the unit). */
const tableOrNone = (headers: readonly string[], widths: readonly number[], rows: readonly (readonly string[])[], none: string) =>
  rows.length ? [dataTable(headers, widths, rows)] : [para([run(`${none} `, { italics: true }), blankRun()], { indent: true })];

const noBorderCell = (children: Paragraph[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

const centred = (text: string, o: { bold?: boolean; italics?: boolean; size: number; underline?: boolean }) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [run(text, { bold: o.bold, italics: o.italics, size: pt(o.size), underline: o.underline ? {} : undefined })],
  });
/** A short centred rule under a header line (ND 30: a line under the issuer name and the motto). */
const rule = (widthPct: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 120 },
    indent: { left: Math.round(((100 - widthPct) / 200) * 100) * 40, right: Math.round(((100 - widthPct) / 200) * 100) * 40 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });

/** Cơ quan (left) and Quốc hiệu – Tiêu ngữ (right), then place and date. */
function documentHeader(input: AchievementReportInput): (Paragraph | Table)[] {
  const S = REPORT_LAYOUT.size;
  const left = Math.round(CONTENT_WIDTH * 0.4);
  const right = CONTENT_WIDTH - left;
  const issuer = input.kind === 'individual' ? input.person.unitName : input.unit.name;
  const leftLines = [
    centred((input.agency.superiorBody ?? '').toLocaleUpperCase('vi') || (input.agency.name.toLocaleUpperCase('vi')), { size: S.agency }),
    centred((input.agency.superiorBody ? input.agency.name : issuer).toLocaleUpperCase('vi'), { size: S.agency, bold: true }),
    rule(40),
  ];
  const rightLines = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: S.nationalTitle, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: S.motto, bold: true }),
    rule(60),
  ];
  const place = input.agency.placeName ?? '';
  return [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [new TableRow({ children: [noBorderCell(leftLines, left), noBorderCell(rightLines, right)] })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 60, after: 240 },
      children: [run(`${place || '……'}, ngày …… tháng …… năm ${input.preparedOn.slice(0, 4)}`, { italics: true })],
    }),
  ];
}

function titleBlock(input: AchievementReportInput): Paragraph[] {
  const S = REPORT_LAYOUT.size;
  const subject = input.kind === 'individual' ? `${input.person.fullName}${input.person.position ? `, ${input.person.position}` : ''}, ${input.person.unitName}` : input.unit.name;
  return [
    centred('BÁO CÁO THÀNH TÍCH', { size: S.title, bold: true }),
    centred(proposalTitle(input.award.code, input.award.year), { size: S.title, bold: true }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 60, after: 60 }, children: [run(subject, { bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [
        run(`(Dự thảo lập từ hồ sơ thi đua, khen thưởng ngày ${viDate(input.preparedOn)}; ${input.yearsNote} `, { italics: true, size: pt(S.table) }),
        run('Đơn vị kiểm tra số liệu, bổ sung các phần được đánh dấu trước khi ký.)', { italics: true, size: pt(S.table) }),
      ],
    }),
  ];
}

const sortedYears = (years: readonly number[]) => [...new Set(years)].sort((a, b) => a - b);
const periodText = (years: readonly number[]) => {
  const ys = sortedYears(years);
  return ys.length === 1 ? `năm ${ys[0]}` : `giai đoạn ${ys[0]}–${ys.at(-1)}`;
};

const ratingRow = (r: ReportRating) => [
  String(r.year),
  r.level ? label<RatingLevel>(RATING_LEVEL_LABELS, r.level) : 'Chưa có trong hồ sơ',
  decisionText(r.decisionNo, r.decidedOn),
];

/** III. Titles and forms already received, in two tables as the sample forms have them. */
function awardsSection(input: AchievementReportInput): (Paragraph | Table)[] {
  const byYear = [...input.awards].sort((a, b) => a.year - b.year || a.awardCode.localeCompare(b.awardCode));
  const rowOf = (a: ReportAward) => [String(a.year), label<AwardCode>(AWARD_LABELS, a.awardCode), [decisionText(a.decisionNo, a.decidedOn), conferrerText(a)].filter(Boolean).join('; ')];
  const titles = byYear.filter((a) => awardKindOf(a.awardCode, a.year) === 'title').map(rowOf);
  const forms = byYear.filter((a) => awardKindOf(a.awardCode, a.year) === 'form').map(rowOf);
  const widths = [12, 38, 50];
  return [
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    subheading('1. Danh hiệu thi đua'),
    ...tableOrNone(['Năm', 'Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận; cơ quan ban hành quyết định'], widths, titles, 'Hồ sơ chưa ghi nhận danh hiệu thi đua nào.'),
    subheading('2. Hình thức khen thưởng'),
    ...tableOrNone(['Năm', 'Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định'], widths, forms, 'Hồ sơ chưa ghi nhận hình thức khen thưởng nào.'),
  ];
}

function signatures(leftTitle: string, leftNote: string, rightTitle: string, rightNote: string, rightName: string): Table {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const block = (title: string, note: string, name: string) => [
    centred(title, { bold: true, size: REPORT_LAYOUT.size.body }),
    centred(note, { italics: true, size: REPORT_LAYOUT.size.table }),
    new Paragraph({ spacing: { before: 1200, after: 0 }, children: [] }),
    centred(name, { bold: true, size: REPORT_LAYOUT.size.body }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, CONTENT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [noBorderCell(block(leftTitle, leftNote, ''), half), noBorderCell(block(rightTitle, rightNote, rightName), CONTENT_WIDTH - half)] })],
  });
}

function individualBody(input: IndividualReportInput): (Paragraph | Table)[] {
  const p = input.person;
  const years = sortedYears(input.years);
  const ratingsByYear = new Map(input.ratings.map((r) => [r.year, r]));
  const ratingRows = years.map((y) => ratingRow(ratingsByYear.get(y) ?? { year: y, level: null, decisionNo: '', decidedOn: null }));
  const initiativeRows = input.initiatives.map((i, n) => [
    String(n + 1),
    i.title,
    [decisionText(i.decisionNo, i.recognizedOn) || viDate(i.recognizedOn), i.recognizingBody, label<InitiativeScope>(INITIATIVE_SCOPE_LABELS, i.recognizedBy)].filter(Boolean).join('; '),
    label<InitiativeScope>(INITIATIVE_SCOPE_LABELS, i.impactScope),
    `${i.ownSharePct}%${i.basisOfThisProposal ? '; căn cứ đề nghị lần này' : ''}`,
  ]);
  const taskRows = input.scienceTasks.map((t, n) => [
    String(n + 1),
    [t.code, t.title].filter(Boolean).join(' – '),
    label<ScienceTaskLevel>(SCIENCE_TASK_LEVEL_LABELS, t.taskLevel),
    [t.acceptedOn ? `Nghiệm thu ngày ${viDate(t.acceptedOn)}` : 'Chưa nghiệm thu', label<AcceptanceResult>(ACCEPTANCE_RESULT_LABELS, t.acceptanceResult)].filter(Boolean).join('; '),
    label<InitiativeScope>(INITIATIVE_SCOPE_LABELS, t.impactScope),
    `${label<ScienceTaskRole>(SCIENCE_TASK_ROLE_LABELS, t.role)}${t.basisOfThisProposal ? '; căn cứ đề nghị lần này' : ''}`,
  ]);
  return [
    heading('I. SƠ LƯỢC LÝ LỊCH'),
    field('Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt)', p.fullName),
    field('Sinh ngày, tháng, năm', viDate(p.birthDate), 'ngày sinh'),
    field('Giới tính', label<Gender>(GENDER_LABELS, p.gender)),
    field('Quê quán', null, 'quê quán'),
    field('Trú quán', null, 'nơi ở hiện nay'),
    field('Đơn vị công tác', p.unitName),
    field('Chức vụ (Đảng, chính quyền, đoàn thể)', p.position, 'chức vụ'),
    field('Đối tượng', label<StaffCategory>(STAFF_CATEGORY_LABELS, p.staffCategory)),
    field('Trình độ chuyên môn, nghiệp vụ', null, 'trình độ chuyên môn'),
    field('Học hàm, học vị, danh hiệu, giải thưởng', null, 'học hàm, học vị (nếu có)'),

    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    subheading('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận'),
    narrative('chức trách, nhiệm vụ được giao'),
    subheading('2. Thành tích đạt được của cá nhân'),
    narrative(`kết quả thực hiện nhiệm vụ ${periodText(years)}, giải pháp công tác, đổi mới sáng tạo`),
    subheading(`a) Kết quả đánh giá, xếp loại ${periodText(years)}`),
    dataTable(['Năm', 'Mức đánh giá, xếp loại chất lượng', 'Quyết định, văn bản đánh giá'], [12, 48, 40], ratingRows),
    subheading('b) Sáng kiến được công nhận'),
    ...tableOrNone(
      ['STT', 'Tên sáng kiến', 'Quyết định công nhận (số, ngày; cơ quan; cấp)', 'Phạm vi ảnh hưởng', 'Tỷ lệ đóng góp'],
      [7, 33, 30, 15, 15], initiativeRows, `Hồ sơ chưa ghi nhận sáng kiến nào trong ${periodText(years)}.`,
    ),
    subheading('c) Đề tài, nhiệm vụ khoa học và công nghệ'),
    ...tableOrNone(
      ['STT', 'Mã, tên nhiệm vụ', 'Cấp quản lý', 'Nghiệm thu', 'Phạm vi ảnh hưởng', 'Vai trò'],
      [7, 33, 14, 20, 13, 13], taskRows, `Hồ sơ chưa ghi nhận nhiệm vụ khoa học và công nghệ nào trong ${periodText(years)}.`,
    ),
    para([run('Hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến, đề tài: '), blankRun('hiệu quả, phạm vi ảnh hưởng và văn bản xác nhận')], { indent: true }),
    para([run('Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; các phong trào thi đua: '), blankRun()], { indent: true }),
    ...awardsSection(input),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    signatures('THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', '(Ký, đóng dấu)', 'NGƯỜI BÁO CÁO THÀNH TÍCH', '(Ký, ghi rõ họ và tên)', p.fullName),
    new Paragraph({ spacing: { before: 360, after: 0 }, children: [] }),
    centred('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', { bold: true, size: REPORT_LAYOUT.size.body }),
    centred('(Ký, đóng dấu)', { italics: true, size: REPORT_LAYOUT.size.table }),
  ];
}

function collectiveBody(input: CollectiveReportInput): (Paragraph | Table)[] {
  const u = input.unit;
  const years = sortedYears(input.years);
  const byYear = new Map(input.unitYears.map((y) => [y.year, y]));
  const yearRows = years.map((y) => {
    const row = byYear.get(y);
    const r = row?.rating ?? null;
    return [
      String(y),
      r ? label<RatingLevel>(RATING_LEVEL_LABELS, r.level) : 'Chưa có trong hồ sơ',
      r ? decisionText(r.decisionNo, r.decidedOn) : '',
      String(row?.memberCount ?? 0),
      row && row.ldttShare !== null ? `${row.membersWithLdtt} (${(row.ldttShare * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%)` : '',
    ];
  });
  const lastYear = years.at(-1);
  return [
    heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    subheading('1. Đặc điểm, tình hình'),
    field('Tên tập thể', u.name),
    field('Trực thuộc', u.parentName ?? input.agency.name),
    field(`Số thành viên năm ${lastYear}`, String(byYear.get(lastYear ?? 0)?.memberCount ?? 0)),
    field('Trụ sở, điện thoại, thư điện tử', null, 'địa chỉ, điện thoại, thư điện tử'),
    field('Quá trình thành lập và phát triển, cơ cấu tổ chức', null, 'quá trình thành lập, cơ cấu tổ chức'),
    para(`Lãnh đạo đơn vị năm ${lastYear}:`, { indent: true }),
    ...tableOrNone(['STT', 'Họ và tên', 'Chức vụ'], [8, 46, 46], u.leaders.map((l, i) => [String(i + 1), l.fullName, l.position]), 'Hồ sơ chưa ghi nhận lãnh đạo đơn vị.'),
    subheading('2. Chức năng, nhiệm vụ được giao'),
    narrative('chức năng, nhiệm vụ'),

    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    subheading('1. Kết quả thực hiện nhiệm vụ được giao'),
    narrative(`kết quả thực hiện nhiệm vụ, chỉ tiêu ${periodText(years)}`),
    para(`Kết quả đánh giá, xếp loại và thi đua của tập thể ${periodText(years)}:`, { indent: true }),
    dataTable(['Năm', 'Xếp loại tập thể', 'Quyết định, văn bản đánh giá', 'Số thành viên', 'Đạt "Lao động tiên tiến" (tỷ lệ)'], [10, 30, 26, 14, 20], yearRows),
    subheading('2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng'),
    narrative('biện pháp, nguyên nhân, phong trào thi đua'),
    subheading('3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác xây dựng Đảng và đoàn thể'),
    narrative('việc thực hiện chủ trương, chính sách; xây dựng Đảng, đoàn thể; đoàn kết nội bộ'),
    ...awardsSection(input),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    signatures('THỦ TRƯỞNG CƠ QUAN CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN', '(Ký, đóng dấu)', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, đóng dấu)', ''),
  ];
}

/** The report as a .docx file. */
export async function writeAchievementReport(input: AchievementReportInput): Promise<Buffer> {
  const L = REPORT_LAYOUT;
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: L.font, size: pt(L.size.table) })] })],
  });
  const doc = new Document({
    creator: 'VinhDanh',
    title: `Báo cáo thành tích — ${input.kind === 'individual' ? input.person.fullName : input.unit.name}`,
    description: `Dự thảo báo cáo thành tích đề nghị ${AWARD_LABELS[input.award.code]} (${input.award.year})`,
    styles: { default: { document: { run: { font: L.font, size: pt(L.size.body) } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: L.page.width, height: L.page.height, orientation: PageOrientation.PORTRAIT },
          margin: { ...L.margin, header: mm(10), footer: mm(10) },
        },
      },
      headers: { default: pageNumber, first: new Header({ children: [] }) },
      children: [
        ...documentHeader(input),
        ...titleBlock(input),
        ...(input.kind === 'individual' ? individualBody(input) : collectiveBody(input)),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** "Báo cáo thành tích - Nguyễn Văn An - Chiến sĩ thi đua cơ sở 2025.docx" (diacritics kept; see contentDisposition). */
export function achievementReportFileName(subjectName: string, code: AwardCode, year: number): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return `Báo cáo thành tích - ${clean(subjectName)} - ${clean(AWARD_LABELS[code])} ${year}.docx`;
}
