/**
 * Initiatives (sáng kiến) and S&T tasks (đề tài, đề án, công trình KH&CN) as the basis of awards.
 * R-PRIN-1: one achievement, one award — an item whose usedFor names another award is skipped.
 * R-PRIN-6: items dated before the end of a penalty are skipped.
 */
import { AWARD_LABELS, type AwardCode } from '../catalogue';
import type { PersonIndex } from './case-index';
import type { AwardRef, Initiative, ScienceTask } from './case-schema';
import { BASES } from './legal-bases';
import { push } from './lines';
import type { EvalContext } from './types';
import { yearOf } from './format';

export interface Achievement {
  kind: 'initiative' | 'scienceTask';
  id: string;
  title: string | undefined;
  /** Recognition date (initiative) or acceptance date (task). */
  date: string;
  source: Initiative | ScienceTask;
}

export interface SkippedUse {
  id: string;
  usedFor: AwardRef;
}

export interface Selection {
  items: Achievement[];
  usedElsewhere: SkippedUse[];
  beforePenaltyEnd: string[];
}

/** The first use of the item by an award other than (award, year), if any. */
export function otherUse(usedFor: readonly AwardRef[], award: AwardCode, year: number): AwardRef | undefined {
  for (const u of usedFor) if (u.awardCode !== award || u.year !== year) return u;
  return undefined;
}

export function initiativeAchievements(p: PersonIndex): readonly Achievement[] {
  return p.achievements().initiatives;
}

/** Tasks accepted with a passing result (an acceptance date without result counts as accepted). */
export function acceptedTaskAchievements(p: PersonIndex): readonly Achievement[] {
  return p.achievements().tasks;
}

/**
 * Items dated in [fromYear, toYear] that pass `accept`, not used by another award and dated after the
 * end of any penalty; sorted oldest first (the oldest is consumed first).
 */
export function selectAchievements(
  ctx: EvalContext,
  p: PersonIndex,
  items: readonly Achievement[],
  fromYear: number,
  toYear: number,
  accept: (a: Achievement) => boolean,
): Selection {
  const sel: Selection = { items: [], usedElsewhere: [], beforePenaltyEnd: [] };
  if (items.length === 0) return sel;
  for (const a of items) {
    const y = yearOf(a.date);
    if (y < fromYear || y > toYear || !accept(a)) continue;
    const used = otherUse(a.source.usedFor, ctx.award, ctx.year);
    if (used) {
      sel.usedElsewhere.push({ id: a.id, usedFor: used });
      continue;
    }
    if (p.penaltyEnd !== null && a.date <= p.penaltyEnd) {
      sel.beforePenaltyEnd.push(a.id);
      continue;
    }
    sel.items.push(a);
  }
  sel.items.sort((x, z) => (x.date < z.date ? -1 : x.date > z.date ? 1 : 0));
  return sel;
}

export function describeUse(u: SkippedUse): string {
  return `${u.id} đã dùng cho ${AWARD_LABELS[u.usedFor.awardCode]} năm ${u.usedFor.year}`;
}

export function achievementName(a: Achievement): string {
  const what = a.kind === 'initiative' ? 'Sáng kiến' : 'Đề tài/công trình';
  return a.title ? `${what} "${a.title}"` : `${what} ${a.id}`;
}

/** Info line listing items skipped because already used (R-PRIN-1); emitted once per verdict. */
export function noDoubleCountLine(ctx: EvalContext, skipped: readonly SkippedUse[]): void {
  if (skipped.length === 0) return;
  if (ctx.out.lines.some((l) => l.id === 'PRINCIPLE.no_double_count')) return;
  const unique = new Map<string, SkippedUse>();
  for (const s of skipped) unique.set(s.id, s);
  const list = [...unique.values()];
  push(ctx, 'PRINCIPLE.no_double_count', 'info', 'Một thành tích không khen thưởng nhiều lần', 'not_applicable',
    () => `Không tính lại: ${list.map(describeUse).join('; ')}.`,
    () => ({ skipped: list.map((s) => ({ id: s.id, awardCode: s.usedFor.awardCode, year: s.usedFor.year })) }), BASES.noDoubleCount);
}
