/**
 * Legal instruments and the shape of a legal basis (căn cứ pháp lý) carried by every rule,
 * criterion line and catalogue entry, plus the Vietnamese citation string built from it.
 */
import { z } from 'zod';

export const INSTRUMENT_IDS = [
  'LAW2022',
  'LAW2026',
  'ND98',
  'ND152',
  'TT01',
  'TT15',
  'ND13',
  'TT18',
  'ND90',
  'ND48',
  'ND335',
  'ND233',
  'ND91',
  'BNV_GUIDANCE',
  'CV1168',
  'AGENCY',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const CONFIDENCE_LEVELS = ['P', 'S', 'UNCONFIRMED'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_LABELS_VI: Record<Confidence, string> = {
  P: 'Đã đối chiếu văn bản gốc',
  S: 'Theo nguồn thứ cấp trích dẫn điều luật',
  UNCONFIRMED: 'Chưa được xác nhận',
};

export interface Instrument {
  id: InstrumentId;
  /** Number and symbol, e.g. "152/2025/NĐ-CP". Empty when unknown. */
  number: string;
  /** Name used in citations, e.g. "Nghị định 152/2025/NĐ-CP". */
  nameVi: string;
  /** Full title. */
  titleVi: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  confidence: Confidence;
}

export const INSTRUMENTS: Record<InstrumentId, Instrument> = {
  LAW2022: {
    id: 'LAW2022',
    number: '06/2022/QH15',
    nameVi: 'Luật Thi đua, khen thưởng 2022',
    titleVi: 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    confidence: 'P',
  },
  LAW2026: {
    id: 'LAW2026',
    number: '06/2026/QH16',
    nameVi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (2026)',
    titleVi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng (được cho là số 06/2026/QH16)',
    effectiveFrom: '2026-10-01',
    effectiveTo: null,
    confidence: 'UNCONFIRMED',
  },
  ND98: {
    id: 'ND98',
    number: '98/2023/NĐ-CP',
    nameVi: 'Nghị định 98/2023/NĐ-CP',
    titleVi: 'Nghị định 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
    confidence: 'S',
  },
  ND152: {
    id: 'ND152',
    number: '152/2025/NĐ-CP',
    nameVi: 'Nghị định 152/2025/NĐ-CP',
    titleVi:
      'Nghị định 152/2025/NĐ-CP ngày 14/6/2025 quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    confidence: 'S',
  },
  TT01: {
    id: 'TT01',
    number: '01/2024/TT-BNV',
    nameVi: 'Thông tư 01/2024/TT-BNV',
    titleVi: 'Thông tư 01/2024/TT-BNV ngày 24/02/2024 của Bộ trưởng Bộ Nội vụ',
    effectiveFrom: '2024-02-24',
    effectiveTo: null,
    confidence: 'S',
  },
  TT15: {
    id: 'TT15',
    number: '15/2025/TT-BNV',
    nameVi: 'Thông tư 15/2025/TT-BNV',
    titleVi: 'Thông tư 15/2025/TT-BNV ngày 04/8/2025 của Bộ trưởng Bộ Nội vụ',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'S',
  },
  ND13: {
    id: 'ND13',
    number: '13/2012/NĐ-CP',
    nameVi: 'Nghị định 13/2012/NĐ-CP (Điều lệ Sáng kiến)',
    titleVi: 'Nghị định 13/2012/NĐ-CP ngày 02/3/2012 ban hành Điều lệ Sáng kiến',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'S',
  },
  TT18: {
    id: 'TT18',
    number: '18/2013/TT-BKHCN',
    nameVi: 'Thông tư 18/2013/TT-BKHCN',
    titleVi: 'Thông tư 18/2013/TT-BKHCN hướng dẫn thi hành Điều lệ Sáng kiến',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'S',
  },
  ND90: {
    id: 'ND90',
    number: '90/2020/NĐ-CP',
    nameVi: 'Nghị định 90/2020/NĐ-CP',
    titleVi: 'Nghị định 90/2020/NĐ-CP về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức (sửa đổi bởi Nghị định 48/2023/NĐ-CP)',
    effectiveFrom: null,
    effectiveTo: '2026-06-30',
    confidence: 'S',
  },
  ND48: {
    id: 'ND48',
    number: '48/2023/NĐ-CP',
    nameVi: 'Nghị định 48/2023/NĐ-CP',
    titleVi: 'Nghị định 48/2023/NĐ-CP sửa đổi, bổ sung Nghị định 90/2020/NĐ-CP',
    effectiveFrom: null,
    effectiveTo: '2026-06-30',
    confidence: 'UNCONFIRMED',
  },
  ND335: {
    id: 'ND335',
    number: '335/2025/NĐ-CP',
    nameVi: 'Nghị định 335/2025/NĐ-CP',
    titleVi: 'Nghị định 335/2025/NĐ-CP ngày 21/12/2025 về đánh giá, xếp loại chất lượng cơ quan hành chính nhà nước và công chức',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    confidence: 'S',
  },
  ND233: {
    id: 'ND233',
    number: '233/2026/NĐ-CP',
    nameVi: 'Nghị định 233/2026/NĐ-CP',
    titleVi: 'Nghị định 233/2026/NĐ-CP ngày 26/6/2026 về đánh giá, xếp loại chất lượng đơn vị sự nghiệp công lập và viên chức',
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    confidence: 'P',
  },
  ND91: {
    id: 'ND91',
    number: '91/2017/NĐ-CP',
    nameVi: 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)',
    titleVi: 'Nghị định 91/2017/NĐ-CP quy định chi tiết thi hành Luật Thi đua, khen thưởng 2003 (đã hết hiệu lực, chỉ dùng tham khảo)',
    effectiveFrom: null,
    effectiveTo: '2023-12-31',
    confidence: 'S',
  },
  BNV_GUIDANCE: {
    id: 'BNV_GUIDANCE',
    number: '',
    nameVi: 'Hướng dẫn, trả lời của Bộ Nội vụ',
    titleVi: 'Văn bản hướng dẫn, trả lời của Bộ Nội vụ (giá trị áp dụng thực tế, không phải văn bản quy phạm pháp luật)',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'S',
  },
  CV1168: {
    id: 'CV1168',
    number: '1168/BNV-BTĐKT',
    nameVi: 'Công văn 1168/BNV-BTĐKT',
    titleVi: 'Công văn 1168/BNV-BTĐKT ngày 06/02/2026 của Bộ Nội vụ về sáng kiến, đề tài khi xét tặng Bằng khen',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'UNCONFIRMED',
  },
  AGENCY: {
    id: 'AGENCY',
    number: '',
    nameVi: 'Quy định của cơ quan',
    titleVi: 'Quy chế thi đua, khen thưởng của tỉnh hoặc của cơ quan',
    effectiveFrom: null,
    effectiveTo: null,
    confidence: 'UNCONFIRMED',
  },
};

export const LegalBasisSchema = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS),
  /** Name of the document when the instrument is AGENCY (e.g. "Quyết định 12/2025/QĐ-UBND tỉnh Lạng Sơn"). */
  instrumentName: z.string().min(1).optional(),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  /** Short Vietnamese statement of what the provision requires (paraphrase). */
  text: z.string(),
  /** Agency setting key when the rule's value comes from the agency's own settings. */
  setting: z.string().optional(),
}).meta({ id: 'CatalogueLegalBasis' });
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/**
 * Vietnamese citation: "Điều 24 khoản 1 điểm a Luật Thi đua, khen thưởng 2022".
 * A provision without a known article number says so; UNCONFIRMED ones say "chưa được xác nhận".
 */
export function citeVi(lb: LegalBasis): string {
  let s = citeWhereVi(lb);
  if (lb.confidence === 'UNCONFIRMED') s += ' (chưa được xác nhận)';
  if (lb.setting) s += `; thiết lập của cơ quan: ${lb.setting}`;
  return s;
}

/**
 * Where the provision is, without the markers a screen shows apart (confidence, agency setting):
 * "Điều 24 Luật Thi đua, khen thưởng 2022". citeVi = this + the markers.
 */
export function citeWhereVi(lb: Pick<LegalBasis, 'instrument' | 'instrumentName' | 'article' | 'clause' | 'point'>): string {
  const name = lb.instrumentName ?? INSTRUMENTS[lb.instrument].nameVi;
  const parts: string[] = [];
  if (lb.article) parts.push(`Điều ${lb.article}`);
  if (lb.clause) parts.push(`khoản ${lb.clause}`);
  if (lb.point) parts.push(`điểm ${lb.point}`);
  const s = parts.length > 0 ? `${parts.join(' ')} ${name}` : name;
  return s[0]!.toUpperCase() + s.slice(1) + (!lb.article && (lb.clause || lb.point) ? ' (chưa xác định số điều)' : '');
}

/** A legal basis with its citation computed once (rules reuse these constants). */
export interface CitedBasis {
  legalBasis: LegalBasis;
  citation: string;
}

export function cited(legalBasis: LegalBasis): CitedBasis {
  return { legalBasis, citation: citeVi(legalBasis) };
}

/** Shorthand for building legal bases in data tables. */
export function lb(
  instrument: InstrumentId,
  where: { article?: string; clause?: string; point?: string },
  confidence: Confidence,
  text: string,
): LegalBasis {
  const out = { instrument } as LegalBasis;
  if (where.article) out.article = where.article;
  if (where.clause) out.clause = where.clause;
  if (where.point) out.point = where.point;
  out.confidence = confidence;
  out.text = text;
  return out;
}
