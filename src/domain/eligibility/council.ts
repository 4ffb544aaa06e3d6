/**
 * Council selection ("được Hội đồng bình chọn", "thành tích xuất sắc tiêu biểu"): satisfied by
 * flags.councilSelected, else computed from flags.vote with the agency's vote settings, else
 * "council" (the law leaves it to the council, which has not voted yet: not a lack of records).
 * A vote recorded without what the threshold needs (the agency's threshold, the members present)
 * stays "missing": the record itself is incomplete.
 */
import type { CitedBasis } from '../catalogue';
import type { Flags } from './case-schema';
import { fmtShare } from './format';
import { asks, push, settingCited } from './lines';
import type { EvalContext } from './types';

const EPS = 1e-9;

export function councilLines(ctx: EvalContext, flags: Flags, label: string, basis: CitedBasis): void {
  const id = `${ctx.award}.council`;
  if (flags.councilSelected !== undefined) {
    push(ctx, id, 'criterion', label, flags.councilSelected ? 'pass' : 'fail',
      flags.councilSelected ? 'Đã được Hội đồng Thi đua - Khen thưởng bình chọn.' : 'Không được Hội đồng Thi đua - Khen thưởng bình chọn.',
      () => ({ councilSelected: flags.councilSelected }), basis);
    return;
  }
  const vote = flags.vote;
  if (!vote) {
    asks(push(ctx, id, 'criterion', label, 'council', 'Chờ Hội đồng Thi đua - Khen thưởng xét: chưa có kết quả bình chọn hoặc kết quả bỏ phiếu của Hội đồng.', {}, basis), ['councilSelected']);
    return;
  }
  const threshold = ctx.settings['vote.threshold'][ctx.award];
  const denominatorMode = ctx.settings['vote.denominator'];
  const quorum = ctx.settings['vote.quorum'];
  const secret = ctx.settings['vote.secret'][ctx.award] === true;
  if (threshold === undefined) {
    push(ctx, id, 'criterion', label, 'missing', 'Cơ quan chưa quy định tỷ lệ phiếu cho danh hiệu này (vote.threshold).', () => ({ vote }), settingCited('vote.threshold'), 'vote.threshold');
    return;
  }
  if (vote.present !== undefined && vote.present < quorum * vote.members - EPS) {
    push(ctx, `${ctx.award}.council_quorum`, 'criterion', 'Phiên họp Hội đồng đủ túc số', 'fail',
      () => `Có mặt ${vote.present}/${vote.members} thành viên (${fmtShare(vote.present! / vote.members)}), dưới mức ${fmtShare(quorum)}.`, () => ({ vote, quorum }), settingCited('vote.quorum'), 'vote.quorum');
  }
  const denominator = denominatorMode === 'ALL_MEMBERS' ? vote.members : vote.present;
  if (denominator === undefined || denominator === 0) {
    asks(push(ctx, id, 'criterion', label, 'missing', 'Thiếu số thành viên có mặt để tính tỷ lệ phiếu.', () => ({ vote }), settingCited('vote.denominator'), 'vote.denominator'), ['vote']);
    return;
  }
  const ok = vote.yes >= threshold * denominator - EPS;
  const base = denominatorMode === 'ALL_MEMBERS' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt';
  push(ctx, id, 'criterion', label, ok ? 'pass' : 'fail',
    () => `${secret ? 'Bỏ phiếu kín: ' : ''}${vote.yes}/${denominator} phiếu đồng ý (${fmtShare(vote.yes / denominator)} ${base}), ${ok ? 'đạt' : 'chưa đạt'} mức từ ${fmtShare(threshold)} trở lên.`,
    () => ({ vote, threshold, denominator: denominatorMode, secret }), settingCited('vote.threshold'), 'vote.threshold');
}
