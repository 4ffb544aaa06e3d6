/** Plausible, unique document numbers ("125/QĐ-SKHCN"): numbering restarts each year per issuer. */
import { dayOfYear, yearOf } from './dates';

/** Issuer suffixes and roughly how many documents of the kind each issues a day. */
const ISSUERS = {
  SKHCN: { suffix: 'QĐ-SKHCN', perDay: 0.9 },
  UBND: { suffix: 'QĐ-UBND', perDay: 7 },
  TTUD: { suffix: 'QĐ-TTUDTK', perDay: 0.3 },
  TTCNTT: { suffix: 'QĐ-TTCNTT', perDay: 0.3 },
  CCTDC: { suffix: 'QĐ-CCTĐC', perDay: 0.4 },
  TTR_KL: { suffix: 'KL-TTr', perDay: 0.1 },
  TTR_QD: { suffix: 'QĐ-TTr', perDay: 0.1 },
} as const;
export type Issuer = keyof typeof ISSUERS;

export function createDecisionNumbers() {
  const used = new Set<string>();
  return (issuer: Issuer, date: string): string => {
    const { suffix, perDay } = ISSUERS[issuer];
    let n = Math.max(1, Math.round(dayOfYear(date) * perDay));
    while (used.has(`${yearOf(date)}:${n}/${suffix}`)) n++;
    used.add(`${yearOf(date)}:${n}/${suffix}`);
    return `${n}/${suffix}`;
  };
}
export type DecisionNumbers = ReturnType<typeof createDecisionNumbers>;
