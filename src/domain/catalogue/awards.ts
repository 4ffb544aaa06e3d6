/**
 * Versioned catalogue of emulation titles (danh hiệu thi đua) and commendation forms
 * (hình thức khen thưởng). One entry per award and per period: a new decree adds entries,
 * it never edits old ones. Source: shared/legal/tdkt-rules.md §2.
 */
import { lb, type LegalBasis } from './legal-basis';
import type { AwardKind, Conferrer, Frequency, Target } from './codes';

export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'GK_SO',
  'BK_TINH',
  'BK_BO',
  'BK_TTG',
  'KNC',
  'HCLD_3',
  'HCLD_2',
  'HCLD_1',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

/** Awards the eligibility engine can judge (the others appear only as history, e.g. prerequisites). */
export const EVALUABLE_AWARDS = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TQ',
  'TTLDTT',
  'TTLDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'GK_SO',
  'BK_TINH',
  'BK_TTG',
] as const satisfies readonly AwardCode[];
export type EvaluableAward = (typeof EVALUABLE_AWARDS)[number];

export interface RewardSpec {
  /** Multiple of the base salary (mức lương cơ sở) for an individual; null when unknown. */
  multiplier: number | null;
  /** Multiple for a collective, when the catalogue knows it (else see setting reward.collectiveFactor). */
  collectiveMultiplier: number | null;
  /** What is handed over besides money. */
  itemsVi: string;
  legalBasis: LegalBasis;
}

export interface AwardEntry {
  code: AwardCode;
  kind: AwardKind;
  nameVi: string;
  /** Longer official wording when different from nameVi. */
  officialNameVi: string;
  nameEn: string;
  target: Target;
  conferrer: Conferrer;
  frequency: Frequency;
  /** The department (Sở) may confer it itself (LAW2022 Art. 80.1). */
  selfConferred: boolean;
  /** Article setting its standards. */
  legalBasis: LegalBasis;
  /** Article giving the conferrer its authority. */
  authorityBasis: LegalBasis;
  reward: RewardSpec;
  effectiveFrom: string;
  effectiveTo: string | null;
}

const ART80_1 = lb('LAW2022', { article: '80', clause: '1' }, 'P', 'Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh quyết định tặng danh hiệu "Tập thể lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến" và Giấy khen');
const ART79 = lb('LAW2022', { article: '79' }, 'UNCONFIRMED', 'Thẩm quyền của Chủ tịch Ủy ban nhân dân cấp tỉnh (số điều chưa được xác nhận)');
const PM_AUTH = lb('LAW2022', {}, 'UNCONFIRMED', 'Thẩm quyền của Thủ tướng Chính phủ (số điều chưa được xác nhận)');
const PRES_AUTH = lb('LAW2022', {}, 'UNCONFIRMED', 'Thẩm quyền của Chủ tịch nước (số điều chưa được xác nhận)');
const MIN_AUTH = lb('LAW2022', {}, 'UNCONFIRMED', 'Thẩm quyền của Bộ trưởng, Thủ trưởng cơ quan ngang bộ (số điều chưa được xác nhận)');

type Base = Omit<AwardEntry, 'reward' | 'effectiveFrom' | 'effectiveTo'>;
type RewardFigures = Omit<RewardSpec, 'legalBasis'> & { confidence: 'P' | 'S' | 'UNCONFIRMED'; article?: string; clause?: string };

const BASES: Record<AwardCode, Base> = {
  LDTT: {
    code: 'LDTT', kind: 'title', nameVi: 'Lao động tiên tiến', officialNameVi: 'Lao động tiên tiến', nameEn: 'Advanced Worker',
    target: 'individual', conferrer: 'director', frequency: 'yearly', selfConferred: true,
    legalBasis: lb('LAW2022', { article: '24', clause: '1' }, 'S', 'Tiêu chuẩn danh hiệu "Lao động tiên tiến"'), authorityBasis: ART80_1,
  },
  CSTDCS: {
    code: 'CSTDCS', kind: 'title', nameVi: 'Chiến sĩ thi đua cơ sở', officialNameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots Emulation Fighter',
    target: 'individual', conferrer: 'director', frequency: 'yearly', selfConferred: true,
    legalBasis: lb('LAW2022', { article: '23' }, 'S', 'Tiêu chuẩn danh hiệu "Chiến sĩ thi đua cơ sở"'), authorityBasis: ART80_1,
  },
  CSTD_TINH: {
    code: 'CSTD_TINH', kind: 'title', nameVi: 'Chiến sĩ thi đua cấp tỉnh', officialNameVi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Fighter',
    target: 'individual', conferrer: 'province_chair', frequency: 'period', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '22' }, 'S', 'Tiêu chuẩn danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"'), authorityBasis: ART79,
  },
  CSTD_TQ: {
    code: 'CSTD_TQ', kind: 'title', nameVi: 'Chiến sĩ thi đua toàn quốc', officialNameVi: 'Chiến sĩ thi đua toàn quốc', nameEn: 'National Emulation Fighter',
    target: 'individual', conferrer: 'prime_minister', frequency: 'period', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '21' }, 'S', 'Tiêu chuẩn danh hiệu "Chiến sĩ thi đua toàn quốc"'), authorityBasis: PM_AUTH,
  },
  TTLDTT: {
    code: 'TTLDTT', kind: 'title', nameVi: 'Tập thể lao động tiên tiến', officialNameVi: 'Tập thể lao động tiên tiến', nameEn: 'Advanced Labour Collective',
    target: 'collective', conferrer: 'director', frequency: 'yearly', selfConferred: true,
    legalBasis: lb('LAW2022', { article: '28', clause: '1' }, 'S', 'Tiêu chuẩn danh hiệu "Tập thể lao động tiên tiến"'), authorityBasis: ART80_1,
  },
  TTLDXS: {
    code: 'TTLDXS', kind: 'title', nameVi: 'Tập thể lao động xuất sắc', officialNameVi: 'Tập thể lao động xuất sắc', nameEn: 'Excellent Labour Collective',
    target: 'collective', conferrer: 'province_chair', frequency: 'yearly', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '27', clause: '1' }, 'S', 'Tiêu chuẩn danh hiệu "Tập thể lao động xuất sắc"'), authorityBasis: ART79,
  },
  CO_TD_TINH: {
    code: 'CO_TD_TINH', kind: 'title', nameVi: 'Cờ thi đua của Ủy ban nhân dân tỉnh', officialNameVi: 'Cờ thi đua của bộ, ban, ngành, tỉnh', nameEn: 'Provincial Emulation Flag',
    target: 'collective', conferrer: 'province_chair', frequency: 'yearly', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '26' }, 'UNCONFIRMED', 'Tiêu chuẩn Cờ thi đua của bộ, ban, ngành, tỉnh (nội dung chưa được xác nhận)'), authorityBasis: ART79,
  },
  CO_TD_CP: {
    code: 'CO_TD_CP', kind: 'title', nameVi: 'Cờ thi đua của Chính phủ', officialNameVi: 'Cờ thi đua của Chính phủ', nameEn: 'Government Emulation Flag',
    target: 'collective', conferrer: 'prime_minister', frequency: 'yearly', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '25' }, 'S', 'Tiêu chuẩn "Cờ thi đua của Chính phủ"'), authorityBasis: PM_AUTH,
  },
  GK_SO: {
    code: 'GK_SO', kind: 'form', nameVi: 'Giấy khen của Giám đốc Sở', officialNameVi: 'Giấy khen của Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh', nameEn: 'Certificate of Recognition (department)',
    target: 'both', conferrer: 'director', frequency: 'ad_hoc', selfConferred: true,
    legalBasis: lb('LAW2022', { article: '75' }, 'S', 'Tiêu chuẩn Giấy khen; bộ, ngành, địa phương quy định chi tiết (khoản 2)'), authorityBasis: ART80_1,
  },
  BK_TINH: {
    code: 'BK_TINH', kind: 'form', nameVi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', officialNameVi: 'Bằng khen cấp bộ, ban, ngành, tỉnh', nameEn: 'Certificate of Merit (provincial)',
    target: 'both', conferrer: 'province_chair', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '74' }, 'S', 'Tiêu chuẩn Bằng khen cấp bộ, ban, ngành, tỉnh'), authorityBasis: ART79,
  },
  BK_BO: {
    code: 'BK_BO', kind: 'form', nameVi: 'Bằng khen của Bộ trưởng', officialNameVi: 'Bằng khen cấp bộ, ban, ngành, đoàn thể trung ương', nameEn: 'Certificate of Merit (ministry)',
    target: 'both', conferrer: 'minister', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '74' }, 'S', 'Tiêu chuẩn Bằng khen cấp bộ, ban, ngành, tỉnh'), authorityBasis: MIN_AUTH,
  },
  BK_TTG: {
    code: 'BK_TTG', kind: 'form', nameVi: 'Bằng khen của Thủ tướng Chính phủ', officialNameVi: 'Bằng khen của Thủ tướng Chính phủ', nameEn: "Prime Minister's Certificate of Merit",
    target: 'both', conferrer: 'prime_minister', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '73' }, 'S', 'Tiêu chuẩn Bằng khen của Thủ tướng Chính phủ'), authorityBasis: PM_AUTH,
  },
  KNC: {
    code: 'KNC', kind: 'form', nameVi: 'Kỷ niệm chương', officialNameVi: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh', nameEn: 'Commemorative Medal',
    target: 'individual', conferrer: 'province_chair', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', { article: '71', clause: '2' }, 'S', 'Kỷ niệm chương do bộ, ngành, địa phương quy định'), authorityBasis: lb('LAW2022', { article: '71', clause: '2' }, 'S', 'Bộ, ngành quy định; cấp tỉnh do Hội đồng nhân dân tỉnh quy định'),
  },
  HCLD_3: {
    code: 'HCLD_3', kind: 'form', nameVi: 'Huân chương Lao động hạng Ba', officialNameVi: 'Huân chương Lao động hạng Ba', nameEn: 'Labour Order, Third Class',
    target: 'both', conferrer: 'president', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', {}, 'UNCONFIRMED', 'Tiêu chuẩn Huân chương Lao động (Chương III, chưa chi tiết)'), authorityBasis: PRES_AUTH,
  },
  HCLD_2: {
    code: 'HCLD_2', kind: 'form', nameVi: 'Huân chương Lao động hạng Nhì', officialNameVi: 'Huân chương Lao động hạng Nhì', nameEn: 'Labour Order, Second Class',
    target: 'both', conferrer: 'president', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', {}, 'UNCONFIRMED', 'Tiêu chuẩn Huân chương Lao động (Chương III, chưa chi tiết)'), authorityBasis: PRES_AUTH,
  },
  HCLD_1: {
    code: 'HCLD_1', kind: 'form', nameVi: 'Huân chương Lao động hạng Nhất', officialNameVi: 'Huân chương Lao động hạng Nhất', nameEn: 'Labour Order, First Class',
    target: 'both', conferrer: 'president', frequency: 'ad_hoc', selfConferred: false,
    legalBasis: lb('LAW2022', {}, 'UNCONFIRMED', 'Tiêu chuẩn Huân chương Lao động (Chương III, chưa chi tiết)'), authorityBasis: PRES_AUTH,
  },
};

/** Reward figures per award (same figures under ND98 Art. 54 and ND152 per §2 of the legal doc). */
const REWARDS: Record<AwardCode, RewardFigures> = {
  LDTT: { multiplier: 0.3, collectiveMultiplier: null, itemsVi: 'Tiền thưởng', confidence: 'S' },
  CSTDCS: { multiplier: 1.0, collectiveMultiplier: null, itemsVi: 'Bằng chứng nhận, khung và tiền thưởng', confidence: 'S' },
  CSTD_TINH: { multiplier: 3.0, collectiveMultiplier: null, itemsVi: 'Bằng chứng nhận, khung, huy hiệu và tiền thưởng', confidence: 'S' },
  CSTD_TQ: { multiplier: 4.5, collectiveMultiplier: null, itemsVi: 'Bằng chứng nhận, khung, huy hiệu và tiền thưởng', confidence: 'S' },
  TTLDTT: { multiplier: null, collectiveMultiplier: 0.8, itemsVi: 'Tiền thưởng', confidence: 'S' },
  TTLDXS: { multiplier: null, collectiveMultiplier: 1.5, itemsVi: 'Bằng chứng nhận, khung và tiền thưởng', confidence: 'S' },
  CO_TD_TINH: { multiplier: null, collectiveMultiplier: null, itemsVi: 'Cờ thi đua và tiền thưởng (mức chưa được xác nhận)', confidence: 'UNCONFIRMED' },
  CO_TD_CP: { multiplier: null, collectiveMultiplier: 12.0, itemsVi: 'Cờ thi đua và tiền thưởng', confidence: 'S' },
  GK_SO: { multiplier: 0.3, collectiveMultiplier: null, itemsVi: 'Giấy khen, khung và tiền thưởng', confidence: 'UNCONFIRMED', article: '54', clause: '1' },
  BK_TINH: { multiplier: 1.5, collectiveMultiplier: null, itemsVi: 'Bằng khen, khung và tiền thưởng', confidence: 'S', article: '54', clause: '1' },
  BK_BO: { multiplier: 1.5, collectiveMultiplier: null, itemsVi: 'Bằng khen, khung và tiền thưởng', confidence: 'S', article: '54', clause: '1' },
  BK_TTG: { multiplier: 3.5, collectiveMultiplier: null, itemsVi: 'Bằng khen, khung và tiền thưởng (3,5 hay 3,0 lần chưa thống nhất giữa các nguồn)', confidence: 'UNCONFIRMED', article: '54', clause: '1' },
  KNC: { multiplier: 0.6, collectiveMultiplier: null, itemsVi: 'Kỷ niệm chương và tiền thưởng tối đa 0,6 lần', confidence: 'S' },
  HCLD_3: { multiplier: 4.5, collectiveMultiplier: 9.0, itemsVi: 'Huân chương, bằng và tiền thưởng', confidence: 'S', article: '51', clause: '1' },
  HCLD_2: { multiplier: 7.5, collectiveMultiplier: 15.0, itemsVi: 'Huân chương, bằng và tiền thưởng', confidence: 'S', article: '51', clause: '1' },
  HCLD_1: { multiplier: 9.0, collectiveMultiplier: 18.0, itemsVi: 'Huân chương, bằng và tiền thưởng', confidence: 'S', article: '51', clause: '1' },
};

function buildPeriod(instrument: 'ND98' | 'ND152', effectiveFrom: string, effectiveTo: string | null): AwardEntry[] {
  return AWARD_CODES.map((code) => {
    const r = REWARDS[code];
    // ND98 figures are cited to Art. 54 per the legal doc; ND152 article for titles was not shown.
    const article = instrument === 'ND98' ? '54' : r.article;
    const clause = instrument === 'ND98' ? undefined : r.clause;
    const reward: RewardSpec = {
      multiplier: r.multiplier,
      collectiveMultiplier: r.collectiveMultiplier,
      itemsVi: r.itemsVi,
      legalBasis: lb(instrument, { article, clause }, r.confidence, 'Mức tiền thưởng theo hệ số mức lương cơ sở'),
    };
    return { ...BASES[code], reward, effectiveFrom, effectiveTo };
  });
}

/** All catalogue entries; a new period is appended, never edited in place. */
export const AWARD_CATALOGUE: readonly AwardEntry[] = [
  ...buildPeriod('ND98', '2024-01-01', '2025-06-30'),
  ...buildPeriod('ND152', '2025-07-01', null),
];

/** The catalogue entry of an award in force on a date (ISO yyyy-mm-dd); falls back to the earliest/latest. */
const BY_CODE = new Map<AwardCode, AwardEntry[]>();
for (const e of AWARD_CATALOGUE) {
  const list = BY_CODE.get(e.code) ?? [];
  list.push(e);
  BY_CODE.set(e.code, list);
}

export function findAward(code: AwardCode, onDate: string): AwardEntry {
  let best: AwardEntry | undefined;
  for (const e of BY_CODE.get(code) ?? []) {
    if (e.effectiveFrom <= onDate && (e.effectiveTo === null || onDate <= e.effectiveTo)) return e;
    if (!best) best = e;
    else if (onDate > e.effectiveFrom) best = e;
  }
  if (!best) throw new Error(`Không có danh mục cho mã ${code}`);
  return best;
}

export const AWARD_LABELS: Record<AwardCode, string> = Object.fromEntries(
  AWARD_CODES.map((c) => [c, BASES[c].nameVi]),
) as Record<AwardCode, string>;
