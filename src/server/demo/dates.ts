/** Date helpers for the demo dataset; dates are 'yyyy-mm-dd' strings, as the database stores them. */
import type { Rng } from './names';

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => fromUtc(toUtc(iso) + days * 86_400_000);
export const dayBefore = (iso: string) => addDays(iso, -1);
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
export const dayOfYear = (iso: string) => Math.round((toUtc(iso) - Date.UTC(yearOf(iso), 0, 1)) / 86_400_000) + 1;

/** A random day in [from, to]. */
export function randomDate(rng: Rng, from: string, to: string): string {
  const days = Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, days)));
}

/** The first day of a random month between two months (inclusive). */
export function randomMonthStart(rng: Rng, from: string, to: string): string {
  const a = yearOf(from) * 12 + Number(from.slice(5, 7)) - 1;
  const b = yearOf(to) * 12 + Number(to.slice(5, 7)) - 1;
  const m = rng.int(a, b);
  return isoDate(Math.floor(m / 12), (m % 12) + 1, 1);
}
