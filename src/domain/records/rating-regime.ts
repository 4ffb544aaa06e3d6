/**
 * The rating regime (chế độ đánh giá, xếp loại) a rating was made under, when the user does not say.
 * People: the engine's table (ratingRegimeFor, rules §9) on the category they held that year.
 * Collectives: ND90 up to 2025; from 2026 ND233 for public service units (đơn vị trực thuộc),
 * ND335 for the agency's own divisions.
 */
import type { RatingRegimeId, StaffCategory } from '../catalogue/codes';
import { ratingRegimeFor } from '../eligibility/regimes';
import type { AgencySettings } from '../eligibility/settings';

const PUBLIC_SERVICE_UNIT_KINDS = new Set(['affiliated']);

/** Staff categories of the people register (lower case, plus "hợp đồng") → the catalogue's categories. */
export function catalogueStaffCategory(category: string): StaffCategory {
  switch (category.toLowerCase()) {
    case 'cong_chuc':
      return 'CONG_CHUC';
    case 'vien_chuc':
      return 'VIEN_CHUC';
    default:
      return 'NGUOI_LAO_DONG';
  }
}

export function defaultPersonRatingRegime(staffCategory: string, year: number, settings: AgencySettings): RatingRegimeId {
  return ratingRegimeFor(catalogueStaffCategory(staffCategory), year, settings) ?? 'INTERNAL';
}

export function defaultUnitRatingRegime(unitKind: string, year: number): RatingRegimeId {
  if (year < 2026) return 'ND90';
  return PUBLIC_SERVICE_UNIT_KINDS.has(unitKind) ? 'ND233' : 'ND335';
}
