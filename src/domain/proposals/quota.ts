/**
 * The agency's quotas (settings `quota.*`, e.g. CSTĐCS ≤ 15% of LĐTT) checked per proposing unit when
 * it submits (tdkt-rules.md §4, Q-CSTDCS / ROUND: the cap is rounded by the agency's rounding mode,
 * FLOOR by default). The base is counted among the unit's candidates in the same round that the office
 * has not refused: LĐTT / CSTĐCS candidates, every individual candidate, or the collectives proposed.
 * Pure: the service counts, this function judges and writes the sentence with the rounding.
 */
import { applyQuota } from '../eligibility/quota';
import type { AgencySettings, RoundingMode } from '../eligibility/settings';
import { AWARD_LABELS, type AwardCode } from '../catalogue';
import { formatNumberVi } from '../text/numbers';

/** Which award each quota setting caps. */
export const QUOTA_SETTINGS: readonly { key: 'quota.CSTDCS' | 'quota.CSTD_TINH' | 'quota.TTLDXS' | 'quota.CO_TD'; awards: readonly AwardCode[] }[] = [
  { key: 'quota.CSTDCS', awards: ['CSTDCS'] },
  { key: 'quota.CSTD_TINH', awards: ['CSTD_TINH'] },
  { key: 'quota.TTLDXS', awards: ['TTLDXS'] },
  { key: 'quota.CO_TD', awards: ['CO_TD_TINH', 'CO_TD_CP'] },
];
export type QuotaBase = 'LDTT' | 'CSTDCS' | 'CANDIDATES' | 'UNITS';
export const QUOTA_BASE_LABELS: Record<QuotaBase, string> = {
  LDTT: 'số cá nhân được đề nghị Lao động tiên tiến',
  CSTDCS: 'số cá nhân được đề nghị Chiến sĩ thi đua cơ sở',
  CANDIDATES: 'số cá nhân được đề nghị',
  UNITS: 'số tập thể được đề nghị',
};

/** The unit's candidates of the round (not refused by the office), as counted for the quotas. */
export interface QuotaCandidate {
  awardCode: string;
  collective: boolean;
}

export interface QuotaCheck {
  setting: string;
  award: string;
  awardLabel: string;
  pct: number;
  base: QuotaBase;
  baseLabel: string;
  baseCount: number;
  /** pct × base before rounding. */
  raw: number;
  roundingMode: RoundingMode;
  cap: number;
  proposed: number;
  over: boolean;
  detail: string;
}

export function baseCount(base: QuotaBase, candidates: readonly QuotaCandidate[]): number {
  switch (base) {
    case 'LDTT':
      return candidates.filter((c) => c.awardCode === 'LDTT').length;
    case 'CSTDCS':
      return candidates.filter((c) => c.awardCode === 'CSTDCS').length;
    case 'CANDIDATES':
      return candidates.filter((c) => !c.collective).length;
    case 'UNITS':
      return candidates.filter((c) => c.collective).length;
  }
}

/** Every quota the agency set that concerns the unit's candidates, judged with its rounding. */
export function checkQuotas(settings: Pick<AgencySettings, 'quota.CSTDCS' | 'quota.CSTD_TINH' | 'quota.TTLDXS' | 'quota.CO_TD' | 'roundingMode'>, candidates: readonly QuotaCandidate[]): QuotaCheck[] {
  const out: QuotaCheck[] = [];
  for (const q of QUOTA_SETTINGS) {
    const rule = settings[q.key];
    if (!rule) continue;
    const proposedList = candidates.filter((c) => q.awards.includes(c.awardCode as AwardCode));
    if (!proposedList.length) continue;
    const base = rule.base as QuotaBase;
    const n = baseCount(base, candidates);
    const r = applyQuota(proposedList, n, rule.pct, settings.roundingMode);
    const award = q.awards.map((a) => AWARD_LABELS[a]).join(', ');
    const over = proposedList.length > r.cap;
    const pctText = `${formatNumberVi(rule.pct)}%`;
    const rawText = formatNumberVi(Math.round(r.raw * 100) / 100);
    const mode = settings.roundingMode === 'FLOOR' ? 'làm tròn xuống' : settings.roundingMode === 'CEIL' ? 'làm tròn lên' : 'làm tròn';
    out.push({
      setting: q.key, award: q.awards[0]!, awardLabel: award, pct: rule.pct, base, baseLabel: QUOTA_BASE_LABELS[base], baseCount: n, raw: r.raw,
      roundingMode: settings.roundingMode, cap: r.cap, proposed: proposedList.length, over,
      detail: `${award}: tối đa ${pctText} ${QUOTA_BASE_LABELS[base]} (${formatNumberVi(n)}) = ${rawText}, ${mode} còn ${formatNumberVi(r.cap)}; đơn vị đề nghị ${formatNumberVi(proposedList.length)}${over ? ' — vượt hạn mức' : ''}.`,
    });
  }
  return out;
}
