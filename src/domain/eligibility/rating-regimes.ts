/**
 * Rating regimes (chế độ đánh giá, xếp loại chất lượng) by staff category and rating year:
 * ND90 (+48/2023) legacy; ND335 for công chức from the 2026 rating year; ND233 for viên chức
 * from 01/07/2026 (the 2026 rating year, or ND90 under the Art. 20.1 transition); internal rules
 * for người lao động unless the head applies ND233 (Art. 20.2). Data: tdkt-rules.md §9.
 */
import { RATING_REGIME_LABELS, type RatingRegimeId, type StaffCategory } from '../catalogue';
import type { AgencySettings } from './settings';

export interface RatingRegimeEntry {
  id: RatingRegimeId;
  staffCategory: StaffCategory;
  /** First and last rating years the regime applies to (inclusive; null = open). */
  fromYear: number | null;
  toYear: number | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** Data table; adding a regime = adding rows. Year 2026 for viên chức is settled by a setting. */
export const RATING_REGIMES: readonly RatingRegimeEntry[] = [
  { id: 'ND90', staffCategory: 'CONG_CHUC', fromYear: null, toYear: 2025, effectiveFrom: null, effectiveTo: '2025-12-31' },
  { id: 'ND335', staffCategory: 'CONG_CHUC', fromYear: 2026, toYear: null, effectiveFrom: '2026-01-01', effectiveTo: null },
  { id: 'ND90', staffCategory: 'VIEN_CHUC', fromYear: null, toYear: 2025, effectiveFrom: null, effectiveTo: '2026-06-30' },
  { id: 'ND233', staffCategory: 'VIEN_CHUC', fromYear: 2026, toYear: null, effectiveFrom: '2026-07-01', effectiveTo: null },
  { id: 'INTERNAL', staffCategory: 'NGUOI_LAO_DONG', fromYear: null, toYear: null, effectiveFrom: null, effectiveTo: null },
];

/** Regime a rating of `year` was made under, when the record does not say. Null when the category is unknown. */
export function ratingRegimeFor(category: StaffCategory | undefined, year: number, settings: AgencySettings): RatingRegimeId | null {
  if (!category) return null;
  if (category === 'VIEN_CHUC' && year === 2026 && settings['rating.vienChuc2026Regime'] === 'ND90') return 'ND90';
  if (category === 'NGUOI_LAO_DONG') return settings['rating.nguoiLaoDongRegime'] === 'ND233' && year >= 2026 ? 'ND233' : 'INTERNAL';
  for (const r of RATING_REGIMES) {
    if (r.staffCategory !== category) continue;
    if ((r.fromYear === null || year >= r.fromYear) && (r.toYear === null || year <= r.toYear)) return r.id;
  }
  return null;
}

/** Regimes under which a duty-related discipline ≥ khiển trách forces KHTNV (D-3) and D-4 applies. */
export const REGIMES_WITH_FORCED_KHTNV: ReadonlySet<RatingRegimeId> = new Set<RatingRegimeId>(['ND335', 'ND233']);

const SUMMARIES = new Map<RatingRegimeId, { id: RatingRegimeId; name: string }>();

export function ratingRegimeSummary(id: RatingRegimeId | null): { id: RatingRegimeId; name: string } | null {
  if (!id) return null;
  let s = SUMMARIES.get(id);
  if (!s) SUMMARIES.set(id, (s = { id, name: RATING_REGIME_LABELS[id] }));
  return s;
}
