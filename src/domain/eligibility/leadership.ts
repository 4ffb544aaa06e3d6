/**
 * Warnings about the rating itself (never change the status):
 * - Q-EVAL-5: a head's rating may not exceed the rating of the unit they head (ND233 Art. 12.7);
 * - D-9: a viên chức with under 6 months' work in the year is not rated (ND233 Art. 14.1).
 */
import { RATING_LEVEL_LABELS, RATING_RANK } from '../catalogue';
import type { PersonIndex } from './case-index';
import { BASES } from './legal-bases';
import { push } from './lines';
import type { EvalContext } from './types';

export function leaderRatingWarning(ctx: EvalContext, p: PersonIndex): void {
  const info = p.levelOf(ctx.year);
  if (!info || !info.record.headOfUnit || info.regime !== 'ND233') return;
  const label = 'Xếp loại của người đứng đầu không cao hơn xếp loại của đơn vị';
  const unit = info.record.unitLevel;
  if (!unit) {
    push(ctx, 'LEADER.rating_cap', 'warning', label, 'missing', () => `Năm ${ctx.year} là người đứng đầu đơn vị nhưng chưa có xếp loại của đơn vị để đối chiếu.`, () => ({ level: info.level }), BASES.leaderCap);
    return;
  }
  const over = RATING_RANK[info.recorded] > RATING_RANK[unit];
  push(ctx, 'LEADER.rating_cap', 'warning', label, over ? 'fail' : 'pass',
    () => (over
      ? `Năm ${ctx.year} người đứng đầu được xếp loại ${RATING_LEVEL_LABELS[info.recorded]}, cao hơn xếp loại của đơn vị (${RATING_LEVEL_LABELS[unit]}); cần rà soát kết quả xếp loại.`
      : `Năm ${ctx.year} người đứng đầu xếp loại ${RATING_LEVEL_LABELS[info.recorded]}, không cao hơn đơn vị (${RATING_LEVEL_LABELS[unit]}).`),
    () => ({ level: info.recorded, unitLevel: unit }), BASES.leaderCap);
}

export function minWorkMonthsWarning(ctx: EvalContext, p: PersonIndex): void {
  const months = p.flags.workedMonths;
  if (months === undefined || months >= 6 || p.staffCategory !== 'VIEN_CHUC' || p.ratingRegimeOf(ctx.year) !== 'ND233') return;
  if (!p.levelOf(ctx.year)) return;
  push(ctx, 'RATING.min_work_months', 'warning', 'Viên chức công tác dưới 06 tháng trong năm không được đánh giá, xếp loại', 'fail',
    () => `Năm ${ctx.year} chỉ công tác ${months} tháng nhưng có kết quả xếp loại; kiểm tra trường hợp nghỉ chế độ được miễn.`, () => ({ workedMonths: months }), BASES.minWorkMonths);
}
