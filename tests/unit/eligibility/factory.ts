/** Small builders for eligibility cases (validated through the real schema, so defaults apply). */
import type { z } from 'zod';
import {
  EligibilityCaseSchema,
  ScreeningCaseSchema,
  type AwardRecord,
  type CriterionLine,
  type Discipline,
  type EligibilityCase,
  type Initiative,
  type PendingCheck,
  type RatingRecord,
  type ScienceTask,
  type ScreeningCase,
  type Verdict,
} from '../../../src/domain/eligibility';
import type { AwardCode, EvaluableAward, RatingLevel } from '../../../src/domain/catalogue';
import type {
  CollectiveSubjectSchema,
  IndividualSubjectSchema,
  MemberSchema,
} from '../../../src/domain/eligibility/case-schema';

type PersonInput = Partial<Omit<z.input<typeof IndividualSubjectSchema>, 'kind'>>;
type CollectiveInput = Partial<Omit<z.input<typeof CollectiveSubjectSchema>, 'kind'>>;
type MemberInput = z.input<typeof MemberSchema>;

export function rating(year: number, level: RatingLevel, extra: Partial<RatingRecord> = {}): RatingRecord {
  return { year, level, spiritAttested: true, ...extra };
}

/** Ratings for every year from..to (inclusive). */
export function ratings(from: number, to: number, level: RatingLevel = 'HTTNV'): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (let y = from; y <= to; y++) out.push(rating(y, level));
  return out;
}

export function award(code: AwardCode, year: number, extra: Partial<AwardRecord> = {}): AwardRecord {
  return { code, year, basisType: 'CONG_TRANG', ...extra };
}

export function awards(code: AwardCode, years: number[], extra: Partial<AwardRecord> = {}): AwardRecord[] {
  return years.map((y) => award(code, y, extra));
}

export function initiative(id: string, recognizedOn: string, extra: Partial<Initiative> = {}): Initiative {
  return {
    id,
    recognitionLevel: 'CO_SO',
    recognizedOn,
    impactScope: 'CO_SO',
    appliedEffectively: true,
    replicable: false,
    impactRecognizedByProvinceHead: false,
    usedFor: [],
    ...extra,
  };
}

/** An initiative with provincial (or national) influence recognised by the province head. */
export function provincialInitiative(id: string, recognizedOn: string, scope: 'TINH' | 'TOAN_QUOC' = 'TINH', extra: Partial<Initiative> = {}): Initiative {
  return initiative(id, recognizedOn, { impactScope: scope, replicable: true, impactRecognizedByProvinceHead: true, ...extra });
}

export function task(id: string, acceptedOn: string, extra: Partial<ScienceTask> = {}): ScienceTask {
  return {
    id,
    kind: 'DE_TAI',
    level: 'CO_SO',
    acceptedOn,
    acceptanceResult: 'DAT',
    appliedEffectively: true,
    replicable: false,
    impactScope: 'CO_SO',
    impactRecognizedByProvinceHead: false,
    usedFor: [],
    ...extra,
  };
}

export function discipline(form: Discipline['form'], effectiveFrom: string, effectiveTo: string, extra: Partial<Discipline> = {}): Discipline {
  return { form, effectiveFrom, effectiveTo, dutyRelated: true, ...extra };
}

export function pending(kind: PendingCheck['kind'], openedOn: string, extra: Partial<PendingCheck> = {}): PendingCheck {
  return { kind, openedOn, ...extra };
}

export function person(over: PersonInput = {}): z.input<typeof IndividualSubjectSchema> {
  return { kind: 'individual', id: 'P1', name: 'Nguyễn Văn An', staffCategory: 'CONG_CHUC', ...over };
}

export function member(id: string, year: number, opts: { level?: RatingLevel; titles?: AwardCode[]; disciplines?: Discipline[] } = {}): MemberInput {
  return {
    id,
    staffCategory: 'CONG_CHUC',
    ratings: opts.level === undefined ? [rating(year, 'HTTNV')] : [rating(year, opts.level)],
    awards: (opts.titles ?? []).map((c) => award(c, year)),
    disciplines: opts.disciplines ?? [],
  };
}

/** n members rated HTTNV; the first `ldtt` hold LĐTT, the first `cstdcs` of those also CSTĐCS. */
export function members(n: number, year: number, opts: { ldtt: number; cstdcs?: number; level?: RatingLevel }): MemberInput[] {
  const out: MemberInput[] = [];
  for (let i = 0; i < n; i++) {
    const titles: AwardCode[] = [];
    if (i < opts.ldtt) titles.push('LDTT');
    if (i < (opts.cstdcs ?? 0)) titles.push('CSTDCS');
    out.push(member(`M${i + 1}`, year, { level: opts.level ?? 'HTTNV', titles }));
  }
  return out;
}

export function collective(over: CollectiveInput = {}): z.input<typeof CollectiveSubjectSchema> {
  return { kind: 'collective', id: 'U1', name: 'Phòng Quản lý khoa học', flags: { movementActive: true, internalUnity: true }, ...over };
}

export function caseFor(
  award: EvaluableAward,
  year: number,
  subject: z.input<typeof IndividualSubjectSchema> | z.input<typeof CollectiveSubjectSchema>,
  extra: { dossierDate?: string; asOf?: string; basisType?: AwardRecord['basisType'] } = {},
): EligibilityCase {
  return EligibilityCaseSchema.parse({ award, year, subject, ...extra });
}

export function screeningCase(year: number, subject: z.input<typeof IndividualSubjectSchema> | z.input<typeof CollectiveSubjectSchema>): ScreeningCase {
  return ScreeningCaseSchema.parse({ year, subject });
}

/** The line with this id (throws when absent, so a missing line fails the test loudly). */
export function line(v: Verdict, id: string): CriterionLine {
  const l = v.criteria.find((c) => c.id === id);
  if (!l) throw new Error(`No line ${id} in ${v.criteria.map((c) => c.id).join(', ')}`);
  return l;
}

export function hasLine(v: Verdict, id: string): boolean {
  return v.criteria.some((c) => c.id === id);
}
