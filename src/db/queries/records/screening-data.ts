/**
 * What year-end screening judges, for an agency (or a unit subtree) and a year, loaded for speed:
 * the database does the per-row work and sends one value per part (ratings and awards of the whole
 * agency as one compact text, see screening-text.ts; people and the sparse records as JSON arrays),
 * so a province of 50,000 people is a few values per agency instead of a million rows to decode.
 *
 * Same people and records as `loadCaseData` (see there), reduced to what the engine judges:
 * - candidates are the people whose unit in `year` (assignment held on 31/12, else the last one held
 *   in the year: domain/records/unit-in-year) is in the target units; a collective's members are
 *   candidates too, so no one else is kept;
 * - ratings (years ≤ `year`) and awards come already as engine records: codes outside the catalogue
 *   are dropped or defaulted in the query exactly as build-cases does for `loadCaseData` (which also
 *   keeps the compact text safe); award ids and decision numbers are not loaded (never judged);
 * - an initiative's or S&T task's uses are those by the person's own awards (a co-author's use does
 *   not consume it for another author); inspections naming a person, else a target unit.
 * For one person's or one unit's full explanation, use `loadCaseData`.
 */
import { entityKind, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client';
import { rowsOf } from '../../client';
import type { AwardRecord, RatingRecord } from '../../../domain/eligibility';
import { subtreeOf } from '../../../domain/policies';
import { assignmentInYear, type AssignmentSpan } from '../../../domain/records/unit-in-year';
import type { CaseAnswer, CaseAward, CaseRating } from './case-data';
import { awardsTextQuery, decodeAwards, decodeRatings, ratingsTextQuery } from './screening-text';

export interface ScreeningDataOptions {
  agencyId: string;
  /** The achievement year under review. */
  year: number;
  /** Root of a unit subtree; omitted = the whole agency. */
  unitId?: string;
}

/** An achievement's use by one of the person's own awards (award code not yet checked). */
export interface ScreeningUse {
  awardCode: string;
  year: number;
}

export interface ScreeningInitiative {
  id: string;
  title: string;
  recognizedBy: string;
  recognizedOn: string;
  impactScope: string;
  impactRecognizedByProvinceHead: boolean;
  appliedEffectively: boolean;
  replicable: boolean;
  sharePct: number;
  usedBy: ScreeningUse[];
}

export interface ScreeningScienceTask {
  id: string;
  title: string;
  kind: string;
  level: string;
  acceptedOn: string | null;
  acceptanceResult: string | null;
  applied: boolean;
  impactScope: string;
  impactRecognizedByProvinceHead: boolean;
  usedBy: ScreeningUse[];
}

export interface ScreeningDiscipline {
  form: string;
  decidedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  dutyRelated: boolean;
}

export interface ScreeningInspection {
  kind: string;
  title: string;
  openedOn: string;
  concludedOn: string | null;
  hasViolation: boolean;
}

export interface ScreeningPerson {
  id: string;
  code: string;
  fullName: string;
  sortKey: string;
  isDirectWorker: boolean;
  /** Unit, position, leadership and staff category held in `year`. */
  unitId: string;
  position: string;
  isLeader: boolean;
  staffCategory: string;
  ratings: RatingRecord[];
  awards: AwardRecord[];
  initiatives: ScreeningInitiative[];
  scienceTasks: ScreeningScienceTask[];
  disciplines: ScreeningDiscipline[];
  inspections: ScreeningInspection[];
  /** Answers attested for `year` (xác nhận), as loadCaseData gives them. */
  answers: CaseAnswer[];
}

export interface ScreeningUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  active: boolean;
  sortOrder: number;
  /** Is in the target subtree (the whole agency when no subtree was asked for). */
  target: boolean;
  /** The unit's own ratings (years ≤ `year`) and awards, as `loadCaseData` gives them (only for target units). */
  ratings: CaseRating[];
  awards: CaseAward[];
  inspections: ScreeningInspection[];
  answers: CaseAnswer[];
}

export interface ScreeningData {
  agencyId: string;
  year: number;
  /** Candidates (people whose unit in `year` is a target unit), Vietnamese name order. */
  people: ScreeningPerson[];
  /** Every unit of the agency. */
  units: Map<string, ScreeningUnit>;
}

const EMPTY: never[] = [];

/**
 * PGlite runs in this thread, one query after another: one round trip is cheaper there. A server
 * runs the four parts side by side on as many connections.
 */
const runsInProcess = (db: Db) => (db.constructor as { [entityKind]?: string })[entityKind] === 'PgliteDatabase';

/** Target units: the agency's units, or the subtree under `unitId` (nothing when it is not the agency's). */
function targetUnits(agencyId: string, unitId: string | undefined): SQL {
  if (!unitId) return sql`SELECT id FROM units WHERE agency_id = ${agencyId}`;
  return sql`WITH RECURSIVE t(id) AS (
      SELECT id FROM units WHERE agency_id = ${agencyId} AND id = ${unitId}
      UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id WHERE u.agency_id = ${agencyId}
    ) SELECT id FROM t`;
}

/**
 * `col` is a person who may be a candidate: anyone, for the whole agency (records are filtered by
 * agency and matched to candidates in code); for a subtree, those assigned to it during the year.
 */
function mayBeCandidate(col: SQL, opts: ScreeningDataOptions, yearStart: string, yearEnd: string): SQL {
  if (!opts.unitId) return sql`true`;
  return sql`${col} IN (SELECT a.person_id FROM person_assignments a WHERE a.unit_id IN (${targetUnits(opts.agencyId, opts.unitId)})
    AND a.from_date <= ${yearEnd}::date AND (a.to_date IS NULL OR a.to_date >= ${yearStart}::date))`;
}

type Owned<T> = Map<string, T[]>;

function add<T>(map: Owned<T>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lists start as the shared EMPTY (most people have no initiative, discipline or inspection). */
function append<T>(list: T[], value: T): T[] {
  if (list === EMPTY) return [value];
  list.push(value);
  return list;
}

const json = <T>(text: string | null): T[] => (text ? (JSON.parse(text) as T[]) : []);

type UsesRow = [string, number][] | null;
type PersonRow = [string, string, string, string, boolean, string, string, string | null, string, boolean, string];
type UnitRow = [string, string | null, string, string, string, boolean, number];
type UnitRatingRow = [string, number, string, string, string | null, boolean];
type UnitAwardRow = [string, string, string, number, string, string | null, string, string | null, string];
type InitiativeRow = [string, string, string, string, string, string, boolean, boolean, boolean, number, UsesRow];
type TaskRow = [string, string, string, string, string, string | null, string | null, boolean, string, boolean, UsesRow];
type DisciplineRow = [string, string, string, string, string, boolean];
type InspectionRow = [string | null, string | null, string, string, string, string | null, boolean];
type AnswerRow = [string | null, string | null, string, unknown];

const uses = (rows: UsesRow): ScreeningUse[] => (rows ? rows.map(([awardCode, year]) => ({ awardCode, year })) : EMPTY);

export async function loadScreeningData(db: Db, opts: ScreeningDataOptions): Promise<ScreeningData> {
  const { agencyId, year } = opts;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const ofPeople = (col: SQL) => mayBeCandidate(col, opts, yearStart, yearEnd);
  // `col = ANY(ARRAY(subquery))` and `LATERAL (… OFFSET 0)` make the planner probe the per-unit and
  // per-initiative indexes instead of scanning whole tables for each agency.
  const agencyUnits = sql`SELECT id FROM units WHERE agency_id = ${agencyId}`;

  // The agency's people with their assignments overlapping the year (the one held is chosen below).
  const peopleSql = sql`SELECT json_agg(json_build_array(p.id, p.code, p.full_name, p.sort_key, p.is_direct_worker,
        a.unit_id, a.from_date, a.to_date, a.position, a.is_leader, a.staff_category))::text AS t
      FROM persons p
      CROSS JOIN LATERAL (
        SELECT unit_id, from_date, to_date, position, is_leader, staff_category FROM person_assignments
        WHERE person_id = p.id AND from_date <= ${yearEnd}::date AND (to_date IS NULL OR to_date >= ${yearStart}::date) OFFSET 0) a
      WHERE p.agency_id = ${agencyId} AND ${ofPeople(sql`p.id`)}`;
  const personRatings = ratingsTextQuery(sql`person_id`, sql`agency_id = ${agencyId} AND person_id IS NOT NULL AND year <= ${year} AND ${ofPeople(sql`person_id`)}`);
  const personAwards = awardsTextQuery(sql`person_id`, sql`agency_id = ${agencyId} AND person_id IS NOT NULL AND ${ofPeople(sql`person_id`)}`);
  const rest = sql`
      (SELECT json_agg(json_build_array(id, parent_id, code, name, kind, active, sort_order))::text FROM units WHERE agency_id = ${agencyId}) AS units,
      (SELECT json_agg(json_build_array(unit_id, year, level, regime, rated_in_unit_id, spirit_attested) ORDER BY year)::text
        FROM ratings WHERE agency_id = ${agencyId} AND person_id IS NULL AND unit_id = ANY(ARRAY(${agencyUnits})) AND year <= ${year}) AS unit_ratings,
      (SELECT json_agg(json_build_array(id, unit_id, award_code, year, basis_type, cstdcs_basis, decision_no, decided_on, source) ORDER BY year)::text
        FROM awards WHERE agency_id = ${agencyId} AND person_id IS NULL AND unit_id = ANY(ARRAY(${agencyUnits}))) AS unit_awards,
      (SELECT json_agg(json_build_array(ia.person_id, i.id, i.title, i.recognized_by, i.recognized_on, i.impact_scope,
          i.impact_recognized_by_province_head, i.applied_effectively, i.replicable, ia.share_pct, u.uses))::text
        FROM initiatives i
        CROSS JOIN LATERAL (SELECT person_id, share_pct FROM initiative_authors WHERE initiative_id = i.id OFFSET 0) ia
        LEFT JOIN (SELECT b.initiative_id, w.person_id, json_agg(json_build_array(w.award_code, w.year)) AS uses
          FROM award_basis_uses b JOIN awards w ON w.id = b.award_id
          WHERE w.agency_id = ${agencyId} AND b.initiative_id IS NOT NULL AND w.person_id IS NOT NULL GROUP BY b.initiative_id, w.person_id) u
          ON u.initiative_id = i.id AND u.person_id = ia.person_id
        WHERE i.agency_id = ${agencyId} AND ${ofPeople(sql`ia.person_id`)}) AS initiatives,
      (SELECT json_agg(json_build_array(m.person_id, t.id, t.title, t.kind, t.level, t.accepted_on, t.acceptance_result, t.applied,
          t.impact_scope, t.impact_recognized_by_province_head, u.uses))::text
        FROM science_tasks t
        CROSS JOIN LATERAL (SELECT person_id FROM science_task_members WHERE task_id = t.id OFFSET 0) m
        LEFT JOIN (SELECT b.science_task_id, w.person_id, json_agg(json_build_array(w.award_code, w.year)) AS uses
          FROM award_basis_uses b JOIN awards w ON w.id = b.award_id
          WHERE w.agency_id = ${agencyId} AND b.science_task_id IS NOT NULL AND w.person_id IS NOT NULL GROUP BY b.science_task_id, w.person_id) u
          ON u.science_task_id = t.id AND u.person_id = m.person_id
        WHERE t.agency_id = ${agencyId} AND ${ofPeople(sql`m.person_id`)}) AS tasks,
      (SELECT json_agg(json_build_array(person_id, form, decided_on, effective_from, effective_to, duty_related) ORDER BY effective_from)::text
        FROM disciplines WHERE agency_id = ${agencyId} AND ${ofPeople(sql`person_id`)}) AS disciplines,
      (SELECT json_agg(json_build_array(s.person_id, s.unit_id, i.kind, i.title, i.opened_on, i.concluded_on, i.has_violation))::text
        FROM inspection_subjects s JOIN inspections i ON i.id = s.inspection_id
        WHERE i.agency_id = ${agencyId} AND (s.person_id IS NOT NULL OR s.unit_id IS NOT NULL)) AS inspections,
      (SELECT json_agg(json_build_array(person_id, unit_id, key, value) ORDER BY key)::text
        FROM attestations WHERE agency_id = ${agencyId} AND year = ${year}) AS answers`;
  type Row = Record<'people' | 'ratings' | 'awards' | 'units' | 'unit_ratings' | 'unit_awards' | 'initiatives' | 'tasks' | 'disciplines' | 'inspections' | 'answers', string | null>;
  let row: Row;
  if (runsInProcess(db)) {
    row = rowsOf<Row>(await db.execute(sql`SELECT (${peopleSql}) AS people, (${personRatings}) AS ratings, (${personAwards}) AS awards, ${rest}`))[0]!;
  } else {
    const [a, b, c, d] = await Promise.all([
      db.execute(peopleSql), db.execute(personRatings), db.execute(personAwards), db.execute(sql`SELECT ${rest}`),
    ]);
    row = { ...rowsOf<Row>(d)[0]!, people: rowsOf<{ t: string | null }>(a)[0]!.t, ratings: rowsOf<{ t: string | null }>(b)[0]!.t, awards: rowsOf<{ t: string | null }>(c)[0]!.t };
  }

  // Units and the target subtree (same rule as loadCaseData).
  const unitRows = json<UnitRow>(row.units).map(([id, parentId, code, name, kind, active, sortOrder]) => ({ id, parentId, code, name, kind, active, sortOrder }));
  const targetIds = opts.unitId ? subtreeOf(unitRows, [opts.unitId]) : new Set(unitRows.map((u) => u.id));
  if (opts.unitId && !unitRows.some((u) => u.id === opts.unitId)) targetIds.clear();
  const unitRatings: Owned<CaseRating> = new Map();
  for (const [unitId, y, level, regime, ratedInUnitId, spiritAttested] of json<UnitRatingRow>(row.unit_ratings)) {
    add(unitRatings, unitId, { personId: null, unitId, year: y, level, regime, ratedInUnitId, spiritAttested });
  }
  const unitAwards: Owned<CaseAward> = new Map();
  for (const [id, unitId, awardCode, y, basisType, cstdcsBasis, decisionNo, decidedOn, source] of json<UnitAwardRow>(row.unit_awards)) {
    add(unitAwards, unitId, { id, personId: null, unitId, awardCode, year: y, basisType, cstdcsBasis, decisionNo, decidedOn, source, initiativeIds: [], scienceTaskIds: [] });
  }
  const units = new Map<string, ScreeningUnit>();
  for (const u of unitRows) {
    const target = targetIds.has(u.id);
    units.set(u.id, {
      ...u, target, ratings: (target && unitRatings.get(u.id)) || [], awards: (target && unitAwards.get(u.id)) || [], inspections: [], answers: EMPTY,
    });
  }

  // Candidates: the unit held in the year (domain/records/unit-in-year) is a target unit.
  const spansOf = new Map<string, { row: PersonRow; spans: AssignmentSpan[] }>();
  for (const r of json<PersonRow>(row.people)) {
    const span: AssignmentSpan = { unitId: r[5], fromDate: r[6], toDate: r[7], position: r[8], isLeader: r[9], staffCategory: r[10] };
    const entry = spansOf.get(r[0]);
    if (entry) entry.spans.push(span);
    else spansOf.set(r[0], { row: r, spans: [span] });
  }
  const people: ScreeningPerson[] = [];
  const byId = new Map<string, ScreeningPerson>();
  for (const { row: [id, code, fullName, sortKey, isDirectWorker], spans } of spansOf.values()) {
    const held = assignmentInYear(spans, year);
    if (!held || !targetIds.has(held.unitId)) continue;
    const p: ScreeningPerson = {
      id, code, fullName, sortKey, isDirectWorker, unitId: held.unitId, position: held.position, isLeader: held.isLeader, staffCategory: held.staffCategory,
      ratings: EMPTY, awards: EMPTY, initiatives: EMPTY, scienceTasks: EMPTY, disciplines: EMPTY, inspections: EMPTY, answers: EMPTY,
    };
    people.push(p);
    byId.set(id, p);
  }
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.code < b.code ? -1 : 1));

  decodeRatings(row.ratings, (id, list) => {
    const p = byId.get(id);
    if (p) p.ratings = list;
  });
  decodeAwards(row.awards, (id, list) => {
    const p = byId.get(id);
    if (p) p.awards = list;
  });
  const personOf = (id: string | null) => (id ? byId.get(id) : undefined);
  for (const [personId, id, title, recognizedBy, recognizedOn, impactScope, impactRecognizedByProvinceHead, appliedEffectively, replicable, sharePct, used] of json<InitiativeRow>(row.initiatives)) {
    const p = personOf(personId);
    if (p) p.initiatives = append(p.initiatives, {
      id, title, recognizedBy, recognizedOn, impactScope, impactRecognizedByProvinceHead, appliedEffectively, replicable, sharePct: Number(sharePct), usedBy: uses(used),
    });
  }
  for (const [personId, id, title, kind, level, acceptedOn, acceptanceResult, applied, impactScope, impactRecognizedByProvinceHead, used] of json<TaskRow>(row.tasks)) {
    const p = personOf(personId);
    if (p) p.scienceTasks = append(p.scienceTasks, { id, title, kind, level, acceptedOn, acceptanceResult, applied, impactScope, impactRecognizedByProvinceHead, usedBy: uses(used) });
  }
  for (const [personId, form, decidedOn, effectiveFrom, effectiveTo, dutyRelated] of json<DisciplineRow>(row.disciplines)) {
    const p = personOf(personId);
    if (p) p.disciplines = append(p.disciplines, { form, decidedOn, effectiveFrom, effectiveTo, dutyRelated });
  }
  for (const [personId, unitId, kind, title, openedOn, concludedOn, hasViolation] of json<InspectionRow>(row.inspections)) {
    const inspection: ScreeningInspection = { kind, title, openedOn, concludedOn, hasViolation };
    if (personId) {
      const p = personOf(personId);
      if (p) p.inspections = append(p.inspections, inspection);
    } else if (unitId && targetIds.has(unitId)) units.get(unitId)?.inspections.push(inspection);
  }
  for (const [personId, unitId, key, value] of json<AnswerRow>(row.answers)) {
    if (personId) {
      const p = personOf(personId);
      if (p) p.answers = append(p.answers, [key, value] as const);
    } else if (unitId && targetIds.has(unitId)) {
      const u = units.get(unitId)!;
      u.answers = append(u.answers, [key, value] as const);
    }
  }
  return { agencyId, year, people, units };
}
