/** Checks every verdict of a subject kind runs, and small helpers shared by the award families. */
import { RATING_LEVEL_LABELS, RATING_RANK, type AwardCode, type CitedBasis, type RatingLevel } from '../catalogue';
import type { CollectiveIndex, LevelInfo, PersonIndex } from './case-index';
import { deferralLine } from './deferral';
import { forcedRatingLine, penaltyServedLine } from './discipline';
import { yearOf } from './format';
import { leaderRatingWarning, minWorkMonthsWarning } from './leadership';
import { push } from './lines';
import type { EvalContext } from './types';
import type { LineResult } from './verdict-schema';
import type { AwardRecord } from './case-schema';
import { BASIS_TYPES_NOT_PREREQUISITE } from '../catalogue';

export function commonIndividual(ctx: EvalContext, p: PersonIndex): void {
  deferralLine(ctx, p.pendingChecks);
  penaltyServedLine(ctx, p);
  forcedRatingLine(ctx, p);
  leaderRatingWarning(ctx, p);
  minWorkMonthsWarning(ctx, p);
}

export function commonCollective(ctx: EvalContext, c: CollectiveIndex): void {
  deferralLine(ctx, c.pendingChecks);
  for (const check of ctx.regime.collectiveChecks) check(ctx, c);
}

function minText(min: RatingLevel): string {
  return min === 'HTXSNV' ? RATING_LEVEL_LABELS[min] : `${RATING_LEVEL_LABELS[min]} trở lên`;
}

/** Rating of an individual's year against a minimum level; 'missing' when no rating is recorded. */
export function personRatingLine(ctx: EvalContext, id: string, label: string, info: LevelInfo | undefined, min: RatingLevel, basis: CitedBasis, kind: 'criterion' | 'alternative' = 'criterion'): LineResult {
  const y = ctx.year;
  if (!info) {
    push(ctx, id, kind, label, 'missing', () => `Năm ${y} chưa có kết quả đánh giá, xếp loại chất lượng.`, () => ({ year: y, required: min }), basis);
    return 'missing';
  }
  const ok = RATING_RANK[info.level] >= RATING_RANK[min];
  // Details are built by inline functions (skipped in lean mode); see lines.ts push.
  push(ctx, id, kind, label, ok ? 'pass' : 'fail',
    () => {
      const forced = info.forcedBy ? ` (ghi nhận ${RATING_LEVEL_LABELS[info.recorded]}, phải xếp loại Không hoàn thành nhiệm vụ)` : '';
      return ok
        ? `Năm ${y} xếp loại ${RATING_LEVEL_LABELS[info.level]}.`
        : `Năm ${y} xếp loại ${RATING_LEVEL_LABELS[info.level]}${forced}, chưa đạt mức ${minText(min)}.`;
    },
    () => {
      const d: Record<string, unknown> = { year: y, level: info.level, required: min, ratingRegime: info.regime };
      if (info.forcedBy) d.recorded = info.recorded;
      return d;
    },
    basis);
  return ok ? 'pass' : 'fail';
}

/** Rating of a collective's year against a minimum level. */
export function collectiveRatingLine(ctx: EvalContext, id: string, label: string, level: RatingLevel | undefined, min: RatingLevel, basis: CitedBasis): LineResult {
  const y = ctx.year;
  if (!level) {
    push(ctx, id, 'criterion', label, 'missing', () => `Năm ${y} tập thể chưa có kết quả đánh giá, xếp loại chất lượng.`, () => ({ year: y, required: min }), basis);
    return 'missing';
  }
  const ok = RATING_RANK[level] >= RATING_RANK[min];
  push(ctx, id, 'criterion', label, ok ? 'pass' : 'fail',
    () => (ok ? `Năm ${y} tập thể xếp loại ${RATING_LEVEL_LABELS[level]}.` : `Năm ${y} tập thể xếp loại ${RATING_LEVEL_LABELS[level]}, chưa đạt mức ${minText(min)}.`),
    () => ({ year: y, level, required: min }), basis);
  return ok ? 'pass' : 'fail';
}

/** Decision year of an award: year of the decision date, else the achievement year. */
export function decisionYear(a: AwardRecord): number {
  return a.decidedOn ? yearOf(a.decidedOn) : a.year;
}

/** Latest merit-basis (not đột xuất/chuyên đề) record of `codes` for a year before `beforeYear`. */
export function latestPrior(p: PersonIndex, codes: readonly AwardCode[], beforeYear: number): AwardRecord | null {
  let best: AwardRecord | null = null;
  for (const code of codes) {
    for (const a of p.awardsOf(code)) {
      if (a.year >= beforeYear || BASIS_TYPES_NOT_PREREQUISITE.has(a.basisType)) continue;
      if (!best || decisionYear(a) > decisionYear(best)) best = a;
    }
  }
  return best;
}

/** Test for a run of years holding a title; a year marked excused is neutral when allowed. */
export function titleYearTest(p: PersonIndex, code: AwardCode) {
  return (yy: number): 'yes' | 'no' | 'skip' => (p.hasCountable(code, yy) ? 'yes' : p.ratings.get(yy)?.excused ? 'skip' : 'no');
}

/** Test for a run of years rated at least `min` (effective rating). */
export function ratingYearTest(p: PersonIndex, min: RatingLevel) {
  const need = RATING_RANK[min];
  return (yy: number): 'yes' | 'no' | 'skip' => {
    const info = p.levelOf(yy);
    if (info && RATING_RANK[info.level] >= need) return 'yes';
    return info?.record.excused ? 'skip' : 'no';
  };
}

/** Vietnamese explanation of the window floor of a run. */
export function floorReason(floor: number, prior: AwardRecord | null, p: PersonIndex): string {
  if (!Number.isFinite(floor)) return '';
  const parts: string[] = [];
  if (prior && decisionYear(prior) + 1 === floor) parts.push(`sau năm quyết định khen lần trước (${decisionYear(prior)})`);
  if (p.firstCountableYear === floor) parts.push('sau khi chấp hành xong kỷ luật');
  return parts.length > 0 ? `chỉ tính từ năm ${floor} (${parts.join(', ')})` : `chỉ tính từ năm ${floor}`;
}

export function isAllowedSkip(ctx: EvalContext): boolean {
  return ctx.settings.consecutiveWindowMode === 'EXCUSED_YEARS_NEUTRAL';
}
