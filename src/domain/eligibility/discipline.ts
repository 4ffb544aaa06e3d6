/**
 * Discipline rules for individuals:
 * - R-PRIN-6 / D-2: after a penalty, achievements count only from the end of the penalty period
 *   (a year counts only if it starts after the end of every penalty begun by the date of the check);
 * - D-3 / D-4: a duty-related discipline ≥ khiển trách in the rated year (or a D-4 conclusion) forces
 *   KHTNV under ND335/ND233; shown as an info line, its effect is in every rating line.
 */
import { DISCIPLINE_FORM_LABELS, RATING_LEVEL_LABELS } from '../catalogue';
import type { PersonIndex } from './case-index';
import type { Discipline } from './case-schema';
import { fmtDate } from './format';
import { BASES } from './legal-bases';
import { push } from './lines';
import type { EvalContext } from './types';

const formVi = (d: Discipline) => DISCIPLINE_FORM_LABELS[d.form].toLowerCase();
const penaltyData = (d: Discipline, p: PersonIndex) => ({ form: d.form, effectiveFrom: d.effectiveFrom, effectiveTo: d.effectiveTo, firstCountableYear: p.firstCountableYear });

export function penaltyServedLine(ctx: EvalContext, p: PersonIndex): void {
  const y = ctx.year;
  const basis = ctx.regime.principles.penaltyServed;
  const label = 'Thành tích được tính sau khi chấp hành xong kỷ luật';
  if (p.penaltyEnd === null || !p.penalty) {
    push(ctx, 'DISCIPLINE.penalty_served', 'criterion', label, 'pass', 'Không có kỷ luật bắt đầu trước ngày xét.', {}, basis);
    return;
  }
  const d = p.penalty;
  if (y >= p.firstCountableYear) {
    push(ctx, 'DISCIPLINE.penalty_served', 'criterion', label, 'pass', () => `Hình thức kỷ luật ${formVi(d)} từ ${fmtDate(d.effectiveFrom)} đến ${fmtDate(d.effectiveTo)} đã kết thúc trước năm ${y}.`, () => penaltyData(d, p), basis);
  } else {
    push(ctx, 'DISCIPLINE.penalty_served', 'criterion', label, 'fail', () => `Hình thức kỷ luật ${formVi(d)} từ ${fmtDate(d.effectiveFrom)} đến ${fmtDate(d.effectiveTo)}: thành tích chỉ được tính từ năm ${p.firstCountableYear}, nên năm ${y} không được tính.`, () => penaltyData(d, p), basis);
  }
}

export function forcedRatingLine(ctx: EvalContext, p: PersonIndex): void {
  const info = p.levelOf(ctx.year);
  if (!info || info.forcedBy === null) return;
  const recorded = RATING_LEVEL_LABELS[info.recorded];
  const nd233 = info.regime === 'ND233';
  if (info.forcedBy === 'D3' && info.forcingDiscipline) {
    const d = info.forcingDiscipline;
    push(ctx, 'RATING.forced_khtnv', 'info', 'Bị kỷ luật liên quan đến thực thi nhiệm vụ trong năm đánh giá', 'fail',
      () => `Năm ${ctx.year} ghi nhận xếp loại ${recorded} nhưng bị kỷ luật ${DISCIPLINE_FORM_LABELS[d.form].toLowerCase()} liên quan đến thực thi nhiệm vụ (quyết định ${fmtDate(d.decidedOn ?? d.effectiveFrom)}), nên xếp loại Không hoàn thành nhiệm vụ.`,
      () => ({ recorded: info.recorded, effective: info.level, form: d.form, ratingRegime: info.regime }), nd233 ? BASES.d3Nd233 : BASES.d3Nd335);
  } else {
    const why = info.forcedBy === 'D4_DEGRADATION' ? 'có kết luận suy thoái về chính trị, đạo đức' : 'là người đứng đầu đơn vị để xảy ra tham ô, tham nhũng, lãng phí bị xử lý';
    push(ctx, 'RATING.forced_khtnv', 'info', 'Trường hợp bắt buộc xếp loại Không hoàn thành nhiệm vụ', 'fail',
      () => `Năm ${ctx.year} ghi nhận xếp loại ${recorded} nhưng ${why}, nên xếp loại Không hoàn thành nhiệm vụ.`,
      () => ({ recorded: info.recorded, effective: info.level, reason: info.forcedBy, ratingRegime: info.regime }), nd233 ? BASES.d4Nd233 : BASES.d4Nd335);
  }
}
