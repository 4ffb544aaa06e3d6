/**
 * Consecutive-year runs ("liên tục"): an unbroken run of achievement years ending in a given year.
 * A year that fails the test breaks the run; a 'skip' year is neutral only when the agency's
 * consecutiveWindowMode allows it (EXCUSED_YEARS_NEUTRAL), otherwise it breaks the run too.
 */
export type YearTest = (year: number) => 'yes' | 'no' | 'skip';

export interface Run {
  /** Years counted, ascending. */
  years: number[];
  /** First year that broke the run when walking back (null when stopped by the window floor). */
  brokenAt: number | null;
  /** Neutral years passed over. */
  skipped: number[];
  /** The run stopped because it reached the window floor. */
  stoppedAtFloor: boolean;
}

const MAX_SPAN = 80;

/** Walk back from `end` while the test holds, never below `floor`. */
export function runEndingAt(end: number, floor: number, test: YearTest, allowSkip: boolean): Run {
  const years: number[] = [];
  const skipped: number[] = [];
  const lowest = Math.max(floor, end - MAX_SPAN);
  let brokenAt: number | null = null;
  let y = end;
  for (; y >= lowest; y--) {
    const t = test(y);
    if (t === 'yes') years.push(y);
    else if (t === 'skip' && allowSkip) skipped.push(y);
    else {
      brokenAt = y;
      break;
    }
  }
  years.reverse();
  skipped.reverse();
  return { years, brokenAt, skipped, stoppedAtFloor: brokenAt === null };
}

/** The latest run that ends at or before `end` (first 'yes' year found walking back). */
export function latestRunAtOrBefore(end: number, floor: number, test: YearTest, allowSkip: boolean): Run {
  const lowest = Math.max(floor, end - MAX_SPAN);
  for (let y = end; y >= lowest; y--) {
    if (test(y) === 'yes') return runEndingAt(y, floor, test, allowSkip);
  }
  return { years: [], brokenAt: null, skipped: [], stoppedAtFloor: true };
}

/** Window floor: the year after the latest of the given decision years (or -∞). */
export function floorAfter(...years: (number | null | undefined)[]): number {
  let f = Number.NEGATIVE_INFINITY;
  for (const y of years) if (y !== null && y !== undefined && y + 1 > f) f = y + 1;
  return f;
}
