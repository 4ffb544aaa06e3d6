/**
 * Collective titles: TTLĐTT (Art. 28.1), TTLĐXS (Art. 27.1), Cờ thi đua tỉnh (Art. 26, unconfirmed),
 * Cờ thi đua của Chính phủ (Art. 25). tdkt-rules.md §3.5–3.7.
 */
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SEVERITY, RATING_LEVEL_LABELS, cited, lb, type CitedBasis, type DisciplineForm } from '../catalogue';
import { agencyCriteriaLines } from './agency-criteria';
import type { CollectiveIndex, MemberStats } from './case-index';
import { collectiveRatingLine, commonCollective } from './common';
import { councilLines } from './council';
import { fmtShare } from './format';
import { BASES } from './legal-bases';
import { answersOf, anyOf, asks, flagResult, push, settingCited } from './lines';
import type { SettingKey } from './settings';
import type { CollectiveEvaluator, EvalContext } from './types';
import type { LineResult } from './verdict-schema';

const EPS = 1e-9;

/** A line answered by one flag (`answer`: its catalogue key, see answers.ts). */
function flagLine(ctx: EvalContext, id: string, label: string, answer: string, v: boolean | undefined, yes: string, no: string, basis: CitedBasis, kind: 'criterion' | 'alternative' = 'criterion'): LineResult {
  const r = flagResult(v);
  asks(push(ctx, id, kind, label, r, () => (v === undefined ? `Chưa có xác nhận: ${label.toLowerCase()}.` : v ? yes : no), () => ({ value: v ?? null }), basis), [answer]);
  return r;
}

function membersMissing(ctx: EvalContext, id: string, label: string, basis: CitedBasis, setting?: SettingKey): boolean {
  push(ctx, id, 'criterion', label, 'missing', 'Chưa có danh sách thành viên của tập thể trong năm.', { total: 0 }, basis, setting);
  return true;
}

/** Share of members holding LĐTT against a threshold (strict ">" or inclusive "≥"). */
function ldttShareLine(ctx: EvalContext, st: MemberStats, id: string, min: number, inclusive: boolean, basis: CitedBasis, setting: SettingKey): void {
  const label = `Có ${inclusive ? 'từ' : 'trên'} ${fmtShare(min)} cá nhân đạt danh hiệu "Lao động tiên tiến"`;
  if (st.total === 0) {
    membersMissing(ctx, id, label, basis, setting);
    return;
  }
  const n = st.ldttIds.length;
  const share = n / st.total;
  const ok = inclusive ? n >= min * st.total - EPS : n > min * st.total + EPS;
  push(ctx, id, 'criterion', label, ok ? 'pass' : 'fail',
    () => `${n}/${st.total} cá nhân đạt Lao động tiên tiến năm ${ctx.year} (${fmtShare(share)}), ${ok ? 'đạt' : 'chưa đạt'} mức ${inclusive ? 'từ' : 'trên'} ${fmtShare(min)}${!inclusive && Math.abs(share - min) < EPS ? ' (bằng đúng ngưỡng là không đạt)' : ''}.`,
    () => ({ ldtt: n, total: st.total, share, threshold: min, inclusive }), basis, setting);
}

function disciplineLine(ctx: EvalContext, st: MemberStats, id: string, maxForm: DisciplineForm | null, basis: CitedBasis, setting: SettingKey): void {
  const limit = maxForm === null ? 0 : DISCIPLINE_SEVERITY[maxForm];
  const over = st.disciplined.filter((d) => DISCIPLINE_SEVERITY[d.form] > limit);
  const label = maxForm === null ? 'Không có cá nhân bị kỷ luật' : `Không có cá nhân bị kỷ luật nặng hơn ${DISCIPLINE_FORM_LABELS[maxForm].toLowerCase()}`;
  push(ctx, id, 'criterion', label, over.length === 0 ? 'pass' : 'fail',
    () => (over.length === 0
      ? `Năm ${ctx.year} không có cá nhân bị kỷ luật vượt mức cho phép${st.disciplined.length > 0 ? ` (có ${st.disciplined.length} trường hợp ở mức ${st.disciplined.map((d) => DISCIPLINE_FORM_LABELS[d.form].toLowerCase()).join(', ')})` : ''}.`
      : `Năm ${ctx.year} có cá nhân bị kỷ luật: ${over.map((d) => `${d.id} (${DISCIPLINE_FORM_LABELS[d.form].toLowerCase()})`).join(', ')}.`),
    () => ({ disciplined: st.disciplined, maxForm }), basis, setting);
}

export const evaluateTtldtt: CollectiveEvaluator = (ctx, c) => {
  const s = ctx.settings;
  const y = ctx.year;
  commonCollective(ctx, c);
  collectiveRatingLine(ctx, 'TTLDTT.rating', 'Tập thể hoàn thành tốt nhiệm vụ', c.levelOf(y), 'HTTNV', BASES.ttldttRating);
  flagLine(ctx, 'TTLDTT.movement', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả', 'movementActive', c.flags.movementActive, 'Phong trào thi đua thường xuyên, thiết thực, hiệu quả.', 'Phong trào thi đua chưa thường xuyên, hiệu quả.', BASES.ttldttMovement);
  const st = c.memberStats(y);
  ldttShareLine(ctx, st, 'TTLDTT.ldtt_share', s['ttldtt.minLdttShare'], s['ttldtt.minLdttShareInclusive'], settingCited('ttldtt.minLdttShare'), 'ttldtt.minLdttShare');
  if (st.total === 0) membersMissing(ctx, 'TTLDTT.member_discipline', 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên', settingCited('ttldtt.maxDisciplineForm'), 'ttldtt.maxDisciplineForm');
  else disciplineLine(ctx, st, 'TTLDTT.member_discipline', s['ttldtt.maxDisciplineForm'], settingCited('ttldtt.maxDisciplineForm'), 'ttldtt.maxDisciplineForm');
  flagLine(ctx, 'TTLDTT.unity', 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật', 'internalUnity', c.flags.internalUnity, 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.', 'Nội bộ chưa đoàn kết hoặc chưa chấp hành tốt.', BASES.ttldttUnity);
  if (st.total > 0) ctx.out.basis.years.push(y);
};

export const evaluateTtldxs: CollectiveEvaluator = (ctx, c) => {
  const s = ctx.settings;
  const y = ctx.year;
  commonCollective(ctx, c);
  collectiveRatingLine(ctx, 'TTLDXS.rating', 'Tập thể hoàn thành xuất sắc nhiệm vụ', c.levelOf(y), 'HTXSNV', BASES.ttldxsRating);
  flagLine(ctx, 'TTLDXS.movement', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả', 'movementActive', c.flags.movementActive, 'Phong trào thi đua thường xuyên, thiết thực, hiệu quả.', 'Phong trào thi đua chưa thường xuyên, hiệu quả.', BASES.ttldxsMovement);
  const st = c.memberStats(y);
  const allLabel = 'Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ trở lên';
  if (st.total === 0) membersMissing(ctx, 'TTLDXS.all_members_htnv', allLabel, BASES.ttldxsAllMembers);
  else if (st.belowHtnvIds.length > 0)
    push(ctx, 'TTLDXS.all_members_htnv', 'criterion', allLabel, 'fail',
      () => `Năm ${y} có cá nhân xếp loại dưới Hoàn thành nhiệm vụ: ${st.belowHtnvIds.map((m) => `${m.id} (${RATING_LEVEL_LABELS[m.level]})`).join(', ')}.`,
      () => ({ below: st.belowHtnvIds, missing: st.missingRatingIds, total: st.total }), BASES.ttldxsAllMembers);
  else if (st.missingRatingIds.length > 0)
    push(ctx, 'TTLDXS.all_members_htnv', 'criterion', allLabel, 'missing', () => `Năm ${y} chưa có kết quả xếp loại của: ${st.missingRatingIds.join(', ')}.`, () => ({ missing: st.missingRatingIds, total: st.total }), BASES.ttldxsAllMembers);
  else push(ctx, 'TTLDXS.all_members_htnv', 'criterion', allLabel, 'pass', () => `Năm ${y} cả ${st.total} cá nhân xếp loại từ Hoàn thành nhiệm vụ trở lên.`, () => ({ total: st.total }), BASES.ttldxsAllMembers);
  ldttShareLine(ctx, st, 'TTLDXS.ldtt_share', s['ttldxs.minLdttShare'], true, settingCited('ttldxs.minLdttShare'), 'ttldxs.minLdttShare');
  if (s['ttldxs.requireCstdcs']) {
    const n = st.cstdcsIds.length;
    push(ctx, 'TTLDXS.has_cstdcs', 'criterion', 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"', n > 0 ? 'pass' : st.total === 0 ? 'missing' : 'fail',
      () => (n > 0 ? `Năm ${y} có ${n} cá nhân đạt Chiến sĩ thi đua cơ sở: ${st.cstdcsIds.join(', ')}.` : st.total === 0 ? 'Chưa có danh sách thành viên của tập thể trong năm.' : `Năm ${y} không có cá nhân nào đạt Chiến sĩ thi đua cơ sở.`),
      () => ({ cstdcs: st.cstdcsIds }), settingCited('ttldxs.requireCstdcs'), 'ttldxs.requireCstdcs');
  }
  if (s['ttldxs.noDisciplineRule'] && st.total > 0) disciplineLine(ctx, st, 'TTLDXS.member_discipline', s['ttldxs.maxDisciplineForm'], settingCited('ttldxs.maxDisciplineForm'), 'ttldxs.maxDisciplineForm');
  flagLine(ctx, 'TTLDXS.unity', 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật', 'internalUnity', c.flags.internalUnity, 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách, pháp luật.', 'Nội bộ chưa đoàn kết hoặc chưa gương mẫu chấp hành.', BASES.ttldxsUnity);
  if (st.total > 0) ctx.out.basis.years.push(y);
};

export const evaluateCoTdTinh: CollectiveEvaluator = (ctx, c) => {
  commonCollective(ctx, c);
  flagLine(ctx, 'CO_TD_TINH.cluster_leader', 'Tập thể dẫn đầu cụm, khối thi đua', 'clusterLeader', c.flags.clusterLeader, 'Tập thể dẫn đầu cụm, khối thi đua.', 'Tập thể không dẫn đầu cụm, khối thi đua.', BASES.coTdTinhLeader);
  const extra = ctx.settings['coTdTinh.criteria'].filter((x) => x.subjects.includes('collective'));
  agencyCriteriaLines(ctx, extra, c, 'CO_TD_TINH.extra', 'coTdTinh.criteria');
  councilLines(ctx, c.flags, 'Được Hội đồng Thi đua - Khen thưởng bình chọn', BASES.coTdTinhCouncil);
};

export const evaluateCoTdCp: CollectiveEvaluator = (ctx, c) => {
  commonCollective(ctx, c);
  const a = c.flags.answers ?? {};
  const r1 = flagLine(ctx, 'CO_TD_CP.point_1', 'Khoản 1: tiêu biểu xuất sắc trong các tập thể dẫn đầu cụm, khối thi đua của tỉnh', 'clusterLeader', c.flags.clusterLeader, 'Tập thể dẫn đầu cụm, khối thi đua của tỉnh.', 'Tập thể không dẫn đầu cụm, khối thi đua.', BASES.coTdCpPoint1, 'alternative');
  const r2 = flagLine(ctx, 'CO_TD_CP.point_2', 'Khoản 2: dẫn đầu cụm, khối thi đua do Ban Thi đua - Khen thưởng Trung ương tổ chức', 'answers.CO_TD_CP.point_2', a['CO_TD_CP.point_2'], 'Dẫn đầu cụm, khối thi đua do Trung ương tổ chức.', 'Không thuộc trường hợp khoản 2.', BASES.coTdCpPoint2, 'alternative');
  const r3 = flagLine(ctx, 'CO_TD_CP.point_3', 'Khoản 3: dẫn đầu phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên', 'answers.CO_TD_CP.point_3', a['CO_TD_CP.point_3'], 'Dẫn đầu phong trào thi đua từ 05 năm trở lên do Thủ tướng phát động.', 'Không thuộc trường hợp khoản 3.', BASES.coTdCpPoint3, 'alternative');
  const r = anyOf([r1, r2, r3]);
  const points = ctx.out.lines.filter((l) => l.id === 'CO_TD_CP.point_1' || l.id === 'CO_TD_CP.point_2' || l.id === 'CO_TD_CP.point_3');
  asks(push(ctx, 'CO_TD_CP.basis', 'criterion', 'Thuộc một trong các trường hợp của Điều 25', r,
    r === 'pass' ? 'Thuộc ít nhất một trường hợp của Điều 25.' : r === 'missing' ? 'Chưa đủ thông tin về các trường hợp của Điều 25 (dẫn đầu cụm, khối thi đua của tỉnh; khoản 2; khoản 3).' : 'Không thuộc trường hợp nào của Điều 25.',
    { point1: r1, point2: r2, point3: r3 }, BASES.coTdCpBasis), answersOf(points));
  if (r1 === 'pass') {
    flagLine(ctx, 'CO_TD_CP.standards', 'Vượt mức chỉ tiêu; tổ chức Đảng, đoàn thể vững mạnh; đi đầu tiết kiệm, chống tham nhũng', 'answers.CO_TD_CP.standards', a['CO_TD_CP.standards'], 'Đáp ứng các yêu cầu của khoản 1 Điều 25.', 'Chưa đáp ứng các yêu cầu của khoản 1 Điều 25.', BASES.coTdCpStandards);
    flagLine(ctx, 'CO_TD_CP.unity', 'Nội bộ đoàn kết', 'internalUnity', c.flags.internalUnity, 'Nội bộ đoàn kết.', 'Nội bộ chưa đoàn kết.', BASES.coTdCpStandards);
  }
  councilLines(ctx, c.flags, 'Được Hội đồng Thi đua - Khen thưởng bình chọn', BASES.coTdCpCouncil);
};

/** TT15 (regime LAW2022+ND152+TT15): no commendation for collectives dissolved after restructuring (D-7). */
const DISSOLVED = cited(lb('TT15', {}, 'S', 'Không khen thưởng tập thể đã giải thể sau khi sắp xếp tổ chức bộ máy'));
export const dissolvedCollectiveCheck: CollectiveEvaluator = (ctx, c: CollectiveIndex) => {
  const v = c.flags.dissolved;
  push(ctx, 'COLLECTIVE.not_dissolved', 'criterion', 'Tập thể không bị giải thể sau sắp xếp tổ chức', v ? 'fail' : 'pass',
    v ? 'Tập thể đã giải thể sau khi sắp xếp tổ chức bộ máy nên không xét khen thưởng.' : 'Không ghi nhận tập thể bị giải thể.', { dissolved: v ?? false }, DISSOLVED);
};
