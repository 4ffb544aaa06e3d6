import type { ScreenedPerson, ScreenedUnit, ScreeningResult } from '../../../shared/schemas/eligibility';
import { format } from 'date-fns';
import type { Db } from '../../../db/client';
import type { CaseData } from '../../../db/queries/records/case-data';
import { loadScreeningData } from '../../../db/queries/records/screening-data';
import { agencySettingsAt } from '../records/settings';
import { findAward, type EvaluableAward } from '../../../domain/catalogue';
import { screenMany, selectLegalRegime, type ScreeningCase, type VerdictStatus } from '../../../domain/eligibility';
import { notFound } from '../../errors';
import { personCase, screeningCases, unitCase } from './build-cases';

/** Titles and forms screened at year end: what the department confers, and what it proposes upward. */
export const INDIVIDUAL_SCREENING_AWARDS: EvaluableAward[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ', 'BK_TINH', 'BK_TTG'];
export const COLLECTIVE_SCREENING_AWARDS: EvaluableAward[] = ['TTLDTT', 'TTLDXS'];

export interface ScreeningOptions {
  agencyId: string;
  year: number;
  /** Root of a unit subtree (a unit head's scope, or a filter). */
  unitId?: string;
  /** Date the check is made; default today (open inspections and penalties in force are judged then). */
  asOf?: string;
}

export type { ScreeningCell, ScreenedPerson, ScreenedUnit, ScreeningResult } from '../../../shared/schemas/eligibility';

/** Cases from `loadCaseData` (the reference path; the screening itself uses loadScreeningData + screeningCases). */
export function buildCases(data: CaseData, opts: { year: number; asOf: string; unitFilter?: (unitId: string) => boolean }) {
  const ctx = { year: opts.year, asOf: opts.asOf };
  const people: ScreeningCase[] = [];
  for (const id of data.candidatePersonIds) {
    const c = personCase(data, id, ctx);
    if (c) people.push(c);
  }
  const units: ScreeningCase[] = [];
  for (const u of data.units.values()) {
    if (!u.target || !u.active) continue;
    const c = unitCase(data, u.id, ctx);
    if (c && c.subject.kind === 'collective' && c.subject.members.length) units.push(c);
  }
  return { people, units };
}

/** Year-end screening: everyone in scope against every title and form, with the reasons for each refusal. */
export async function screen(db: Db, opts: ScreeningOptions): Promise<ScreeningResult> {
  const asOf = opts.asOf ?? format(new Date(), 'yyyy-MM-dd');
  const [data, settings] = await Promise.all([
    loadScreeningData(db, { agencyId: opts.agencyId, year: opts.year, unitId: opts.unitId }),
    agencySettingsAt(db, opts.agencyId, asOf),
  ]);
  // A unit of another agency, or no unit at all: "not found", as for any record out of reach.
  if (opts.unitId && !data.units.has(opts.unitId)) throw notFound('đơn vị');
  const cases = screeningCases(data, { year: opts.year, asOf });
  const personRows = screenMany(cases.people, INDIVIDUAL_SCREENING_AWARDS, settings);
  const unitRows = screenMany(cases.units, COLLECTIVE_SCREENING_AWARDS, settings);

  const summary: ScreeningResult['summary'] = {};
  const count = (award: EvaluableAward, status: VerdictStatus) => {
    (summary[award] ??= { eligible: 0, awaiting_council: 0, not_eligible: 0, missing_information: 0, deferred: 0 })[status]++;
  };
  const peopleById = new Map<string, ScreenedPerson>();
  for (const p of data.people) {
    peopleById.set(p.id, {
      id: p.id, code: p.code, fullName: p.fullName, unitId: p.unitId, unitName: data.units.get(p.unitId)?.name ?? '',
      position: p.position, staffCategory: p.staffCategory, isDirectWorker: p.isDirectWorker, results: {},
    });
  }
  for (const r of personRows) {
    peopleById.get(r.subjectId)!.results[r.award] = { status: r.status, issues: r.issues };
    count(r.award, r.status);
  }
  const unitsById = new Map<string, ScreenedUnit>();
  for (const c of cases.units) {
    const u = data.units.get(c.subject.id)!;
    unitsById.set(u.id, {
      id: u.id, code: u.code, name: u.name, kind: u.kind,
      memberCount: c.subject.kind === 'collective' ? c.subject.members.length : 0, results: {},
    });
  }
  for (const r of unitRows) {
    unitsById.get(r.subjectId)!.results[r.award] = { status: r.status, issues: r.issues };
    count(r.award, r.status);
  }
  const regime = selectLegalRegime(asOf, settings);
  return {
    year: opts.year,
    asOf,
    regime: regime ? { id: regime.id, name: regime.name } : null,
    awards: { individual: INDIVIDUAL_SCREENING_AWARDS, collective: COLLECTIVE_SCREENING_AWARDS },
    people: [...peopleById.values()],
    units: [...unitsById.values()],
    summary,
  };
}

/** Award names for headers: the catalogue entry in force at the end of the year. */
export function awardNames(year: number, awards: readonly EvaluableAward[]) {
  return awards.map((code) => ({ code, name: findAward(code, `${year}-12-31`).nameVi }));
}
