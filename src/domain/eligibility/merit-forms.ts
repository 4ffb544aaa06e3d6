/**
 * Commendation forms: Bằng khen tỉnh (Art. 74), Bằng khen Thủ tướng (Art. 73.1.b),
 * Giấy khen của Giám đốc Sở (Art. 75, criteria set by the province/agency). tdkt-rules.md §3.8–3.10.
 */
import { AWARD_LABELS, BASIS_TYPE_LABELS, BASIS_TYPES_NOT_PREREQUISITE, type CitedBasis } from '../catalogue';
import {
  acceptedTaskAchievements,
  initiativeAchievements,
  noDoubleCountLine,
  selectAchievements,
  type Achievement,
  type SkippedUse,
} from './achievements';
import { agencyCriteriaLines, applicableCriteria, type CriteriaSubject } from './agency-criteria';
import type { PersonIndex } from './case-index';
import type { AwardRecord } from './case-schema';
import { floorAfter, runEndingAt, type Run } from './chains';
import {
  commonCollective,
  commonIndividual,
  decisionYear,
  floorReason,
  isAllowedSkip,
  latestPrior,
  ratingYearTest,
  titleYearTest,
} from './common';
import { fmtYears, upperFirst } from './format';
import { BASES } from './legal-bases';
import { answersOf, anyOf, asks, councilFlagResult, flagResult, push, settingCited } from './lines';
import type { AgencyCriterion, SettingKey } from './settings';
import type { CollectiveEvaluator, EvalContext, IndividualEvaluator } from './types';
import type { CriterionLine, LineResult } from './verdict-schema';

// ---- Bằng khen tỉnh, point d -------------------------------------------------------------------

interface PointDAttempt {
  kind: 'CSTDCS' | 'HTXSNV';
  run: Run;
  initiatives: Achievement[];
  tasks: Achievement[];
  reserveI: number;
  reserveT: number;
  ok: boolean;
  consumed: Achievement[];
}

/** CSTĐCS of the run granted on an initiative/task path whose consumed item is not identifiable (needs "2 more"). */
function unattributedReserve(p: PersonIndex, years: readonly number[]): { i: number; t: number; years: number[] } {
  let i = 0;
  let t = 0;
  const ys: number[] = [];
  for (const a of p.awardsOf('CSTDCS')) {
    if (!years.includes(a.year) || !a.cstdcsBasis || a.cstdcsBasis === 'HTXSNV') continue;
    const pool = a.cstdcsBasis === 'INITIATIVE' ? p.initiatives : p.scienceTasks;
    const attributed = pool.some((x) => x.usedFor.some((u) => u.awardCode === 'CSTDCS' && u.year === a.year));
    if (attributed) continue;
    if (a.cstdcsBasis === 'INITIATIVE') i++;
    else t++;
    ys.push(a.year);
  }
  return { i, t, years: ys };
}

function runText(k: 'CSTDCS' | 'HTXSNV', r: Run): string {
  return `liên tục ${k === 'CSTDCS' ? 'Chiến sĩ thi đua cơ sở' : 'Hoàn thành xuất sắc nhiệm vụ'}: ${r.years.length > 0 ? `${fmtYears(r.years)} (${r.years.length} năm)` : 'không có năm nào'}`;
}

function pointDData(runs: readonly { kind: 'CSTDCS' | 'HTXSNV'; run: Run }[], mixed: boolean, floor: number) {
  return { runs: runs.map((r) => ({ kind: r.kind, years: r.run.years })), mixedAllowed: mixed, windowFloor: Number.isFinite(floor) ? floor : null };
}

function pointD(ctx: EvalContext, p: PersonIndex): LineResult {
  const y = ctx.year;
  const s = ctx.settings;
  const label = 'Điểm d: 02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục Hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến hoặc 02 đề tài trong thời gian đó';
  if (!s['bkTinh.criteria'].includes('d')) {
    push(ctx, 'BK_TINH.point_d', 'alternative', label, 'not_applicable', 'Cơ quan không áp dụng điểm d.', {}, settingCited('bkTinh.criteria'), 'bkTinh.criteria');
    return 'not_applicable';
  }
  const prior = s.nextAwardWindowStart === 'AFTER_PREVIOUS_DECISION_YEAR' ? latestPrior(p, ['BK_TINH'], y) : null;
  const floor = Math.max(floorAfter(prior ? decisionYear(prior) : null), p.firstCountableYear);
  const skip = isAllowedSkip(ctx);
  const runs: { kind: 'CSTDCS' | 'HTXSNV'; run: Run }[] = [
    { kind: 'CSTDCS', run: runEndingAt(y, floor, titleYearTest(p, 'CSTDCS'), skip) },
    { kind: 'HTXSNV', run: runEndingAt(y, floor, ratingYearTest(p, 'HTXSNV'), skip) },
  ];
  const mixed = s['bkTinh.allowMixedInitiativeAndSciWork'];
  const attempts: PointDAttempt[] = [];
  const skipped: SkippedUse[] = [];
  for (const { kind, run } of runs) {
    if (run.years.length < 2) continue;
    const from = run.years[0]!;
    const selI = selectAchievements(ctx, p, initiativeAchievements(p), from, y, (a) => a.source.appliedEffectively);
    const selT = selectAchievements(ctx, p, acceptedTaskAchievements(p), from, y, (a) => a.source.appliedEffectively);
    skipped.push(...selI.usedElsewhere, ...selT.usedElsewhere);
    const res = unattributedReserve(p, run.years);
    const okI = selI.items.length >= 2 + res.i;
    const okT = selT.items.length >= 2 + res.t;
    const okM = mixed && selI.items.length + selT.items.length >= 2 + res.i + res.t;
    let consumed: Achievement[] = [];
    if (okI) consumed = selI.items.slice(res.i, res.i + 2);
    else if (okT) consumed = selT.items.slice(res.t, res.t + 2);
    else if (okM) consumed = [...selI.items.slice(res.i), ...selT.items.slice(res.t)].slice(0, 2);
    attempts.push({ kind, run, initiatives: selI.items, tasks: selT.items, reserveI: res.i, reserveT: res.t, ok: okI || okT || okM, consumed });
    if (res.i + res.t > 0 && !ctx.out.lines.some((l) => l.id === 'BK_TINH.point_d_reserve')) {
      push(ctx, 'BK_TINH.point_d_reserve', 'info', 'Sáng kiến, đề tài đã dùng để xét Chiến sĩ thi đua cơ sở không được tính lại', 'fail',
        () => `Chiến sĩ thi đua cơ sở năm ${fmtYears(res.years)} được xét theo sáng kiến/đề tài nhưng không xác định được sáng kiến/đề tài đã dùng; cần thêm ${res.i + res.t} sáng kiến/đề tài ngoài 02 sáng kiến/đề tài theo điểm d.`,
        () => ({ years: res.years, reserveInitiatives: res.i, reserveTasks: res.t }), BASES.bkTinhDMore);
    }
  }
  noDoubleCountLine(ctx, skipped);
  const best = attempts.find((a) => a.ok);
  if (best) {
    push(ctx, 'BK_TINH.point_d', 'alternative', label, 'pass',
      () => `Có ${runText(best.kind, best.run)}; trong thời gian đó có ${best.consumed.length} ${best.consumed.every((c) => c.kind === 'initiative') ? 'sáng kiến' : best.consumed.every((c) => c.kind === 'scienceTask') ? 'đề tài, công trình' : 'sáng kiến, đề tài'} chưa dùng, được áp dụng hiệu quả: ${best.consumed.map((c) => c.id).join(', ')}.`,
      () => ({ ...pointDData(runs, mixed, floor), used: best.kind, consumed: best.consumed.map((c) => c.id) }), BASES.bkTinhD, 'bkTinh.allowMixedInitiativeAndSciWork');
    ctx.out.basis.years.push(...best.run.years);
    for (const c of best.consumed) (c.kind === 'initiative' ? ctx.out.basis.initiatives : ctx.out.basis.scienceTasks).push(c.id);
    if (best.kind === 'CSTDCS') for (const yy of best.run.years) ctx.out.basis.awards.push({ code: 'CSTDCS', year: yy });
    return 'pass';
  }
  if (!p.levelOf(y) && !p.hasCountable('CSTDCS', y)) {
    push(ctx, 'BK_TINH.point_d', 'alternative', label, 'missing', () => `Năm ${y} chưa có kết quả xếp loại và chưa có danh hiệu Chiến sĩ thi đua cơ sở.`, () => pointDData(runs, mixed, floor), BASES.bkTinhD);
    return 'missing';
  }
  push(ctx, 'BK_TINH.point_d', 'alternative', label, 'fail',
    () => {
      const fr = floorReason(floor, prior, p);
      const parts = runs.map((r) => runText(r.kind, r.run));
      // Both runs may cover the same years: describe each period once.
      const distinct = attempts.filter((a, i) => attempts.findIndex((b) => b.run.years.join() === a.run.years.join()) === i);
      const attemptText = distinct
        .map((a) => `trong thời gian ${fmtYears(a.run.years)} có ${a.initiatives.length} sáng kiến và ${a.tasks.length} đề tài chưa dùng, áp dụng hiệu quả (cần ${2 + a.reserveI} sáng kiến hoặc ${2 + a.reserveT} đề tài${mixed ? ', được kết hợp' : ''})`)
        .join('; ');
      return `${upperFirst(parts.join('; '))}${attemptText ? `; ${attemptText}` : '; cần ít nhất 02 năm liên tục'}${fr ? `; ${fr}` : ''}.`;
    },
    () => pointDData(runs, mixed, floor), BASES.bkTinhD, 'bkTinh.allowMixedInitiativeAndSciWork');
  return 'fail';
}

/**
 * Points a–c need the council's judgement: answered in flags.answers["BK_TINH.a" | "b" | "c"];
 * "council" until the council has judged (not a lack of records).
 */
function judgedPointLine(ctx: EvalContext, p: PersonIndex, k: 'a' | 'b' | 'c', label: string, basis: CitedBasis): CriterionLine {
  const id = `BK_TINH.point_${k}`;
  if (!ctx.settings['bkTinh.criteria'].includes(k)) {
    return push(ctx, id, 'alternative', label, 'not_applicable', () => `Cơ quan không áp dụng điểm ${k}.`, {}, settingCited('bkTinh.criteria'), 'bkTinh.criteria');
  }
  const a = p.flags.answers?.[`BK_TINH.${k}`];
  const r = councilFlagResult(a);
  return asks(push(ctx, id, 'alternative', label, r,
    () => (a === undefined ? `Chờ Hội đồng đánh giá điểm ${k}.` : a ? `Đáp ứng điểm ${k}.` : `Không đáp ứng điểm ${k}.`), () => ({ answer: a ?? null }), basis), [`answers.BK_TINH.${k}`]);
}

export const evaluateBkTinhIndividual: IndividualEvaluator = (ctx, p) => {
  commonIndividual(ctx, p);
  const v = p.flags.exemplaryCompliance;
  asks(push(ctx, 'BK_TINH.compliance', 'criterion', 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước', flagResult(v),
    v === undefined ? 'Chưa có xác nhận gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.' : v ? 'Được xác nhận gương mẫu chấp hành chủ trương, chính sách, pháp luật.' : 'Không được xác nhận gương mẫu chấp hành.',
    () => ({ exemplaryCompliance: v ?? null }), BASES.bkTinhCompliance), ['exemplaryCompliance']);
  const la = judgedPointLine(ctx, p, 'a', 'Điểm a: thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động', BASES.bkTinhA);
  const lb_ = judgedPointLine(ctx, p, 'b', 'Điểm b: thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do tỉnh quản lý', BASES.bkTinhB);
  const lc = judgedPointLine(ctx, p, 'c', 'Điểm c: đóng góp lớn vào phát triển kinh tế - xã hội, ứng dụng khoa học công nghệ, xã hội, từ thiện', BASES.bkTinhC);
  const [ra, rb, rc] = [la.result, lb_.result, lc.result];
  const rd = pointD(ctx, p);
  const r = anyOf([ra, rb, rc, rd]);
  const basisLine = push(ctx, 'BK_TINH.basis', 'criterion', 'Đạt một trong các điểm a, b, c, d khoản 1 Điều 74', r,
    () => {
      const passed = (['a', 'b', 'c', 'd'] as const).filter((_, i) => [ra, rb, rc, rd][i] === 'pass');
      if (r === 'council') {
        const open = (['a', 'b', 'c'] as const).filter((_, i) => [ra, rb, rc][i] === 'council');
        return `Chưa đạt điểm nào trên hồ sơ; chờ Hội đồng đánh giá điểm ${open.join(', ')}.`;
      }
      return r === 'pass' ? `Đạt điểm ${passed.join(', ')}.` : r === 'missing' ? 'Chưa đủ thông tin để xác định (xem các điểm a–d).' : 'Không đạt điểm nào trong các điểm được áp dụng.';
    },
    () => ({ points: { a: ra, b: rb, c: rc, d: rd } }), BASES.bkTinhAny, 'bkTinh.criteria');
  asks(basisLine, answersOf([la, lb_, lc]));
};

// ---- Collective Bằng khen (criteria declared by the agency) -----------------------------------------

function configuredCriteriaOrMissing(ctx: EvalContext, key: SettingKey, subject: CriteriaSubject, idPrefix: string, emptyBasis: CitedBasis, what: string): void {
  const all = ctx.settings[key] as readonly AgencyCriterion[];
  const list = all.length === 0 ? [] : applicableCriteria(ctx, all, subject.kind);
  if (list.length === 0) {
    push(ctx, `${idPrefix}.criteria_configured`, 'criterion', `Tiêu chuẩn ${what} do cơ quan quy định`, 'missing',
      () => `Cơ quan chưa khai báo tiêu chuẩn ${what} cho ${subject.kind === 'individual' ? 'cá nhân' : 'tập thể'}${ctx.award === 'GK_SO' ? ` (loại hình: ${BASIS_TYPE_LABELS[ctx.basisType]})` : ''} (thiết lập ${key}).`,
      () => ({ setting: key }), emptyBasis, key);
    return;
  }
  agencyCriteriaLines(ctx, list, subject, `${idPrefix}.criteria`, key);
}

export const evaluateBkTinhCollective: CollectiveEvaluator = (ctx, c) => {
  commonCollective(ctx, c);
  configuredCriteriaOrMissing(ctx, 'bkTinh.collectiveCriteria', c, 'BK_TINH', BASES.bkTinhCollective, 'Bằng khen tỉnh');
};

export const evaluateBkTtgCollective: CollectiveEvaluator = (ctx, c) => {
  commonCollective(ctx, c);
  configuredCriteriaOrMissing(ctx, 'bkTtg.collectiveCriteria', c, 'BK_TTG', BASES.bkTtgCollective, 'Bằng khen của Thủ tướng');
};

// ---- Bằng khen Thủ tướng (individual, Art. 73.1.b) ----------------------------------------------------

export const evaluateBkTtgIndividual: IndividualEvaluator = (ctx, p) => {
  const y = ctx.year;
  const s = ctx.settings;
  commonIndividual(ctx, p);
  const after = s.nextAwardWindowStart === 'AFTER_PREVIOUS_DECISION_YEAR';
  const all: AwardRecord[] = [...p.awardsOf('BK_TINH'), ...p.awardsOf('BK_BO')].filter((a) => a.year <= y);
  const irregular = all.filter((a) => BASIS_TYPES_NOT_PREREQUISITE.has(a.basisType));
  let merit = all.filter((a) => !BASIS_TYPES_NOT_PREREQUISITE.has(a.basisType));
  if (after) merit = merit.filter((a) => decisionYear(a) < y);
  merit.sort((a, b) => decisionYear(a) - decisionYear(b));
  const prereq = merit[0] ?? null;
  if (irregular.length > 0) {
    push(ctx, 'BK_TTG.irregular_excluded', 'info', 'Khen thưởng đột xuất, chuyên đề không làm căn cứ đề nghị khen thưởng công trạng', 'fail',
      () => `Không tính: ${irregular.map((a) => `${AWARD_LABELS[a.code]} năm ${a.year} (${BASIS_TYPE_LABELS[a.basisType].toLowerCase()})`).join('; ')}.`,
      () => ({ excluded: irregular.map((a) => ({ code: a.code, year: a.year, basisType: a.basisType })) }), ctx.regime.principles.irregularNotBasis);
  }
  push(ctx, 'BK_TTG.prerequisite', 'criterion', 'Đã được tặng Bằng khen cấp bộ, ngành, tỉnh (khen thưởng công trạng)', prereq ? 'pass' : 'fail',
    () => (prereq
      ? `Đã được tặng ${AWARD_LABELS[prereq.code]} năm ${prereq.year}${prereq.decidedOn ? ` (quyết định năm ${decisionYear(prereq)})` : ''}.`
      : `Chưa có Bằng khen cấp bộ, ngành, tỉnh theo công trạng${irregular.length > 0 ? ' (Bằng khen đột xuất, chuyên đề không được tính)' : ''}${after && all.some((a) => !BASIS_TYPES_NOT_PREREQUISITE.has(a.basisType)) ? ` được quyết định trước năm ${y}` : ''}.`),
    () => ({ prerequisite: prereq ? { code: prereq.code, year: prereq.year, decisionYear: decisionYear(prereq) } : null }), BASES.bkTtgPrereq);

  const lastTtg = after ? latestPrior(p, ['BK_TTG'], y) : null;
  const floor = Math.max(after ? floorAfter(prereq ? decisionYear(prereq) : null, lastTtg ? decisionYear(lastTtg) : null) : Number.NEGATIVE_INFINITY, p.firstCountableYear);
  const runLabel = '05 năm liên tục hoàn thành tốt nhiệm vụ trở lên';
  const cstdLabel = 'Trong thời gian đó có 03 lần được tặng danh hiệu "Chiến sĩ thi đua cơ sở"';
  if (!p.levelOf(y)) {
    push(ctx, 'BK_TTG.good_years', 'criterion', runLabel, 'missing', () => `Năm ${y} chưa có kết quả đánh giá, xếp loại chất lượng.`, () => ({ year: y }), BASES.bkTtgRun);
    push(ctx, 'BK_TTG.cstdcs_count', 'criterion', cstdLabel, 'missing', 'Chưa xác định được thời gian 05 năm liên tục.', {}, BASES.bkTtgCstdcs);
  } else {
    const run = runEndingAt(y, floor, ratingYearTest(p, 'HTTNV'), isAllowedSkip(ctx));
    const ok = run.years.length >= 5;
    push(ctx, 'BK_TTG.good_years', 'criterion', runLabel, ok ? 'pass' : 'fail',
      () => {
        const fr = floorReason(floor, lastTtg && decisionYear(lastTtg) + 1 === floor ? lastTtg : prereq, p);
        return `Các năm liên tục hoàn thành tốt nhiệm vụ trở lên đến năm ${y}: ${fmtYears(run.years)} (${run.years.length} năm)${run.brokenAt !== null ? `; năm ${run.brokenAt} không đạt hoặc không có xếp loại` : ''}${fr && run.stoppedAtFloor ? `; ${fr}` : ''}.`;
      },
      () => ({ years: run.years, brokenAt: run.brokenAt, windowFloor: Number.isFinite(floor) ? floor : null }), BASES.bkTtgRun, 'nextAwardWindowStart');
    const cstdYears = run.years.filter((yy) => p.hasCountable('CSTDCS', yy));
    const okC = cstdYears.length >= 3;
    push(ctx, 'BK_TTG.cstdcs_count', 'criterion', cstdLabel, okC ? 'pass' : 'fail',
      () => `Trong các năm ${fmtYears(run.years)} có ${cstdYears.length} lần Chiến sĩ thi đua cơ sở${cstdYears.length > 0 ? ` (${fmtYears(cstdYears)})` : ''}.`, () => ({ cstdcsYears: cstdYears }), BASES.bkTtgCstdcs);
    if (ok && okC) {
      ctx.out.basis.years.push(...run.years);
      for (const yy of cstdYears) ctx.out.basis.awards.push({ code: 'CSTDCS', year: yy });
    }
  }
  if (prereq) ctx.out.basis.awards.push({ code: prereq.code, year: prereq.year });
  push(ctx, 'BK_TTG.other_points', 'info', 'Các trường hợp khác của khoản 1 Điều 73', 'not_applicable', 'Công cụ chỉ xét điểm b khoản 1 Điều 73; các điểm khác chưa được xác nhận, Hội đồng xem xét riêng.', {}, BASES.bkTtgOtherPoints);
};

// ---- Giấy khen của Giám đốc Sở (Art. 75.2: criteria set by the province/agency) ------------------------

export const evaluateGkSoIndividual: IndividualEvaluator = (ctx, p) => {
  commonIndividual(ctx, p);
  configuredCriteriaOrMissing(ctx, 'giayKhen.criteria', p, 'GK_SO', BASES.gkCriteria, 'Giấy khen');
};

export const evaluateGkSoCollective: CollectiveEvaluator = (ctx, c) => {
  commonCollective(ctx, c);
  configuredCriteriaOrMissing(ctx, 'giayKhen.criteria', c, 'GK_SO', BASES.gkCriteria, 'Giấy khen');
};
