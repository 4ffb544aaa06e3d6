import { AWARD_LABELS, type EvaluableAward } from '../domain/catalogue';
import { VERDICT_STATUS_LABELS } from '../domain/eligibility';
import type { ScreeningIssue } from '../domain/eligibility/evaluate';
import type { VerdictStatus } from '../domain/eligibility/verdict-schema';
import { STAFF_CATEGORY_LABELS, type StaffCategory } from '../domain/org/codes';
import { writeList, type ListColumn } from './xlsx';

/*
 * What the workbook needs, declared here (documents depend on the domain only). The screening
 * service's result (ScreeningResult in src/shared/schemas/eligibility.ts) fits these shapes.
 */

/** One cell: the verdict and the lines that stand in the way. */
export interface ScreeningCellInput {
  status: VerdictStatus;
  issues: readonly Pick<ScreeningIssue, 'label' | 'result'>[];
}
type Results = Partial<Record<EvaluableAward, ScreeningCellInput>>;

export interface ScreeningWorkbookInput {
  year: number;
  awards: { individual: readonly EvaluableAward[]; collective: readonly EvaluableAward[] };
  people: readonly { code: string; fullName: string; unitName: string; position: string; staffCategory: string; results: Results }[];
  units: readonly { code: string; name: string; memberCount: number; results: Results }[];
}

interface Row {
  subject: string;
  code: string;
  name: string;
  unit: string;
  position: string;
  category: string;
  results: Results;
}

const ISSUE_SUFFIX: Record<ScreeningIssue['result'], string> = { fail: '', missing: ' (thiếu thông tin)', council: ' (chờ Hội đồng xét)' };

/**
 * "Không đủ điều kiện — Xếp loại chất lượng; Tỷ lệ LĐTT";
 * "Đủ điều kiện, chờ Hội đồng xét — Thành tích xuất sắc tiêu biểu… (chờ Hội đồng xét)".
 */
export function describeCell(cell: ScreeningCellInput | undefined): string {
  if (!cell) return '';
  const label = VERDICT_STATUS_LABELS[cell.status];
  if (!cell.issues.length) return label;
  return `${label} — ${cell.issues.map((i) => `${i.label}${ISSUE_SUFFIX[i.result]}`).join('; ')}`;
}

/** The office's year-end screening as a spreadsheet: one row per person, then one per collective. */
export async function screeningWorkbook(result: ScreeningWorkbookInput): Promise<Buffer> {
  const awards = [...result.awards.individual, ...result.awards.collective];
  const rows: Row[] = [
    ...result.people.map((p) => ({
      subject: 'Cá nhân', code: p.code, name: p.fullName, unit: p.unitName, position: p.position,
      category: STAFF_CATEGORY_LABELS[p.staffCategory as StaffCategory] ?? p.staffCategory, results: p.results,
    })),
    ...result.units.map((u) => ({ subject: 'Tập thể', code: u.code, name: u.name, unit: u.name, position: '', category: `${u.memberCount} người`, results: u.results })),
  ];
  const columns: ListColumn<Row>[] = [
    { header: 'STT', width: 6, kind: 'number', value: (_r, i) => i + 1 },
    { header: 'Đối tượng', width: 10, value: (r) => r.subject },
    { header: 'Mã', width: 10, value: (r) => r.code },
    { header: 'Họ và tên / Tên tập thể', width: 30, value: (r) => r.name },
    { header: 'Đơn vị', width: 30, value: (r) => r.unit },
    { header: 'Chức vụ', width: 20, value: (r) => r.position },
    { header: 'Loại cán bộ / Số người', width: 14, value: (r) => r.category },
    ...awards.map((a) => ({ header: AWARD_LABELS[a], width: 40, value: (r: Row) => describeCell(r.results[a]) })),
  ];
  return writeList({ sheetName: `Rà soát năm ${result.year}`, columns, rows });
}
