/**
 * The TĐKT record of a person and of a collective, year by year, assembled from plain rows (the
 * record pages show it next to the engine's explanation). Pure: no database, no clock. It builds the
 * API's view rows (src/shared/schemas/records), so it lives with the service, not in the domain.
 */
import type { InitiativeRow, PersonTimeline, ScienceTaskRow, UnitTimeline } from '../../../shared/schemas/records';
import { assignmentInYear, type AssignmentSpan } from '../../../domain/records/unit-in-year';

type Assignment = AssignmentSpan & { personId: string; unitName: string };
interface RatingRec {
  id: string;
  personId: string | null;
  year: number;
  level: string;
  regime: string;
  ratedInUnitId: string | null;
  decisionNo: string;
  decidedOn: string | null;
  spiritAttested: boolean;
}
interface AwardRec {
  id: string;
  personId: string | null;
  year: number;
  awardCode: string;
  basisType: string;
  cstdcsBasis: string | null;
  decisionNo: string;
  decidedOn: string | null;
  conferredBy: string;
  source: string;
  basis: { kind: 'initiative' | 'science_task'; id: string; title: string }[];
}
interface DisciplineRec {
  id: string;
  form: string;
  decisionNo: string;
  decidedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  dutyRelated: boolean;
  reason: string;
}
interface InspectionRec {
  id: string;
  kind: string;
  title: string;
  openedOn: string;
  concludedOn: string | null;
  conclusionNo: string;
  hasViolation: boolean;
  remedied: boolean;
  remediedOn: string | null;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
/** Whether [from, to] (to null = still running) overlaps calendar year y. */
const spansYear = (from: string, to: string | null, y: number) => from <= `${y}-12-31` && (to === null || to >= `${y}-01-01`);
const yearsBetween = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const presentRating = (r: RatingRec) => ({
  id: r.id, level: r.level, regime: r.regime, ratedInUnitId: r.ratedInUnitId, decisionNo: r.decisionNo, decidedOn: r.decidedOn, spiritAttested: r.spiritAttested,
});
const presentAward = (a: AwardRec) => ({
  id: a.id, awardCode: a.awardCode, basisType: a.basisType, cstdcsBasis: a.cstdcsBasis, decisionNo: a.decisionNo, decidedOn: a.decidedOn,
  conferredBy: a.conferredBy, source: a.source, basis: a.basis,
});

export interface PersonTimelineInput {
  personId: string;
  assignments: Assignment[];
  ratings: RatingRec[];
  awards: AwardRec[];
  initiatives: InitiativeRow[];
  scienceTasks: ScienceTaskRow[];
  disciplines: DisciplineRec[];
  inspections: InspectionRec[];
}

/** Year by year, most recent first, from the first year anything is known up to `currentYear`. */
export function buildPersonTimeline(input: PersonTimelineInput, currentYear: number): Omit<PersonTimeline, 'person'> {
  const years = new Set<number>();
  const lastAssignmentYear = Math.max(...input.assignments.map((a) => (a.toDate ? yearOf(a.toDate) : currentYear)), -Infinity);
  for (const a of input.assignments) for (const y of yearsBetween(yearOf(a.fromDate), a.toDate ? yearOf(a.toDate) : currentYear)) years.add(y);
  for (const r of input.ratings) years.add(r.year);
  for (const a of input.awards) years.add(a.year);
  for (const i of input.initiatives) years.add(yearOf(i.recognizedOn));
  for (const t of input.scienceTasks) if (t.acceptedOn) years.add(yearOf(t.acceptedOn));
  const until = Math.max(lastAssignmentYear, ...years);
  for (const d of input.disciplines) for (const y of yearsBetween(yearOf(d.effectiveFrom), Math.min(yearOf(d.effectiveTo), until))) years.add(y);
  for (const s of input.inspections) for (const y of yearsBetween(yearOf(s.openedOn), s.concludedOn ? yearOf(s.concludedOn) : until)) years.add(y);

  const taskView = ({ applicationEvidence: _evidence, members, ...t }: ScienceTaskRow) => ({
    ...t,
    role: members.find((m) => m.personId === input.personId)?.role ?? '',
  });

  return {
    years: [...years]
      .sort((a, b) => b - a)
      .map((year) => {
        const held = assignmentInYear(input.assignments, year);
        return {
          year,
          unit: held ? { id: held.unitId, name: held.unitName, position: held.position, isLeader: held.isLeader, staffCategory: held.staffCategory } : null,
          rating: (() => {
            const r = input.ratings.find((x) => x.year === year);
            return r ? presentRating(r) : null;
          })(),
          awards: input.awards.filter((a) => a.year === year).map(presentAward),
          initiatives: input.initiatives
            .filter((i) => yearOf(i.recognizedOn) === year)
            .map(({ effectEvidence: _e, ...i }) => ({ ...i, ownSharePct: i.authors.find((a) => a.personId === input.personId)?.sharePct ?? 0 })),
          scienceTasks: input.scienceTasks.filter((t) => t.acceptedOn && yearOf(t.acceptedOn) === year).map(taskView),
          disciplines: input.disciplines
            .filter((d) => spansYear(d.effectiveFrom, d.effectiveTo, year))
            .map((d) => ({ id: d.id, form: d.form, decisionNo: d.decisionNo, decidedOn: d.decidedOn, effectiveFrom: d.effectiveFrom, effectiveTo: d.effectiveTo, dutyRelated: d.dutyRelated, reason: d.reason })),
          inspections: input.inspections
            .filter((s) => spansYear(s.openedOn, s.concludedOn, year))
            .map((s) => ({
              id: s.id, kind: s.kind, title: s.title, openedOn: s.openedOn, concludedOn: s.concludedOn, status: (s.concludedOn ? 'concluded' : 'open') as 'open' | 'concluded',
              conclusionNo: s.conclusionNo, hasViolation: s.hasViolation, remedied: s.remedied, remediedOn: s.remediedOn,
            })),
        };
      }),
    scienceTasksInProgress: input.scienceTasks.filter((t) => !t.acceptedOn).map(taskView),
  };
}

/** Titles counted as "Lao động tiên tiến" in a collective's share: LĐTT, and CSTĐCS conferred on top of it. */
const LDTT_OR_ABOVE = new Set(['LDTT', 'CSTDCS']);

export interface UnitTimelineInput {
  unitId: string;
  ratings: RatingRec[];
  awards: AwardRec[];
  people: { id: string; code: string; fullName: string; sortKey: string }[];
  assignments: Assignment[];
  memberRatings: RatingRec[];
  memberAwards: { personId: string | null; year: number; awardCode: string }[];
  memberDisciplines: { personId: string; form: string; effectiveFrom: string; effectiveTo: string }[];
  /** Whether the reader may see this person's record (their current unit is in scope). */
  canSee: (personId: string) => boolean;
}

const byPerson = <T extends { personId: string | null }>(rows: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) if (r.personId) out.set(r.personId, [...(out.get(r.personId) ?? []), r]);
  return out;
};

/**
 * A collective year by year (most recent first): its rating and awards, and its members that year
 * (each person counted in the unit held on 31/12 — see unit-in-year) with their rating and titles.
 */
export function buildUnitTimeline(input: UnitTimelineInput, currentYear: number): UnitTimeline['years'] {
  const assignments = byPerson(input.assignments);
  const ratings = byPerson(input.memberRatings);
  const awards = byPerson(input.memberAwards);
  const disciplines = byPerson(input.memberDisciplines);
  const own = input.assignments.filter((a) => a.unitId === input.unitId);
  const firstYear = Math.min(...own.map((a) => yearOf(a.fromDate)), ...input.ratings.map((r) => r.year), ...input.awards.map((a) => a.year));
  const lastYear = Math.max(currentYear, ...input.ratings.map((r) => r.year), ...input.awards.map((a) => a.year));
  if (!Number.isFinite(firstYear)) return [];
  const people = [...input.people].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.code.localeCompare(b.code)));
  const out: UnitTimeline['years'] = [];
  for (let year = lastYear; year >= firstYear; year--) {
    const members = people.flatMap((p) => {
      const held = assignmentInYear(assignments.get(p.id) ?? [], year);
      return held && held.unitId === input.unitId ? [{ p, held }] : [];
    });
    const rating = input.ratings.find((r) => r.year === year);
    const unitAwards = input.awards.filter((a) => a.year === year);
    if (!members.length && !rating && !unitAwards.length) continue;
    const ratingCounts: Record<string, number> = {};
    let withLdtt = 0;
    const listed: UnitTimeline['years'][number]['members'] = [];
    for (const { p, held } of members) {
      const level = ratings.get(p.id)?.find((r) => r.year === year)?.level ?? null;
      const titles = (awards.get(p.id) ?? []).filter((a) => a.year === year).map((a) => a.awardCode);
      ratingCounts[level ?? 'MISSING'] = (ratingCounts[level ?? 'MISSING'] ?? 0) + 1;
      if (titles.some((t) => LDTT_OR_ABOVE.has(t))) withLdtt++;
      if (!input.canSee(p.id)) continue;
      listed.push({
        personId: p.id, code: p.code, fullName: p.fullName, position: held.position, isLeader: held.isLeader, staffCategory: held.staffCategory,
        rating: level, awards: titles,
        disciplines: (disciplines.get(p.id) ?? []).filter((d) => spansYear(d.effectiveFrom, d.effectiveTo, year)).map((d) => d.form),
      });
    }
    out.push({
      year,
      rating: rating ? presentRating(rating) : null,
      awards: unitAwards.map(presentAward),
      memberCount: members.length,
      membersWithLdtt: withLdtt,
      ldttShare: members.length ? Math.round((withLdtt / members.length) * 10000) / 10000 : null,
      ratingCounts,
      membersHidden: members.length - listed.length,
      members: listed,
    });
  }
  return out;
}
