/**
 * The years an achievement report (báo cáo thành tích) covers for an award proposed for a year. Pure.
 *
 * Choice: the engine's own period first — the years its verdict relied on (`basisUsed.years`: the
 * CSTĐCS run for CSTĐ tỉnh, the HTXSNV / CSTĐCS run for Bằng khen tỉnh point d, the 5-year run for
 * Bằng khen Thủ tướng…), plus the year itself. When the engine relied on no period (a one-year title,
 * a verdict that failed before finding a run, or an award it does not judge), the length of the period
 * the standard looks at (tdkt-rules.md §3) ending in the year: 1 year for the yearly titles and
 * Giấy khen, 3 for CSTĐ cấp tỉnh (03 lần CSTĐCS liên tục), 6 for CSTĐ toàn quốc (02 lần CSTĐ tỉnh,
 * 3 years each), 2 for Bằng khen tỉnh, 5 for Bằng khen Thủ tướng and the orders.
 */
import type { AwardCode } from '../catalogue';

export const REPORT_PERIOD_YEARS: Record<AwardCode, number> = {
  LDTT: 1,
  CSTDCS: 1,
  CSTD_TINH: 3,
  CSTD_TQ: 6,
  TTLDTT: 1,
  TTLDXS: 1,
  CO_TD_TINH: 1,
  CO_TD_CP: 1,
  GK_SO: 1,
  BK_TINH: 2,
  BK_BO: 2,
  BK_TTG: 5,
  KNC: 1,
  HCLD_3: 5,
  HCLD_2: 5,
  HCLD_1: 5,
};

export interface ReportPeriod {
  /** Ascending. */
  years: number[];
  source: 'engine' | 'standard';
  /** One Vietnamese sentence for the report ("số liệu các năm 2023–2025 theo kết quả kiểm tra điều kiện."). */
  note: string;
}

export function reportPeriod(award: AwardCode, year: number, engineYears: readonly number[] | null): ReportPeriod {
  const fromEngine = (engineYears ?? []).filter((y) => y <= year);
  const span = (ys: number[]) => (ys.length === 1 ? `năm ${ys[0]}` : `các năm ${ys[0]}–${ys.at(-1)}`);
  if (fromEngine.length && fromEngine.some((y) => y !== year)) {
    const years = [...new Set([...fromEngine, year])].sort((a, b) => a - b);
    return { years, source: 'engine', note: `số liệu ${span(years)} theo kết quả kiểm tra điều kiện.` };
  }
  const n = REPORT_PERIOD_YEARS[award];
  const years = Array.from({ length: n }, (_, i) => year - n + 1 + i);
  return { years, source: 'standard', note: `số liệu ${span(years)} (thời gian tiêu chuẩn xét).` };
}
