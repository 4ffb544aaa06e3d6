import { AWARD_LABELS, type AwardCode } from '../../../domain/catalogue/awards';

/** "Chiến sĩ thi đua cơ sở năm 2024 (quyết định số 12/QĐ-SKHCN)" — how messages name an award. */
export const awardName = (u: { awardCode: string; year: number; decisionNo: string }) =>
  `${AWARD_LABELS[u.awardCode as AwardCode] ?? u.awardCode} năm ${u.year}${u.decisionNo ? ` (quyết định số ${u.decisionNo})` : ''}`;
