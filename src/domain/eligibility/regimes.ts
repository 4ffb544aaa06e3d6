/**
 * Legal regimes by date (tdkt-rules.md §0): LAW2022+ND98+TT01 (01/01/2024–30/06/2025),
 * LAW2022+ND152+TT15 (from 01/07/2025), and a LAW2026 placeholder (UNCONFIRMED, off by default).
 * A verdict is judged under the regime in force on its reference date (dossier date, else the
 * date of the check, else 31/12 of the achievement year) and says which one.
 * Adding a regime = appending an entry here (and a rule set if standards change).
 * Rating regimes (ND90/ND335/ND233/INTERNAL) live in rating-regimes.ts and are re-exported here.
 */
import { INSTRUMENTS, cited, lb } from '../catalogue';
import { dissolvedCollectiveCheck } from './collective-titles';
import { LAW2022_RULES } from './rule-sets';
import type { AgencySettings } from './settings';
import type { LegalRegime, RegimePrinciples } from './types';
import type { RegimeSummary } from './verdict-schema';

export { RATING_REGIMES, ratingRegimeFor, ratingRegimeSummary } from './rating-regimes';

const ND98_PRINCIPLES: RegimePrinciples = {
  deferral: cited(lb('ND98', { article: '4' }, 'S', 'Chưa xét khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm, hoặc có đơn thư khiếu nại, tố cáo đang được xác minh')),
  penaltyServed: cited(lb('ND98', { article: '4' }, 'S', 'Cá nhân bị kỷ luật: thành tích được tính từ sau khi chấp hành xong thời hạn kỷ luật')),
  irregularNotBasis: cited(lb('ND98', { article: '4' }, 'S', 'Khen thưởng đột xuất, khen thưởng theo chuyên đề không làm căn cứ đề nghị khen thưởng theo công trạng')),
};

const ND152_PRINCIPLES: RegimePrinciples = {
  deferral: cited(lb('ND152', { article: '4' }, 'S', 'Chưa xét khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm, hoặc có đơn thư khiếu nại, tố cáo, vấn đề tham nhũng được báo chí phản ánh đang được xác minh')),
  penaltyServed: cited(lb('ND152', { article: '4' }, 'S', 'Cá nhân bị kỷ luật: thành tích được tính từ sau khi chấp hành xong thời hạn kỷ luật')),
  irregularNotBasis: cited(lb('ND152', { article: '4' }, 'S', 'Khen thưởng đột xuất, khen thưởng theo chuyên đề không làm căn cứ đề nghị khen thưởng theo công trạng')),
};

export const LAW2022_ND98_TT01: LegalRegime = {
  id: 'LAW2022_ND98_TT01',
  name: 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP; Thông tư 01/2024/TT-BNV',
  instruments: ['LAW2022', 'ND98', 'TT01'],
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  confidence: 'S',
  principles: ND98_PRINCIPLES,
  rules: LAW2022_RULES,
  collectiveChecks: [],
  notes: [],
};

export const LAW2022_ND152_TT15: LegalRegime = {
  id: 'LAW2022_ND152_TT15',
  name: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV',
  instruments: ['LAW2022', 'ND152', 'TT15'],
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  confidence: 'S',
  principles: ND152_PRINCIPLES,
  rules: LAW2022_RULES,
  collectiveChecks: [dissolvedCollectiveCheck],
  notes: [],
};

/** Placeholder: content of the 2026 amending law is unknown; it keeps the current standards. */
export const LAW2026: LegalRegime = {
  id: 'LAW2026',
  name: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (2026, chưa được xác nhận); Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV',
  instruments: ['LAW2026', 'LAW2022', 'ND152', 'TT15'],
  effectiveFrom: '2026-10-01',
  effectiveTo: null,
  confidence: 'UNCONFIRMED',
  principles: ND152_PRINCIPLES,
  rules: LAW2022_RULES,
  collectiveChecks: [dissolvedCollectiveCheck],
  notes: [
    'Chế độ pháp lý của luật sửa đổi năm 2026 chưa được xác nhận: công cụ vẫn áp dụng các tiêu chuẩn của Luật 2022; cần rà soát khi có văn bản chính thức.',
    'Hồ sơ tiếp nhận trước ngày luật sửa đổi có hiệu lực được xét theo Luật 2022, trừ trường hợp quy định mới có lợi hơn.',
  ],
};

/** All regimes, oldest first. */
export const LEGAL_REGIMES: readonly LegalRegime[] = [LAW2022_ND98_TT01, LAW2022_ND152_TT15, LAW2026];

function isEnabled(r: LegalRegime, s: AgencySettings): boolean {
  return r.id !== 'LAW2026' || s['regime.law2026.enabled'];
}

function fromOf(r: LegalRegime, s: AgencySettings): string {
  return r.id === 'LAW2026' ? s['regime.law2026.effectiveFrom'] : r.effectiveFrom;
}

/** The enabled regime in force on `date`; the latest-starting one wins. Null before 01/01/2024. */
export function selectLegalRegime(date: string, settings: AgencySettings): LegalRegime | null {
  let best: LegalRegime | null = null;
  let bestFrom = '';
  for (const r of LEGAL_REGIMES) {
    if (!isEnabled(r, settings)) continue;
    const from = fromOf(r, settings);
    if (from > date || (r.effectiveTo !== null && r.effectiveTo < date)) continue;
    if (!best || from > bestFrom) [best, bestFrom] = [r, from];
  }
  return best;
}

const summaryCache = new WeakMap<LegalRegime, Map<string, RegimeSummary>>();

/** The regime as shown in a verdict: id, name, instruments (with names), dates, confidence. */
export function regimeSummary(r: LegalRegime, settings: AgencySettings): RegimeSummary {
  const from = fromOf(r, settings);
  let byFrom = summaryCache.get(r);
  if (!byFrom) summaryCache.set(r, (byFrom = new Map()));
  let s = byFrom.get(from);
  if (!s) {
    s = {
      id: r.id,
      name: r.name,
      instruments: r.instruments.map((id) => ({ id, name: INSTRUMENTS[id].nameVi })),
      effectiveFrom: from,
      effectiveTo: r.effectiveTo,
      confidence: r.confidence,
    };
    byFrom.set(from, s);
  }
  return s;
}
