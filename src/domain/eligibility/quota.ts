/**
 * Quotas ("không vượt quá x%"): the cap is pct% of a base count, rounded by the agency's rounding
 * mode (FLOOR by default: 20% of 7 = 1,4 → 1). Candidates are taken in the given ranked order.
 */
import type { RoundingMode } from './settings';
import { formatNumberVi } from '../text/numbers';
import { fmtPct } from './format';

const EPS = 1e-9;

/** Round a raw quota; a tiny epsilon absorbs floating-point noise (e.g. 0.15 × 10). */
export function roundQuota(raw: number, mode: RoundingMode): number {
  switch (mode) {
    case 'FLOOR':
      return Math.floor(raw + EPS);
    case 'CEIL':
      return Math.ceil(raw - EPS);
    case 'HALF_UP':
      return Math.floor(raw + 0.5 + EPS);
  }
}

export interface QuotaResult<T> {
  /** pct% × baseCount before rounding. */
  raw: number;
  /** Maximum number allowed after rounding. */
  cap: number;
  selected: T[];
  excluded: T[];
  detail: string;
}

/**
 * Keep the first `cap` candidates of a ranked list, cap = round(baseCount × pct / 100).
 * Example: applyQuota(ranked, 7, 20, 'FLOOR').cap === 1.
 */
export function applyQuota<T>(rankedCandidates: readonly T[], baseCount: number, pct: number, roundingMode: RoundingMode): QuotaResult<T> {
  if (!Number.isFinite(baseCount) || baseCount < 0) throw new RangeError('baseCount phải là số không âm');
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) throw new RangeError('pct phải trong khoảng 0–100');
  const raw = (baseCount * pct) / 100;
  const cap = roundQuota(raw, roundingMode);
  const selected = rankedCandidates.slice(0, cap);
  const excluded = rankedCandidates.slice(cap);
  const rawText = formatNumberVi(Math.round(raw * 100) / 100);
  const mode = roundingMode === 'FLOOR' ? 'làm tròn xuống' : roundingMode === 'CEIL' ? 'làm tròn lên' : 'làm tròn';
  return {
    raw,
    cap,
    selected,
    excluded,
    detail: `Hạn mức ${fmtPct(pct)} của ${formatNumberVi(baseCount)} = ${rawText}, ${mode} còn ${formatNumberVi(cap)}; chọn ${selected.length}/${rankedCandidates.length} người theo thứ tự xếp hạng.`,
  };
}
