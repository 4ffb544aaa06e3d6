/**
 * Turns the rows loaded by `loadCaseData` into engine cases (plain objects, no zod parse: this runs
 * for every person of a province). One person → one individual case; one unit → one collective case
 * whose members are the people of its subtree in the year under review.
 */
import {
  ACCEPTANCE_RESULTS, AWARD_CODES, BASIS_TYPES, CSTDCS_PATHS, DISCIPLINE_FORMS, INITIATIVE_SCOPES, PENDING_CHECK_KINDS, RATING_LEVELS,
  RATING_REGIME_IDS, SCIENCE_TASK_KINDS, type StaffCategory,
} from '../../../domain/catalogue';
import type {
  AwardRecord, Discipline, Initiative, Member, PendingCheck, RatingRecord, ScienceTask, ScreeningCase,
} from '../../../domain/eligibility';
import { subtreeOf } from '../../../domain/policies';
import { SCIENCE_TASK_LEVEL_SCOPE, type ScienceTaskLevel } from '../../../domain/records/codes';
import type { CaseAward, CaseData, CaseRating, CaseUnit } from '../../../db/queries/records/case-data';

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

/** People register categories → the engine's (contract workers are rated like người lao động). */
export function catalogueStaffCategory(category: string): StaffCategory {
  if (category === 'cong_chuc') return 'CONG_CHUC';
  if (category === 'vien_chuc') return 'VIEN_CHUC';
  return 'NGUOI_LAO_DONG';
}

function ratingRecords(rows: readonly CaseRating[] | undefined): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (const r of rows ?? []) {
    if (!isLevel(r.level)) continue;
    out.push({ year: r.year, level: r.level, regime: isRegime(r.regime) ? r.regime : undefined, spiritAttested: r.spiritAttested });
  }
  return out;
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

function disciplineRecords(data: CaseData, personId: string): Discipline[] {
  const out: Discipline[] = [];
  for (const d of data.disciplinesByPerson.get(personId) ?? []) {
    if (!isDisciplineForm(d.form)) continue;
    out.push({ form: d.form, decidedOn: d.decidedOn, effectiveFrom: d.effectiveFrom, effectiveTo: d.effectiveTo, dutyRelated: d.dutyRelated });
  }
  return out;
}

function pendingChecks(data: CaseData, ids: readonly string[] | undefined): PendingCheck[] {
  const out: PendingCheck[] = [];
  for (const id of ids ?? []) {
    const i = data.inspections.get(id);
    if (!i || !isCheckKind(i.kind)) continue;
    out.push({ kind: i.kind, openedOn: i.openedOn, concludedOn: i.concludedOn ?? undefined, hasViolationSigns: i.hasViolation, title: i.title });
  }
  return out;
}

/** Uses of an achievement by this subject's own awards (a co-author's use does not consume it for another author). */
function ownUses(usedBy: readonly { awardCode: string; year: number; personId: string | null }[], personId: string) {
  const out: { awardCode: (typeof AWARD_CODES)[number]; year: number }[] = [];
  for (const u of usedBy) if (u.personId === personId && isAwardCode(u.awardCode)) out.push({ awardCode: u.awardCode, year: u.year });
  return out;
}

function initiativeRecords(data: CaseData, personId: string): Initiative[] {
  const out: Initiative[] = [];
  for (const id of data.initiativeIdsByPerson.get(personId) ?? []) {
    const i = data.initiatives.get(id);
    if (!i || !isScope(i.recognizedBy)) continue;
    out.push({
      id: i.id,
      title: i.title,
      recognitionLevel: i.recognizedBy,
      recognizedOn: i.recognizedOn,
      impactScope: isScope(i.impactScope) ? i.impactScope : 'CO_SO',
      appliedEffectively: i.appliedEffectively,
      replicable: i.replicable,
      impactRecognizedByProvinceHead: i.impactRecognizedByProvinceHead,
      sharePct: i.authors.find((a) => a.personId === personId)?.sharePct,
      usedFor: ownUses(i.usedBy, personId),
    });
  }
  return out;
}

function scienceTaskRecords(data: CaseData, personId: string): ScienceTask[] {
  const out: ScienceTask[] = [];
  for (const id of data.scienceTaskIdsByPerson.get(personId) ?? []) {
    const t = data.scienceTasks.get(id);
    if (!t || !isTaskKind(t.kind)) continue;
    out.push({
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
      usedFor: ownUses(t.usedBy, personId),
    });
  }
  return out;
}

export interface CaseContext {
  year: number;
  /** Date the check is made (open inspections, penalties in force). */
  asOf?: string;
}

export function personCase(data: CaseData, personId: string, ctx: CaseContext): ScreeningCase | null {
  const p = data.persons.get(personId);
  if (!p) return null;
  return {
    year: ctx.year,
    basisType: 'CONG_TRANG',
    asOf: ctx.asOf,
    subject: {
      kind: 'individual',
      id: p.id,
      name: p.fullName,
      staffCategory: catalogueStaffCategory(p.staffCategory),
      ratings: ratingRecords(data.ratingsByPerson.get(p.id)),
      awards: awardRecords(data.awardsByPerson.get(p.id)),
      initiatives: initiativeRecords(data, p.id),
      scienceTasks: scienceTaskRecords(data, p.id),
      disciplines: disciplineRecords(data, p.id),
      pendingChecks: pendingChecks(data, data.inspectionIdsByPerson.get(p.id)),
      flags: {},
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
  // The unit's rating record for the year carries the attestation of its review minutes (biên bản
  // bình xét): a regular, effective emulation movement and internal unity (Art. 27.1, 28.1).
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
      flags: attested === undefined ? {} : { movementActive: attested, internalUnity: attested },
      members,
    },
  };
}
