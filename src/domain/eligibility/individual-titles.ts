/**
 * Individual emulation titles: LĐTT (Art. 24), CSTĐCS (Art. 23), CSTĐ cấp tỉnh (Art. 22),
 * CSTĐ toàn quốc (Art. 21). tdkt-rules.md §3.1–3.4.
 */
import { AWARD_LABELS, CSTDCS_PATH_LABELS, INITIATIVE_SCOPE_LABELS, INITIATIVE_SCOPE_RANK, type CitedBasis, type CstdcsPath, type InitiativeScope } from '../catalogue';
import {
  acceptedTaskAchievements,
  achievementName,
  describeUse,
  initiativeAchievements,
  noDoubleCountLine,
  selectAchievements,
  type Achievement,
  type Selection,
} from './achievements';
import { agencyCriteriaLines } from './agency-criteria';
import type { PersonIndex } from './case-index';
import type { Initiative, ScienceTask } from './case-schema';
import { floorAfter, latestRunAtOrBefore, runEndingAt } from './chains';
import {
  commonIndividual,
  decisionYear,
  floorReason,
  isAllowedSkip,
  latestPrior,
  personRatingLine,
  titleYearTest,
} from './common';
import { councilLines } from './council';
import { fmtDate, fmtYears } from './format';
import { BASES } from './legal-bases';
import { allOf, anyOf, asks, flagResult, push, settingCited } from './lines';
import type { EvalContext, IndividualEvaluator } from './types';
import type { LineResult } from './verdict-schema';

/**
 * The leave limit is the agency's rule under Art. 24 of the Law; leaving maternity leave out of the
 * count comes from the decree: Art. 4 of ND98/2023 for dossiers up to 30/06/2025, ND152/2025 after
 * (presumed to keep the rule, article not confirmed: UNCERTAINTIES.md).
 */
const leaveBasisCache = new Map<string, CitedBasis>();
function leaveWithMaternityBasis(refDate: string): CitedBasis {
  const underNd98 = refDate < '2025-07-01';
  const key = underNd98 ? 'ND98' : 'ND152';
  let b = leaveBasisCache.get(key);
  if (!b) {
    const own = settingCited('ldtt.maxLeaveWorkingDays');
    const decree = underNd98 ? BASES.maternityNd98.citation : `${BASES.maternityNd152.citation}, được cho là giữ quy định tại ${BASES.maternityNd98.citation}`;
    leaveBasisCache.set(key, (b = { legalBasis: own.legalBasis, citation: `${own.citation}; ${decree}` }));
  }
  return b;
}

// ---- LĐTT standard (also part of CSTĐCS) ------------------------------------------------------

/** Lines of the LĐTT standard with ids `${prefix}.…`; returns their results. */
export function ldttStandardLines(ctx: EvalContext, p: PersonIndex, prefix: string, labelPrefix: string): LineResult[] {
  const y = ctx.year;
  const s = ctx.settings;
  const results: LineResult[] = [];
  const info = p.levelOf(y);
  results.push(personRatingLine(ctx, `${prefix}.rating`, `${labelPrefix}Xếp loại chất lượng từ Hoàn thành tốt nhiệm vụ trở lên`, info, 'HTTNV', BASES.ldttRating));

  const spirit = info?.record.spiritAttested ?? p.flags.spiritAttested;
  const rs = flagResult(spirit);
  asks(push(ctx, `${prefix}.spirit`, 'criterion', `${labelPrefix}Tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua`, rs,
    () => (spirit === undefined ? `Chưa có xác nhận về tinh thần tự lực, tự cường, đoàn kết, tương trợ năm ${y}.` : spirit ? `Năm ${y} được xác nhận có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.` : `Năm ${y} không được xác nhận về tinh thần tự lực, tự cường, đoàn kết, tương trợ.`),
    () => ({ year: y, spiritAttested: spirit ?? null }), BASES.ldttSpirit), ['spiritAttested']);
  results.push(rs);

  const minMonths = s['ldtt.minWorkedMonths'];
  if (minMonths !== null) {
    const m = p.flags.workedMonths;
    const r: LineResult = m === undefined ? 'missing' : m >= minMonths ? 'pass' : 'fail';
    asks(push(ctx, `${prefix}.worked_months`, 'criterion', `${labelPrefix}Thời gian công tác trong năm từ ${minMonths} tháng trở lên`, r,
      () => (m === undefined ? `Chưa có số tháng công tác năm ${y}.` : `Năm ${y} công tác ${m} tháng (yêu cầu từ ${minMonths} tháng).`),
      () => ({ workedMonths: m ?? null, min: minMonths }), settingCited('ldtt.minWorkedMonths'), 'ldtt.minWorkedMonths'), ['workedMonths']);
    results.push(r);
  }
  const maxLeave = s['ldtt.maxLeaveWorkingDays'];
  if (maxLeave !== null) {
    const total = p.flags.leaveWorkingDays;
    const maternity = s['ldtt.maternityLeaveCountsAsWork'] ? (p.flags.maternityLeaveWorkingDays ?? 0) : 0;
    const counted = total === undefined ? undefined : Math.max(0, total - maternity);
    const r: LineResult = counted === undefined ? 'missing' : counted < maxLeave ? 'pass' : 'fail';
    asks(push(ctx, `${prefix}.leave_days`, 'criterion', `${labelPrefix}Số ngày nghỉ trong năm dưới ${maxLeave} ngày làm việc`, r,
      () => (counted === undefined
        ? `Chưa có số ngày nghỉ năm ${y}.`
        : `Năm ${y} nghỉ ${counted} ngày làm việc${maternity > 0 ? ` (không tính ${maternity} ngày nghỉ thai sản)` : ''}; giới hạn dưới ${maxLeave} ngày.`),
      () => ({ leaveWorkingDays: total ?? null, maternityLeaveWorkingDays: maternity, counted: counted ?? null, max: maxLeave }),
      maternity > 0 ? leaveWithMaternityBasis(ctx.refDate) : settingCited('ldtt.maxLeaveWorkingDays'), 'ldtt.maxLeaveWorkingDays'), ['leaveWorkingDays']);
    results.push(r);
  }
  const extraAll = s['ldtt.provinceExtraCriteria'];
  const extra = extraAll.length === 0 ? extraAll : extraAll.filter((c) => c.subjects.includes('individual'));
  if (extra.length > 0) {
    const before = ctx.out.lines.length;
    agencyCriteriaLines(ctx, extra, p, `${prefix}.extra`, 'ldtt.provinceExtraCriteria');
    for (let i = before; i < ctx.out.lines.length; i++) results.push(ctx.out.lines[i]!.result);
  }
  return results;
}

export const evaluateLdtt: IndividualEvaluator = (ctx, p) => {
  commonIndividual(ctx, p);
  ldttStandardLines(ctx, p, 'LDTT', '');
};

// ---- CSTĐCS -------------------------------------------------------------------------------------

function initiativeWindow(ctx: EvalContext): { from: number; to: number; text: string } {
  const y = ctx.year;
  switch (ctx.settings.initiativeYearWindow) {
    case 'SAME_YEAR':
      return { from: y, to: y, text: `trong năm ${y}` };
    case 'SAME_OR_PREVIOUS_YEAR':
      return { from: y - 1, to: y, text: `trong năm ${y - 1} hoặc ${y}` };
    case 'ANY_UNUSED':
      return { from: Number.NEGATIVE_INFINITY, to: y, text: `đến hết năm ${y}` };
  }
}

function skippedText(sel: Selection): string {
  const parts: string[] = [];
  if (sel.usedElsewhere.length > 0) parts.push(`không tính ${sel.usedElsewhere.map(describeUse).join('; ')}`);
  if (sel.beforePenaltyEnd.length > 0) parts.push(`không tính ${sel.beforePenaltyEnd.join(', ')} vì trước khi chấp hành xong kỷ luật`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function pathNotAllowed(ctx: EvalContext, path: CstdcsPath, id: string, label: string): LineResult {
  push(ctx, id, 'alternative', label, 'not_applicable', () => `Cơ quan không áp dụng căn cứ "${CSTDCS_PATH_LABELS[path]}".`, () => ({ path }), settingCited('cstdcs.paths'), 'cstdcs.paths');
  return 'not_applicable';
}

function pathData(ctx: EvalContext, sel: Selection) {
  return { window: ctx.settings.initiativeYearWindow, candidates: sel.items.map((i) => i.id), usedElsewhere: sel.usedElsewhere.map((u) => u.id) };
}

/** CSTĐCS path B or C: the oldest unused initiative / accepted task in the window. */
function achievementPathLine(ctx: EvalContext, path: 'INITIATIVE' | 'SCIENCE_TASK', sel: Selection, winText: string, label: string, basis: CitedBasis, what: string): LineResult {
  const id = `CSTDCS.path.${path}`;
  if (!ctx.settings['cstdcs.paths'].allowed.includes(path)) return pathNotAllowed(ctx, path, id, label);
  const a = sel.items[0];
  if (a) {
    push(ctx, id, 'alternative', label, 'pass', () => `${achievementName(a)} ${a.kind === 'initiative' ? 'được công nhận' : 'được nghiệm thu'} ngày ${fmtDate(a.date)}, chưa dùng cho khen thưởng khác${skippedText(sel)}.`, () => ({ ...pathData(ctx, sel), chosen: a.id }), basis, 'initiativeYearWindow');
    return 'pass';
  }
  push(ctx, id, 'alternative', label, 'fail', () => `Không có ${what} ${winText} chưa dùng cho khen thưởng khác${skippedText(sel)}.`, () => pathData(ctx, sel), basis, 'initiativeYearWindow');
  return 'fail';
}

export const evaluateCstdcs: IndividualEvaluator = (ctx, p) => {
  const y = ctx.year;
  commonIndividual(ctx, p);
  const ldtt = ldttStandardLines(ctx, p, 'CSTDCS.ldtt', 'Tiêu chuẩn Lao động tiên tiến: ');
  const ldttResult = allOf(ldtt);
  push(ctx, 'CSTDCS.ldtt_standard', 'info', 'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến"', ldttResult,
    () => (ldttResult === 'pass' ? `Năm ${y} đạt các tiêu chuẩn Lao động tiên tiến.` : `Xem các dòng "Tiêu chuẩn Lao động tiên tiến" ở trên.`), () => ({ result: ldttResult }), BASES.cstdcsLdtt);

  const { allowed, combine } = ctx.settings['cstdcs.paths'];

  // Path A: HTXSNV
  const rH = allowed.includes('HTXSNV')
    ? personRatingLine(ctx, 'CSTDCS.path.HTXSNV', 'Căn cứ: Hoàn thành xuất sắc nhiệm vụ', p.levelOf(y), 'HTXSNV', BASES.cstdcsHtxsnv, 'alternative')
    : pathNotAllowed(ctx, 'HTXSNV', 'CSTDCS.path.HTXSNV', 'Căn cứ: Hoàn thành xuất sắc nhiệm vụ');

  // Paths B and C: an initiative / an accepted S&T task in the window, not used for another award.
  const win = initiativeWindow(ctx);
  const selI = selectAchievements(ctx, p, initiativeAchievements(p), win.from, win.to, () => true);
  const selT = selectAchievements(ctx, p, acceptedTaskAchievements(p), win.from, win.to, () => true);
  const rI = achievementPathLine(ctx, 'INITIATIVE', selI, win.text, 'Căn cứ: Có sáng kiến được công nhận', BASES.cstdcsInitiative, 'sáng kiến được công nhận');
  const rT = achievementPathLine(ctx, 'SCIENCE_TASK', selT, win.text, 'Căn cứ: Có đề tài, đề án, công trình khoa học và công nghệ đã nghiệm thu', BASES.cstdcsScienceTask, 'đề tài, đề án, công trình khoa học và công nghệ được nghiệm thu');
  noDoubleCountLine(ctx, [...selI.usedElsewhere, ...selT.usedElsewhere]);

  let result: LineResult;
  let path: CstdcsPath | undefined;
  let consumed: Achievement | undefined;
  if (combine === 'ANY') {
    result = anyOf([rH, rI, rT]);
    if (rH === 'pass') path = 'HTXSNV';
    else if (rI === 'pass') [path, consumed] = ['INITIATIVE', selI.items[0]];
    else if (rT === 'pass') [path, consumed] = ['SCIENCE_TASK', selT.items[0]];
  } else {
    result = allOf([rH, anyOf([rI, rT])]);
    if (result === 'pass') {
      path = 'HTXSNV';
      consumed = rI === 'pass' ? selI.items[0] : selT.items[0];
    }
  }
  push(ctx, 'CSTDCS.basis', 'criterion', 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, hoặc có đề tài, đề án, công trình khoa học và công nghệ', result,
    () => {
      const combineText = combine === 'ANY' ? 'một trong các căn cứ' : 'Hoàn thành xuất sắc nhiệm vụ và có sáng kiến hoặc đề tài';
      return result === 'pass'
        ? `Đạt theo căn cứ: ${CSTDCS_PATH_LABELS[path!]}${consumed ? ` — ${achievementName(consumed)}` : ''}.`
        : result === 'missing'
          ? `Chưa đủ thông tin để xác định căn cứ (cần ${combineText}).`
          : `Không đạt ${combineText}: ${allowed.map((x) => CSTDCS_PATH_LABELS[x]).join('; ')}.`;
    },
    () => ({ combine, allowed, path: path ?? null, consumed: consumed?.id ?? null }), BASES.cstdcsBasis, 'cstdcs.paths');
  if (result === 'pass' && path) {
    ctx.out.basis.cstdcsPath = path;
    if (consumed) (consumed.kind === 'initiative' ? ctx.out.basis.initiatives : ctx.out.basis.scienceTasks).push(consumed.id);
  }
};

// ---- Initiatives with provincial / national influence (CSTĐ tỉnh, toàn quốc) ---------------------

function scopeShortfalls(a: Achievement, min: InitiativeScope): string[] {
  const s = a.source as Initiative | ScienceTask;
  const out: string[] = [];
  if (!s.appliedEffectively) out.push('chưa được ghi nhận áp dụng hiệu quả');
  if (!s.replicable) out.push('chưa ghi nhận khả năng nhân rộng');
  if (INITIATIVE_SCOPE_RANK[s.impactScope] < INITIATIVE_SCOPE_RANK[min]) out.push(`phạm vi ảnh hưởng ${INITIATIVE_SCOPE_LABELS[s.impactScope].toLowerCase()}`);
  if (!s.impactRecognizedByProvinceHead) out.push('chưa được Chủ tịch Ủy ban nhân dân tỉnh công nhận hiệu quả và phạm vi ảnh hưởng');
  return out;
}

function influenceLine(ctx: EvalContext, p: PersonIndex, min: InitiativeScope, id: string, label: string, basis: CitedBasis): void {
  const all = p.achievements().all;
  const sel = selectAchievements(ctx, p, all, Number.NEGATIVE_INFINITY, ctx.year, (a) => scopeShortfalls(a, min).length === 0);
  noDoubleCountLine(ctx, sel.usedElsewhere);
  const a = sel.items[0];
  const scope = min === 'TOAN_QUOC' ? 'phạm vi ảnh hưởng toàn quốc' : min === 'TINH' ? 'phạm vi ảnh hưởng trong tỉnh' : 'phạm vi ảnh hưởng cấp cơ sở';
  if (a) {
    push(ctx, id, 'criterion', label, 'pass', () => `${achievementName(a)} được áp dụng hiệu quả, có khả năng nhân rộng, được Chủ tịch Ủy ban nhân dân tỉnh công nhận có ${scope}.`, () => ({ chosen: a.id, scope: min }), basis);
    (a.kind === 'initiative' ? ctx.out.basis.initiatives : ctx.out.basis.scienceTasks).push(a.id);
    return;
  }
  push(ctx, id, 'criterion', label, 'fail',
    () => {
      if (all.length === 0) return 'Không có sáng kiến hoặc đề tài, công trình khoa học nào.';
      const reasons = all
        .filter((x) => x.date.slice(0, 4) <= String(ctx.year) && scopeShortfalls(x, min).length > 0)
        .slice(0, 5)
        .map((x) => `${x.id}: ${scopeShortfalls(x, min).join(', ')}`);
      return `Không có sáng kiến hoặc đề tài đạt yêu cầu ${scope}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}${skippedText(sel)}.`;
    },
    () => ({ scope: min, candidates: all.map((x) => x.id) }), basis);
}

// ---- CSTĐ cấp tỉnh ------------------------------------------------------------------------------

export const evaluateCstdTinh: IndividualEvaluator = (ctx, p) => {
  const y = ctx.year;
  const s = ctx.settings;
  commonIndividual(ctx, p);
  const prior = s.nextAwardWindowStart === 'AFTER_PREVIOUS_DECISION_YEAR' ? latestPrior(p, ['CSTD_TINH'], y) : null;
  const floor = Math.max(floorAfter(prior ? decisionYear(prior) : null), p.firstCountableYear);
  const test = titleYearTest(p, 'CSTDCS');
  const run = s['cstdTinh.proposeInYearOfThird'] ? runEndingAt(y, floor, test, isAllowedSkip(ctx)) : latestRunAtOrBefore(y, floor, test, isAllowedSkip(ctx));
  const ok = run.years.length >= 3;
  const used = run.years.slice(-3);
  push(ctx, 'CSTD_TINH.chain', 'criterion', 'Có 03 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở"', ok ? 'pass' : 'fail',
    () => {
      const fr = floorReason(floor, prior, p);
      return ok
        ? `Được tặng Chiến sĩ thi đua cơ sở các năm ${fmtYears(used)} (3 lần liên tục${run.years.length > 3 ? `; chuỗi liên tục gồm ${fmtYears(run.years)}` : ''}).`
        : `Chuỗi Chiến sĩ thi đua cơ sở liên tục ${s['cstdTinh.proposeInYearOfThird'] ? `kết thúc năm ${y}` : `đến năm ${y}`} gồm: ${fmtYears(run.years)} (${run.years.length} lần)${run.brokenAt !== null ? `; năm ${run.brokenAt} không đạt nên chuỗi bị đứt` : ''}${fr && run.stoppedAtFloor ? `; ${fr}` : ''}. Cần 3 lần liên tục.`;
    },
    () => ({ years: run.years, brokenAt: run.brokenAt, skipped: run.skipped, windowFloor: Number.isFinite(floor) ? floor : null, proposeInYearOfThird: s['cstdTinh.proposeInYearOfThird'] }),
    BASES.cstdTinhChain);
  if (ok) {
    for (const yy of used) ctx.out.basis.awards.push({ code: 'CSTDCS', year: yy });
    ctx.out.basis.years.push(...used);
  }
  influenceLine(ctx, p, 'TINH', 'CSTD_TINH.initiative', 'Sáng kiến hoặc đề tài có hiệu quả, khả năng nhân rộng, phạm vi ảnh hưởng trong tỉnh', BASES.cstdTinhInitiative);
  councilLines(ctx, p.flags, 'Thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn', BASES.cstdTinhCouncil);
};

// ---- CSTĐ toàn quốc -----------------------------------------------------------------------------

export const evaluateCstdTq: IndividualEvaluator = (ctx, p) => {
  const y = ctx.year;
  const s = ctx.settings;
  commonIndividual(ctx, p);
  const prior = s.nextAwardWindowStart === 'AFTER_PREVIOUS_DECISION_YEAR' ? latestPrior(p, ['CSTD_TQ'], y) : null;
  const floor = Math.max(floorAfter(prior ? decisionYear(prior) : null), p.firstCountableYear);
  const tinhYears = [...new Set(p.awardsOf('CSTD_TINH').filter((a) => p.hasCountable('CSTD_TINH', a.year) && a.year <= y && a.year >= floor).map((a) => a.year))].sort((a, b) => a - b);
  const label = 'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh';
  if (tinhYears.length < 2) {
    push(ctx, 'CSTD_TQ.chain', 'criterion', label, 'fail',
      () => {
        const fr = floorReason(floor, prior, p);
        return `Có ${tinhYears.length} lần đạt Chiến sĩ thi đua cấp tỉnh${tinhYears.length > 0 ? ` (năm ${fmtYears(tinhYears)})` : ''}${fr ? `; ${fr}` : ''}. Cần 2 lần liên tục.`;
      },
      () => ({ years: tinhYears }), BASES.cstdTqChain);
  } else {
    const a = tinhYears[tinhYears.length - 2]!;
    const b = tinhYears[tinhYears.length - 1]!;
    // Consecutive: the CSTĐCS chain is unbroken between the two provincial titles.
    const test = titleYearTest(p, 'CSTDCS');
    let broken: number | null = null;
    for (let yy = a + 1; yy <= b; yy++) {
      const t = test(yy);
      if (t === 'yes' || (t === 'skip' && isAllowedSkip(ctx))) continue;
      broken = yy;
      break;
    }
    const ok = broken === null;
    push(ctx, 'CSTD_TQ.chain', 'criterion', label, ok ? 'pass' : 'fail',
      () => (ok
        ? `Đạt Chiến sĩ thi đua cấp tỉnh năm ${a} và năm ${b}, các năm giữa liên tục đạt Chiến sĩ thi đua cơ sở.`
        : `Đạt Chiến sĩ thi đua cấp tỉnh năm ${a} và năm ${b} nhưng năm ${broken} không đạt Chiến sĩ thi đua cơ sở nên không liên tục.`),
      () => ({ years: [a, b], brokenAt: broken }), BASES.cstdTqChain);
    if (ok) ctx.out.basis.awards.push({ code: 'CSTD_TINH', year: a }, { code: 'CSTD_TINH', year: b });
  }
  influenceLine(ctx, p, 'TOAN_QUOC', 'CSTD_TQ.initiative', 'Sáng kiến hoặc công trình khoa học có hiệu quả, khả năng nhân rộng, phạm vi ảnh hưởng toàn quốc', BASES.cstdTqInitiative);
  councilLines(ctx, p.flags, `Thành tích tiêu biểu xuất sắc, được Hội đồng bình chọn đề nghị ${AWARD_LABELS.CSTD_TQ}`, BASES.cstdTqCouncil);
};
