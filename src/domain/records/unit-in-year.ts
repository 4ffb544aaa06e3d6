/** Which unit a person belonged to in a given year, from the assignment history. */

export interface AssignmentSpan {
  unitId: string;
  fromDate: string;
  toDate: string | null;
  position: string;
  isLeader: boolean;
  staffCategory: string;
}

const overlapsYear = (a: AssignmentSpan, year: number) =>
  a.fromDate <= `${year}-12-31` && (a.toDate === null || a.toDate >= `${year}-01-01`);

/**
 * The assignment a year is judged with: the one held on 31 December of that year (the rating and
 * the year-end review happen then); if the person left during the year, the last one held in it.
 * Null when the person had no assignment in that year.
 */
export function assignmentInYear<T extends AssignmentSpan>(assignments: readonly T[], year: number): T | null {
  const yearEnd = `${year}-12-31`;
  let best: T | null = null;
  for (const a of assignments) {
    if (!overlapsYear(a, year)) continue;
    if (!best) {
      best = a;
      continue;
    }
    const aEnd = a.toDate === null || a.toDate >= yearEnd ? yearEnd : a.toDate;
    const bEnd = best.toDate === null || best.toDate >= yearEnd ? yearEnd : best.toDate;
    if (aEnd > bEnd || (aEnd === bEnd && a.fromDate > best.fromDate)) best = a;
  }
  return best;
}
