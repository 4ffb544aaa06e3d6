/** Small Vietnamese formatting helpers for criterion details. */
import { formatNumberVi } from '../text/numbers';

/** "2025-01-01" → "01/01/2025". */
export function fmtDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** 0.5 → "50%", 2/3 → "66,7%" (the one Vietnamese number formatter, src/domain/text/numbers.ts). */
export function fmtShare(share: number): string {
  return `${formatNumberVi(Math.round(share * 1000) / 10, 1)}%`;
}

export function fmtPct(pct: number): string {
  return `${formatNumberVi(pct, 6)}%`;
}

/** [2023, 2024, 2025] → "2023, 2024, 2025"; [] → "(không có)". */
export function fmtYears(years: readonly number[]): string {
  return years.length === 0 ? '(không có)' : years.join(', ');
}

export function upperFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
