/**
 * Rating cap check (Q-EVAL-1..3): per unit, the number rated HTXSNV may not exceed 20% of those
 * rated HTTNV or better (ND335 for công chức, ND233 Art. 12.6 for viên chức), 25% for viên chức
 * when the unit itself is rated HTXSNV. Legacy ND90/48 cap is applied as UNCONFIRMED.
 */
import { z } from 'zod';
import { citeWhereVi, RATING_LEVELS, RATING_REGIME_IDS, STAFF_CATEGORIES, type LegalBasis, type RatingRegimeId } from '../catalogue';
import { fmtPct } from './format';
import { BASES } from './legal-bases';
import { roundQuota } from './quota';
import { ratingRegimeFor } from './rating-regimes';
import { DEFAULT_SETTINGS, type AgencySettings } from './settings';

export const ExcellentShareUnitSchema = z.strictObject({
  unitId: z.string().min(1),
  name: z.string().optional(),
  /** Staff category of the group (one group with similar tasks per entry). */
  staffCategory: z.enum(STAFF_CATEGORIES),
  year: z.number().int(),
  regime: z.enum(RATING_REGIME_IDS).optional(),
  /** The unit's own rating (25% cap for viên chức when HTXSNV). */
  unitLevel: z.enum(RATING_LEVELS).optional(),
  ratings: z.array(z.strictObject({ personId: z.string(), level: z.enum(RATING_LEVELS) })),
});
export type ExcellentShareUnit = z.infer<typeof ExcellentShareUnitSchema>;

export interface ExcellentShareResult {
  unitId: string;
  year: number;
  regime: RatingRegimeId | null;
  excellent: number;
  /** Denominator: rated HTTNV or better (or HTTNV only, per setting eval.xsCapBase). */
  base: number;
  capPct: number | null;
  cap: number | null;
  ok: boolean;
  excess: number;
  outstandingUnit: boolean;
  detail: string;
  legalBasis: LegalBasis;
  citation: string;
  settings: string[];
}

/** The provision capping HTXSNV under a rating regime (the 20 % rule); the internal regime has none. */
export function excellentShareBasis(regime: Exclude<RatingRegimeId, 'INTERNAL'>) {
  return regime === 'ND233' ? BASES.xsCapNd233 : regime === 'ND335' ? BASES.xsCapNd335 : BASES.xsCapNd90;
}

/**
 * Which rating regime governs each staff category's ratings of `year`, and the provision of its cap:
 * the same table the verdicts use (ratingRegimeFor), so the cap report and the explanations agree.
 */
export function excellentShareRegimes(year: number, settings: AgencySettings = DEFAULT_SETTINGS) {
  return STAFF_CATEGORIES.map((staffCategory) => {
    const regime = ratingRegimeFor(staffCategory, year, settings);
    const basis = regime && regime !== 'INTERNAL' ? excellentShareBasis(regime) : null;
    // Where the provision is; its confidence travels apart (a screen shows it as a tag).
    return { staffCategory, regime, citation: basis ? citeWhereVi(basis.legalBasis) : null, confidence: basis?.legalBasis.confidence ?? null };
  });
}

export function checkExcellentShare(units: readonly ExcellentShareUnit[], settings: AgencySettings = DEFAULT_SETTINGS): ExcellentShareResult[] {
  return units.map((u) => {
    const regime = u.regime ?? ratingRegimeFor(u.staffCategory, u.year, settings);
    let excellent = 0;
    let good = 0;
    for (const r of u.ratings) {
      if (r.level === 'HTXSNV') excellent++;
      else if (r.level === 'HTTNV') good++;
    }
    const base = settings['eval.xsCapBase'] === 'GOOD_ONLY' ? good : good + excellent;
    const outstandingUnit = u.unitLevel === 'HTXSNV';
    const used = ['eval.xsCapPct', 'eval.xsCapBase', 'roundingMode'];
    if (regime === 'INTERNAL' || regime === null) {
      return {
        unitId: u.unitId, year: u.year, regime, excellent, base, capPct: null, cap: null, ok: true, excess: 0, outstandingUnit,
        detail: `Năm ${u.year}: đơn vị ${u.name ?? u.unitId} xếp loại theo quy chế nội bộ, không áp dụng tỷ lệ tối đa theo nghị định.`,
        legalBasis: BASES.xsCapNd233.legalBasis, citation: BASES.xsCapNd233.citation, settings: [],
      };
    }
    let capPct = settings['eval.xsCapPct'];
    let basis = excellentShareBasis(regime);
    if (outstandingUnit && regime === 'ND233') {
      capPct = settings['eval.xsCapPctOutstandingUnit'];
      used.push('eval.xsCapPctOutstandingUnit');
    } else if (outstandingUnit && regime === 'ND335' && settings['eval.xsCapPctOutstandingUnitCongChuc'] !== null) {
      capPct = settings['eval.xsCapPctOutstandingUnitCongChuc'];
      used.push('eval.xsCapPctOutstandingUnitCongChuc');
      basis = BASES.xsCapNd335;
    }
    const cap = roundQuota((base * capPct) / 100, settings.roundingMode);
    const ok = excellent <= cap;
    const baseText = settings['eval.xsCapBase'] === 'GOOD_ONLY' ? 'xếp loại Hoàn thành tốt nhiệm vụ' : 'xếp loại từ Hoàn thành tốt nhiệm vụ trở lên';
    return {
      unitId: u.unitId, year: u.year, regime, excellent, base, capPct, cap, ok, excess: Math.max(0, excellent - cap), outstandingUnit,
      detail: `Năm ${u.year}: đơn vị ${u.name ?? u.unitId} có ${excellent} người Hoàn thành xuất sắc nhiệm vụ trên ${base} người ${baseText}; tối đa ${fmtPct(capPct)} = ${cap} người${outstandingUnit && capPct !== settings['eval.xsCapPct'] ? ' (đơn vị được xếp loại Hoàn thành xuất sắc nhiệm vụ)' : ''}; ${ok ? 'trong giới hạn' : `vượt ${excellent - cap} người`}.`,
      legalBasis: basis.legalBasis, citation: basis.citation, settings: used,
    };
  });
}
