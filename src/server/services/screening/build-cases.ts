/**
 * Turns the rows loaded by `loadCaseData` (one person or unit, explanations) or `loadScreeningData`
 * (the screening table) into engine cases (plain objects, no zod parse: this runs for every person of
 * a province). One person → one individual case; one unit → one collective case
 * whose members are the people of its subtree in the year under review.
 */
import { catalogueStaffCategory } from '../../../domain/records/rating-regime';
import {
  ACCEPTANCE_RESULTS, AWARD_CODES, BASIS_TYPES, CSTDCS_PATHS, DISCIPLINE_FORMS, INITIATIVE_SCOPES, PENDING_CHECK_KINDS, RATING_LEVELS,
  RATING_REGIME_IDS, SCIENCE_TASK_KINDS, type StaffCategory,
} from '../../../domain/catalogue';
import {
  flagsFromAnswers,
  type AwardRecord, type Discipline, type Flags, type Initiative, type Member, type PendingCheck, type RatingRecord, type ScienceTask, type ScreeningCase,
} from '../../../domain/eligibility';
import { subtreeOf } from '../../../domain/policies';
import { SCIENCE_TASK_LEVEL_SCOPE, type ScienceTaskLevel } from '../../../domain/records/codes';
import type {
  CaseAnswer, CaseAward, CaseData, CaseDiscipline, CaseInitiative, CaseInspection, CaseRating, CaseScienceTask, CaseUnit,
} from '../../../db/queries/records/case-data';
import type { ScreeningData, ScreeningPerson } from '../../../db/queries/records/screening-data';

const oneOf = <T extends string>(list: readonly T[]) => {
  const set = new Set<string>(list);
  return (v: string | null | undefined): v is T => !!v && set.has(v);
};
const isAwardCode = oneOf(AWARD_CODES);
const isBasisType = oneOf(BASIS_TYPES);
const isCstdcsPath = oneOf(CSTDCS_PATHS);
const isLevel = oneOf(RATING_LEVELS);
const isRegime = oneOf(RATING_REGIME_IDS);
const isScope = oneOf(INITIATIVE_SCOPES);
const isTaskKind = oneOf(SCIENCE_TASK_KINDS);
const isAcceptance = oneOf(ACCEPTANCE_RESULTS);
const isDisciplineForm = oneOf(DISCIPLINE_FORMS);
const isCheckKind = oneOf(PENDING_CHECK_KINDS);


function ratingRecords(rows: readonly CaseRating[] | undefined): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (const r of rows ?? []) {
    if (!isLevel(r.level)) continue;
    out.push({ year: r.year, level: r.level, regime: isRegime(r.regime) ? r.regime : undefined, spiritAttested: r.spiritAttested });
  }
  return out;
}

/**
 * A person's flags for the year under review, from the answers attested (xác nhận). An attested
 * spirit (tinh thần tự lực, tự cường…) replaces the checkbox of that year's rating: the attestation is
 * the later, explicit record.
 */
function personFlags(answers: readonly CaseAnswer[] | undefined, ratings: RatingRecord[], year: number): Flags {
  if (!answers?.length) return {};
  const flags = flagsFromAnswers(answers);
  if (flags.spiritAttested !== undefined) {
    const i = ratings.findIndex((r) => r.year === year);
    if (i >= 0) ratings[i] = { ...ratings[i]!, spiritAttested: flags.spiritAttested };
  }
  return flags;
}

/**
 * A collective's flags: the unit's rating record of the year carries the attestation of its review
 * minutes (biên bản bình xét: a regular, effective emulation movement and internal unity, Art. 27.1,
 * 28.1); answers attested for the year replace it.
 */
function unitFlags(attested: boolean | undefined, answers: readonly CaseAnswer[] | undefined): Flags {
  const base: Flags = attested === undefined ? {} : { movementActive: attested, internalUnity: attested };
  return answers?.length ? { ...base, ...flagsFromAnswers(answers) } : base;
}

function awardRecords(rows: readonly CaseAward[] | undefined): AwardRecord[] {
  const out: AwardRecord[] = [];
  for (const a of rows ?? []) {
    if (!isAwardCode(a.awardCode)) continue;
    out.push({
      id: a.id,
      code: a.awardCode,
      year: a.year,
      basisType: isBasisType(a.basisType) ? a.basisType : 'CONG_TRANG',
      cstdcsBasis: isCstdcsPath(a.cstdcsBasis) ? a.cstdcsBasis : undefined,
      decidedOn: a.decidedOn ?? undefined,
      decisionNo: a.decisionNo || undefined,
    });
  }
  return out;
}

type DisciplineRow = Pick<CaseDiscipline, 'form' | 'decidedOn' | 'effectiveFrom' | 'effectiveTo' | 'dutyRelated'>;
type InspectionRow = Pick<CaseInspection, 'kind' | 'title' | 'openedOn' | 'concludedOn' | 'hasViolation'>;

function disciplineList(rows: readonly DisciplineRow[] | undefined): Discipline[] {
  const out: Discipline[] = [];
  for (const d of rows ?? []) {
    if (!isDisciplineForm(d.form)) continue;
    out.push({ form: d.form, decidedOn: d.decidedOn, effectiveFrom: d.effectiveFrom, effectiveTo: d.effectiveTo, dutyRelated: d.dutyRelated });
  }
  return out;
}

function disciplineRecords(data: CaseData, personId: string): Discipline[] {
  return disciplineList(data.disciplinesByPerson.get(personId));
}

function pendingCheck(i: InspectionRow | undefined): PendingCheck | null {
  if (!i || !isCheckKind(i.kind)) return null;
  return { kind: i.kind, openedOn: i.openedOn, concludedOn: i.concludedOn ?? undefined, hasViolationSigns: i.hasViolation, title: i.title };
}

function pendingChecks(data: CaseData, ids: readonly string[] | undefined): PendingCheck[] {
  const out: PendingCheck[] = [];
  for (const id of ids ?? []) {
    const c = pendingCheck(data.inspections.get(id));
    if (c) out.push(c);
  }
  return out;
}

/** Uses of an achievement by this subject's own awards (a co-author's use does not consume it for another author). */
function ownUses(usedBy: readonly { awardCode: string; year: number; personId: string | null }[], personId: string) {
  return awardRefs(usedBy.filter((u) => u.personId === personId));
}

function awardRefs(usedBy: readonly { awardCode: string; year: number }[]) {
  const out: { awardCode: (typeof AWARD_CODES)[number]; year: number }[] = [];
  for (const u of usedBy) if (isAwardCode(u.awardCode)) out.push({ awardCode: u.awardCode, year: u.year });
  return out;
}

type InitiativeRow = Omit<CaseInitiative, 'authors' | 'usedBy'>;
type ScienceTaskRow = Omit<CaseScienceTask, 'code' | 'members' | 'usedBy'>;

function initiativeRecord(i: InitiativeRow | undefined, sharePct: number | undefined, usedFor: Initiative['usedFor']): Initiative | null {
  if (!i || !isScope(i.recognizedBy)) return null;
  return {
    id: i.id,
    title: i.title,
    recognitionLevel: i.recognizedBy,
    recognizedOn: i.recognizedOn,
    impactScope: isScope(i.impactScope) ? i.impactScope : 'CO_SO',
    appliedEffectively: i.appliedEffectively,
    replicable: i.replicable,
    impactRecognizedByProvinceHead: i.impactRecognizedByProvinceHead,
    sharePct,
    usedFor,
  };
}

function initiativeRecords(data: CaseData, personId: string): Initiative[] {
  const out: Initiative[] = [];
  for (const id of data.initiativeIdsByPerson.get(personId) ?? []) {
    const i = data.initiatives.get(id);
    const r = i && initiativeRecord(i, i.authors.find((a) => a.personId === personId)?.sharePct, ownUses(i.usedBy, personId));
    if (r) out.push(r);
  }
  return out;
}

function scienceTaskRecords(data: CaseData, personId: string): ScienceTask[] {
  const out: ScienceTask[] = [];
  for (const id of data.scienceTaskIdsByPerson.get(personId) ?? []) {
    const t = data.scienceTasks.get(id);
    const r = t && scienceTaskRecord(t, ownUses(t.usedBy, personId));
    if (r) out.push(r);
  }
  return out;
}

function scienceTaskRecord(t: ScienceTaskRow | undefined, usedFor: ScienceTask['usedFor']): ScienceTask | null {
  if (!t || !isTaskKind(t.kind)) return null;
  return {
    id: t.id,
    title: t.title,
    kind: t.kind,
    // The register stores the managing level (CO_SO, TINH, BO, QUOC_GIA); the engine speaks in scopes.
    level: Object.hasOwn(SCIENCE_TASK_LEVEL_SCOPE, t.level) ? SCIENCE_TASK_LEVEL_SCOPE[t.level as ScienceTaskLevel] : 'CO_SO',
    acceptedOn: t.acceptedOn ?? undefined,
    acceptanceResult: isAcceptance(t.acceptanceResult) ? t.acceptanceResult : undefined,
    appliedEffectively: t.applied,
    replicable: false,
    impactScope: isScope(t.impactScope) ? t.impactScope : 'CO_SO',
    impactRecognizedByProvinceHead: t.impactRecognizedByProvinceHead,
    usedFor,
  };
}

export interface CaseContext {
  year: number;
  /** Date the check is made (open inspections, penalties in force). */
  asOf?: string;
}

export function personCase(data: CaseData, personId: string, ctx: CaseContext): ScreeningCase | null {
  const p = data.persons.get(personId);
  if (!p) return null;
  const ratings = ratingRecords(data.ratingsByPerson.get(p.id));
  const flags = personFlags(data.answersByPerson.get(p.id), ratings, ctx.year);
  return {
    year: ctx.year,
    basisType: 'CONG_TRANG',
    asOf: ctx.asOf,
    subject: {
      kind: 'individual',
      id: p.id,
      name: p.fullName,
      staffCategory: catalogueStaffCategory(p.staffCategory),
      ratings,
      awards: awardRecords(data.awardsByPerson.get(p.id)),
      initiatives: initiativeRecords(data, p.id),
      scienceTasks: scienceTaskRecords(data, p.id),
      disciplines: disciplineRecords(data, p.id),
      pendingChecks: pendingChecks(data, data.inspectionIdsByPerson.get(p.id)),
      flags,
    },
  };
}

/** Members of a collective in a year: the people of its whole subtree that year. */
export function membersOf(data: CaseData, unit: CaseUnit, year: number): string[] {
  const all = [...data.units.values()];
  const ids: string[] = [];
  for (const unitId of subtreeOf(all, [unit.id])) ids.push(...(data.units.get(unitId)?.membersByYear[year] ?? []));
  return ids;
}

export function unitCase(data: CaseData, unitId: string, ctx: CaseContext): ScreeningCase | null {
  const u = data.units.get(unitId);
  if (!u) return null;
  const members: Member[] = membersOf(data, u, ctx.year).map((personId) => {
    const p = data.persons.get(personId)!;
    return {
      id: p.id,
      name: p.fullName,
      staffCategory: catalogueStaffCategory(p.staffCategory),
      ratings: ratingRecords(data.ratingsByPerson.get(p.id)),
      awards: awardRecords(data.awardsByPerson.get(p.id)),
      disciplines: disciplineRecords(data, p.id),
    };
  });
  const attested = data.ratingsByUnit.get(u.id)?.find((r) => r.year === ctx.year)?.spiritAttested;
  return {
    year: ctx.year,
    basisType: 'CONG_TRANG',
    asOf: ctx.asOf,
    subject: {
      kind: 'collective',
      id: u.id,
      name: u.name,
      ratings: ratingRecords(data.ratingsByUnit.get(u.id)),
      awards: awardRecords(data.awardsByUnit.get(u.id)),
      pendingChecks: pendingChecks(data, data.inspectionIdsByUnit.get(u.id)),
      flags: unitFlags(attested, data.answersByUnit.get(u.id)),
      members,
    },
  };
}

// ---- Year-end screening (loadScreeningData): every candidate and every target unit at once ---------------

function personSubject(p: ScreeningPerson, staffCategory: StaffCategory, disciplines: Discipline[], year: number): ScreeningCase['subject'] {
  const initiatives: Initiative[] = [];
  for (const i of p.initiatives) {
    const r = initiativeRecord(i, i.sharePct, awardRefs(i.usedBy));
    if (r) initiatives.push(r);
  }
  const scienceTasks: ScienceTask[] = [];
  for (const t of p.scienceTasks) {
    const r = scienceTaskRecord(t, awardRefs(t.usedBy));
    if (r) scienceTasks.push(r);
  }
  const checks: PendingCheck[] = [];
  for (const i of p.inspections) {
    const c = pendingCheck(i);
    if (c) checks.push(c);
  }
  // Ratings and awards come from the loader as engine records already (copied when an answer changes one).
  const ratings = p.answers.length ? [...p.ratings] : p.ratings;
  const flags = personFlags(p.answers, ratings, year);
  return {
    kind: 'individual', id: p.id, name: p.fullName, staffCategory, ratings, awards: p.awards,
    initiatives, scienceTasks, disciplines, pendingChecks: checks, flags,
  };
}

/**
 * Cases for the screening table: one per candidate, one per active target unit with members (the
 * candidates of its subtree, in name order), as personCase / unitCase build them from `loadCaseData`.
 */
export function screeningCases(data: ScreeningData, ctx: CaseContext): { people: ScreeningCase[]; units: ScreeningCase[] } {
  const people: ScreeningCase[] = [];
  const membersByUnit = new Map<string, Member[]>();
  for (const p of data.people) {
    const staffCategory = catalogueStaffCategory(p.staffCategory);
    const disciplines = p.disciplines.length ? disciplineList(p.disciplines) : [];
    people.push({ year: ctx.year, basisType: 'CONG_TRANG', asOf: ctx.asOf, subject: personSubject(p, staffCategory, disciplines, ctx.year) });
    const member: Member = { id: p.id, name: p.fullName, staffCategory, ratings: p.ratings, awards: p.awards, disciplines };
    const list = membersByUnit.get(p.unitId);
    if (list) list.push(member);
    else membersByUnit.set(p.unitId, [member]);
  }
  const all = [...data.units.values()];
  const units: ScreeningCase[] = [];
  for (const u of all) {
    if (!u.target || !u.active) continue;
    const members: Member[] = [];
    for (const unitId of subtreeOf(all, [u.id])) {
      const list = membersByUnit.get(unitId);
      if (list) for (const m of list) members.push(m);
    }
    if (!members.length) continue;
    const checks: PendingCheck[] = [];
    for (const i of u.inspections) {
      const c = pendingCheck(i);
      if (c) checks.push(c);
    }
    const attested = u.ratings.find((r) => r.year === ctx.year)?.spiritAttested;
    units.push({
      year: ctx.year,
      basisType: 'CONG_TRANG',
      asOf: ctx.asOf,
      subject: {
        kind: 'collective', id: u.id, name: u.name, ratings: ratingRecords(u.ratings), awards: awardRecords(u.awards), pendingChecks: checks,
        flags: unitFlags(attested, u.answers), members,
      },
    });
  }
  return { people, units };
}
