/**
 * Criteria declared by the agency (extra LĐTT criteria, Giấy khen criteria, collective Bằng khen…):
 * each has a name and its own legal basis, and is answered per candidate (flags.answers[id]) or
 * computed (minimum rating, title held in the year).
 */
import { AWARD_LABELS, RATING_LEVEL_LABELS, RATING_RANK, cited, type CitedBasis, type RatingLevel, type AwardCode } from '../catalogue';
import type { Flags } from './case-schema';
import { asks, push } from './lines';
import type { AgencyCriterion, SettingKey } from './settings';
import type { EvalContext } from './types';

const basisCache = new WeakMap<AgencyCriterion, CitedBasis>();

function criterionBasis(c: AgencyCriterion, key: SettingKey): CitedBasis {
  let b = basisCache.get(c);
  if (!b) {
    const l = c.legalBasis;
    b = cited({ ...l, text: l.text || c.label, setting: key });
    basisCache.set(c, b);
  }
  return b;
}

/** Implemented by PersonIndex and CollectiveIndex. */
export interface CriteriaSubject {
  readonly kind: 'individual' | 'collective';
  readonly flags: Flags;
  ratingLevelOf(year: number): RatingLevel | undefined;
  hasAny(code: AwardCode, year: number): boolean;
}

/** Applicable criteria for this subject kind (and basis type, when the criterion restricts it). */
export function applicableCriteria(ctx: EvalContext, list: readonly AgencyCriterion[], kind: 'individual' | 'collective'): AgencyCriterion[] {
  return list.filter((c) => c.subjects.includes(kind) && (!c.basisTypes || c.basisTypes.includes(ctx.basisType)));
}

export function agencyCriteriaLines(ctx: EvalContext, list: readonly AgencyCriterion[], subject: CriteriaSubject, idPrefix: string, key: SettingKey): void {
  const y = ctx.year;
  for (const c of list) {
    const basis = criterionBasis(c, key);
    const id = `${idPrefix}.${c.id}`;
    const check = c.check;
    if (check.kind === 'answer') {
      const v = subject.flags.answers?.[c.id];
      asks(push(ctx, id, 'criterion', c.label, v === undefined ? 'missing' : v ? 'pass' : 'fail',
        () => (v === undefined ? `Chưa có xác nhận cho tiêu chí "${c.label}".` : v ? `Đáp ứng tiêu chí "${c.label}".` : `Không đáp ứng tiêu chí "${c.label}".`),
        () => ({ answer: v ?? null }), basis, key), [`answers.${c.id}`]);
    } else if (check.kind === 'minRating') {
      const lv = subject.ratingLevelOf(y);
      const need = RATING_LEVEL_LABELS[check.level];
      if (!lv) push(ctx, id, 'criterion', c.label, 'missing', () => `Năm ${y} chưa có kết quả xếp loại để đối chiếu mức ${need}.`, () => ({ required: check.level }), basis, key);
      else {
        const ok = RATING_RANK[lv] >= RATING_RANK[check.level];
        push(ctx, id, 'criterion', c.label, ok ? 'pass' : 'fail', () => `Năm ${y} xếp loại ${RATING_LEVEL_LABELS[lv]}${ok ? '' : `, chưa đạt mức ${need} trở lên`}.`, () => ({ level: lv, required: check.level }), basis, key);
      }
    } else {
      const ok = subject.hasAny(check.award, y);
      push(ctx, id, 'criterion', c.label, ok ? 'pass' : 'fail', () => `${ok ? 'Có' : 'Không có'} ${AWARD_LABELS[check.award]} năm ${y}.`, () => ({ award: check.award, held: ok }), basis, key);
    }
  }
}
