/** The year-end review looks back: by default the year that has just ended. */
export function lastYear(today = new Date()): number {
  return today.getFullYear() - 1;
}

/** Years offered in pickers: this year and the ones before it, most recent first. */
export function recentYears(count = 8, today = new Date()): number[] {
  const current = today.getFullYear();
  return Array.from({ length: count }, (_, i) => current - i);
}

export function yearFromParam(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : fallback;
}
