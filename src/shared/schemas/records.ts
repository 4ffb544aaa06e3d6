/**
 * Records that feed the eligibility engine (ratings, discipline, inspections, initiatives, S&T tasks,
 * awards received) and the TĐKT record pages. Shared by server and web: every message is Vietnamese
 * and names the field.
 */
import { z, isoDate } from '../zod-vi';
import { pageQuery, uuid } from './common';
import {
  ACCEPTANCE_RESULTS,
  BASIS_TYPES,
  CSTDCS_PATHS,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  PENDING_CHECK_KINDS,
  RATING_LEVELS,
  RATING_REGIME_IDS,
  SCIENCE_TASK_KINDS,
} from '../../domain/catalogue/codes';
import { AWARD_CODES } from '../../domain/catalogue/awards';
import { RECORD_IMPORT_KINDS, SCIENCE_TASK_LEVELS, SCIENCE_TASK_ROLES } from '../../domain/records/codes';

// ---- field builders ----------------------------------------------------------------------------
const missingOr = (label: string, wrong: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `${label} là bắt buộc` : wrong;

const yearOf = (label = 'Năm') =>
  z
    .number({ error: missingOr(label, `${label} phải là số`) })
    .int(`${label} phải là số nguyên`)
    .min(1990, `${label} phải từ 1990 trở đi`)
    .max(2100, `${label} không hợp lệ`);
const text = (label: string, max: number) =>
  z.string({ error: missingOr(label, `${label} phải là chuỗi ký tự`) }).trim().max(max, `${label} tối đa ${max} ký tự`);
const requiredText = (label: string, max: number) => text(label, max).min(1, `${label} không được để trống`);
const flag = (label: string) => z.boolean({ error: missingOr(label, `${label} phải là đúng hoặc sai`) });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: missingOr(label, `${label} không hợp lệ (một trong: ${values.join(', ')})`) });
const dateOf = (label: string) => z.string({ error: missingOr(label, `${label} phải là ngày dạng dd/mm/yyyy`) }).pipe(isoDate);
const idOf = (label: string) => z.uuid({ error: missingOr(label, `${label}: mã định danh không hợp lệ`) });

/** Exactly one of personId / unitId: a record is about one person or one collective. */
function oneSubject(v: { personId?: string | undefined; unitId?: string | undefined }, ctx: z.RefinementCtx) {
  if (!!v.personId === !!v.unitId) {
    ctx.addIssue({
      code: 'custom',
      path: ['personId'],
      message: 'Phải chọn đúng một đối tượng: một cán bộ (cá nhân) hoặc một đơn vị (tập thể)',
    });
  }
}

// ---- Ratings (đánh giá, xếp loại) --------------------------------------------------------------
const ratingLevel = oneOf(RATING_LEVELS, 'Mức xếp loại');
const ratingRegime = oneOf(RATING_REGIME_IDS, 'Chế độ đánh giá');

export const ratingInput = z
  .strictObject({
    personId: idOf('Cán bộ').optional(),
    unitId: idOf('Đơn vị').optional(),
    year: yearOf(),
    level: ratingLevel,
    /** Default: from the person's staff category (or the unit's kind) and the year. */
    regime: ratingRegime.optional(),
    /** Default: the unit the person belonged to in that year. */
    ratedInUnitId: idOf('Đơn vị khi xếp loại').optional(),
    decisionNo: text('Số quyết định', 60).default(''),
    decidedOn: dateOf('Ngày quyết định').nullable().optional(),
    spiritAttested: flag('Tinh thần tự lực, tự cường, đoàn kết').default(true),
    note: text('Ghi chú', 1000).default(''),
  })
  .superRefine(oneSubject);
export type RatingInput = z.infer<typeof ratingInput>;

export const ratingUpdate = z.strictObject({
  level: ratingLevel.optional(),
  regime: ratingRegime.optional(),
  ratedInUnitId: idOf('Đơn vị khi xếp loại').optional(),
  decisionNo: text('Số quyết định', 60).optional(),
  decidedOn: dateOf('Ngày quyết định').nullable().optional(),
  spiritAttested: flag('Tinh thần tự lực, tự cường, đoàn kết').optional(),
  note: text('Ghi chú', 1000).optional(),
});
export type RatingUpdate = z.infer<typeof ratingUpdate>;

const queryYear = z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(1990, 'Năm phải từ 1990 trở đi').max(2100, 'Năm không hợp lệ');
const subjectKind = z.enum(['person', 'unit'], { error: 'Đối tượng phải là cá nhân ("person") hoặc tập thể ("unit")' });
const boolQuery = z.enum(['true', 'false'], { error: 'Phải là "true" (có) hoặc "false" (không)' }).transform((v) => v === 'true');

export const ratingsQuery = z.object({
  year: queryYear.optional(),
  /** Subject's current unit and its sub-units (a unit's own rating: that unit and its sub-units). */
  unitId: uuid.optional(),
  /** Unit the person was rated in (quota group of that year). */
  ratedInUnitId: uuid.optional(),
  personId: uuid.optional(),
  subject: subjectKind.optional(),
  level: ratingLevel.optional(),
  ...pageQuery,
});
export type RatingsQuery = z.infer<typeof ratingsQuery>;

const personRef = {
  personId: z.string().nullable(),
  personCode: z.string().nullable(),
  personName: z.string().nullable(),
  /** The person's current unit (the unit used for access). */
  personUnitId: z.string().nullable(),
  personUnitName: z.string().nullable(),
};
const unitRef = { unitId: z.string().nullable(), unitName: z.string().nullable() };

export const ratingRow = z.object({
  id: z.string(),
  subject: subjectKind,
  ...personRef,
  ...unitRef,
  year: z.number(),
  level: z.string(),
  regime: z.string(),
  ratedInUnitId: z.string().nullable(),
  ratedInUnitName: z.string().nullable(),
  decisionNo: z.string(),
  decidedOn: z.string().nullable(),
  spiritAttested: z.boolean(),
  note: z.string(),
});
export type RatingRow = z.infer<typeof ratingRow>;

export const capReportQuery = z.object({ year: queryYear });

/** One staff group of a unit (công chức / viên chức / người lao động are capped separately). */
export const capGroupRow = z.object({
  staffCategory: z.string(),
  regime: z.string().nullable(),
  rated: z.number(),
  excellent: z.number(),
  /** Denominator of the cap: rated HTTNV or better (setting eval.xsCapBase). */
  base: z.number(),
  /** Null when no legal cap applies (internal rule for người lao động). */
  capPct: z.number().nullable(),
  cap: z.number().nullable(),
  over: z.boolean(),
  excess: z.number(),
  detail: z.string(),
  citation: z.string(),
});
export const capUnitRow = z.object({
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  /** The unit's own rating that year (viên chức of a unit rated HTXSNV: 25%). */
  unitRating: z.string().nullable(),
  rated: z.number(),
  excellent: z.number(),
  over: z.boolean(),
  groups: z.array(capGroupRow),
});
export const capReport = z.object({
  year: z.number(),
  settings: z.object({
    xsCapPct: z.number(),
    xsCapPctOutstandingUnit: z.number(),
    xsCapBase: z.string(),
    roundingMode: z.string(),
    /** The rounding of the cap is not confirmed by a legal text (rules §4 ROUND). */
    roundingConfirmed: z.literal(false),
  }),
  /** The rating regime governing each staff category's ratings of the year, and the provision of its cap. */
  regimes: z.array(
    z.object({
      staffCategory: z.string(),
      regime: z.string().nullable(),
      regimeName: z.string().nullable(),
      /** Null when no legal cap applies (internal rule). */
      citation: z.string().nullable(),
      confidence: z.string().nullable(),
    }),
  ),
  units: z.array(capUnitRow),
  overCapUnits: z.number(),
});
export type CapReport = z.infer<typeof capReport>;

// ---- Disciplines (kỷ luật) --------------------------------------------------------------------
const effectiveOrder = (v: { effectiveFrom?: string; effectiveTo?: string }, ctx: z.RefinementCtx) => {
  if (v.effectiveFrom && v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi' });
  }
};

export const disciplineInput = z
  .strictObject({
    personId: idOf('Cán bộ'),
    form: oneOf(DISCIPLINE_FORMS, 'Hình thức kỷ luật'),
    decisionNo: text('Số quyết định', 60).default(''),
    decidedOn: dateOf('Ngày quyết định'),
    effectiveFrom: dateOf('Ngày có hiệu lực'),
    effectiveTo: dateOf('Ngày hết hiệu lực'),
    dutyRelated: flag('Liên quan đến thực thi nhiệm vụ').default(true),
    reason: text('Lý do', 1000).default(''),
  })
  .superRefine(effectiveOrder);
export type DisciplineInput = z.infer<typeof disciplineInput>;

export const disciplineUpdate = z
  .strictObject({
    form: oneOf(DISCIPLINE_FORMS, 'Hình thức kỷ luật').optional(),
    decisionNo: text('Số quyết định', 60).optional(),
    decidedOn: dateOf('Ngày quyết định').optional(),
    effectiveFrom: dateOf('Ngày có hiệu lực').optional(),
    effectiveTo: dateOf('Ngày hết hiệu lực').optional(),
    dutyRelated: flag('Liên quan đến thực thi nhiệm vụ').optional(),
    reason: text('Lý do', 1000).optional(),
  })
  .superRefine(effectiveOrder);
export type DisciplineUpdate = z.infer<typeof disciplineUpdate>;

export const disciplinesQuery = z.object({
  personId: uuid.optional(),
  unitId: uuid.optional(),
  /** In force at some time during that year. */
  year: queryYear.optional(),
  ...pageQuery,
});
export type DisciplinesQuery = z.infer<typeof disciplinesQuery>;

export const disciplineRow = z.object({
  id: z.string(),
  ...personRef,
  form: z.string(),
  decisionNo: z.string(),
  decidedOn: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string(),
  dutyRelated: z.boolean(),
  reason: z.string(),
});
export type DisciplineRow = z.infer<typeof disciplineRow>;

// ---- Inspections (thanh tra, kiểm tra, xác minh…) ---------------------------------------------
const inspectionDates = (
  v: { openedOn?: string; concludedOn?: string | null; remedied?: boolean; remediedOn?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.openedOn && v.concludedOn && v.concludedOn < v.openedOn) {
    ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: 'Ngày kết luận phải từ ngày bắt đầu trở đi' });
  }
};

export const inspectionInput = z
  .strictObject({
    kind: oneOf(PENDING_CHECK_KINDS, 'Loại'),
    title: requiredText('Tên cuộc thanh tra, kiểm tra', 300),
    openedOn: dateOf('Ngày bắt đầu'),
    concludedOn: dateOf('Ngày kết luận').nullable().optional(),
    conclusionNo: text('Số văn bản kết luận', 60).default(''),
    hasViolation: flag('Có dấu hiệu vi phạm').default(false),
    remedied: flag('Đã khắc phục').default(false),
    remediedOn: dateOf('Ngày khắc phục').nullable().optional(),
    summary: text('Tóm tắt', 4000).default(''),
    personIds: z.array(idOf('Cán bộ'), { error: 'Danh sách cán bộ không hợp lệ' }).max(500, 'Tối đa 500 cán bộ').default([]),
    unitIds: z.array(idOf('Đơn vị'), { error: 'Danh sách đơn vị không hợp lệ' }).max(200, 'Tối đa 200 đơn vị').default([]),
  })
  .superRefine((v, ctx) => {
    inspectionDates(v, ctx);
    if (!v.personIds.length && !v.unitIds.length) {
      ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'Phải nêu ít nhất một cá nhân hoặc một đơn vị liên quan' });
    }
  });
export type InspectionInput = z.infer<typeof inspectionInput>;

export const inspectionUpdate = z
  .strictObject({
    kind: oneOf(PENDING_CHECK_KINDS, 'Loại').optional(),
    title: requiredText('Tên cuộc thanh tra, kiểm tra', 300).optional(),
    openedOn: dateOf('Ngày bắt đầu').optional(),
    concludedOn: dateOf('Ngày kết luận').nullable().optional(),
    conclusionNo: text('Số văn bản kết luận', 60).optional(),
    hasViolation: flag('Có dấu hiệu vi phạm').optional(),
    remedied: flag('Đã khắc phục').optional(),
    remediedOn: dateOf('Ngày khắc phục').nullable().optional(),
    summary: text('Tóm tắt', 4000).optional(),
    personIds: z.array(idOf('Cán bộ')).max(500, 'Tối đa 500 cán bộ').optional(),
    unitIds: z.array(idOf('Đơn vị')).max(200, 'Tối đa 200 đơn vị').optional(),
  })
  .superRefine(inspectionDates);
export type InspectionUpdate = z.infer<typeof inspectionUpdate>;

export const inspectionsQuery = z.object({
  personId: uuid.optional(),
  unitId: uuid.optional(),
  status: z.enum(['open', 'concluded'], { error: 'Trạng thái phải là đang tiến hành ("open") hoặc đã kết luận ("concluded")' }).optional(),
  /** Ongoing at some time during that year. */
  year: queryYear.optional(),
  ...pageQuery,
});
export type InspectionsQuery = z.infer<typeof inspectionsQuery>;

export const inspectionSubjectRow = z.object({
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
});
export const inspectionRow = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  openedOn: z.string(),
  concludedOn: z.string().nullable(),
  status: z.enum(['open', 'concluded']),
  conclusionNo: z.string(),
  hasViolation: z.boolean(),
  remedied: z.boolean(),
  remediedOn: z.string().nullable(),
  summary: z.string(),
  subjects: z.array(inspectionSubjectRow),
});
export type InspectionRow = z.infer<typeof inspectionRow>;

// ---- Initiatives (sáng kiến) ------------------------------------------------------------------
const initiativeAuthors = z
  .array(
    z.strictObject({
      personId: idOf('Tác giả'),
      sharePct: z
        .number({ error: missingOr('Tỷ lệ đóng góp', 'Tỷ lệ đóng góp phải là số') })
        .gt(0, 'Tỷ lệ đóng góp phải lớn hơn 0%')
        .max(100, 'Tỷ lệ đóng góp tối đa 100%'),
    }),
    { error: missingOr('Tác giả', 'Danh sách tác giả không hợp lệ') },
  )
  .min(1, 'Sáng kiến phải có ít nhất một tác giả')
  .max(50, 'Tối đa 50 tác giả')
  .superRefine((authors, ctx) => {
    const seen = new Set<string>();
    for (const a of authors) {
      if (seen.has(a.personId)) ctx.addIssue({ code: 'custom', message: 'Một cán bộ được nêu hai lần trong danh sách tác giả' });
      seen.add(a.personId);
    }
    const total = Math.round(authors.reduce((s, a) => s + a.sharePct, 0) * 100) / 100;
    if (total > 100) ctx.addIssue({ code: 'custom', message: `Tổng tỷ lệ đóng góp của các tác giả là ${total}%, không được vượt quá 100%` });
  });

const scope = (label: string) => oneOf(INITIATIVE_SCOPES, label);

export const initiativeInput = z.strictObject({
  title: requiredText('Tên sáng kiến', 500),
  recognizedBy: scope('Cấp công nhận'),
  recognizingBody: text('Cơ quan công nhận', 300).default(''),
  decisionNo: text('Số quyết định', 60).default(''),
  recognizedOn: dateOf('Ngày công nhận'),
  impactScope: scope('Phạm vi ảnh hưởng').default('CO_SO'),
  impactRecognizedByProvinceHead: flag('Phạm vi ảnh hưởng được Chủ tịch UBND tỉnh công nhận').default(false),
  appliedEffectively: flag('Đã áp dụng hiệu quả').default(true),
  replicable: flag('Có khả năng nhân rộng').default(false),
  effectEvidence: text('Hiệu quả áp dụng', 4000).default(''),
  authors: initiativeAuthors,
});
export type InitiativeInput = z.infer<typeof initiativeInput>;

export const initiativeUpdate = z.strictObject({
  title: requiredText('Tên sáng kiến', 500).optional(),
  recognizedBy: scope('Cấp công nhận').optional(),
  recognizingBody: text('Cơ quan công nhận', 300).optional(),
  decisionNo: text('Số quyết định', 60).optional(),
  recognizedOn: dateOf('Ngày công nhận').optional(),
  impactScope: scope('Phạm vi ảnh hưởng').optional(),
  impactRecognizedByProvinceHead: flag('Phạm vi ảnh hưởng được Chủ tịch UBND tỉnh công nhận').optional(),
  appliedEffectively: flag('Đã áp dụng hiệu quả').optional(),
  replicable: flag('Có khả năng nhân rộng').optional(),
  effectEvidence: text('Hiệu quả áp dụng', 4000).optional(),
  authors: initiativeAuthors.optional(),
});
export type InitiativeUpdate = z.infer<typeof initiativeUpdate>;

export const initiativesQuery = z.object({
  personId: uuid.optional(),
  unitId: uuid.optional(),
  /** Year of recognition. */
  year: queryYear.optional(),
  used: boolQuery.optional(),
  ...pageQuery,
});
export type InitiativesQuery = z.infer<typeof initiativesQuery>;

/** An award that used an achievement as its basis (R-PRIN-1: one achievement, one award). */
export const basisUseRow = z.object({
  awardId: z.string(),
  awardCode: z.string(),
  year: z.number(),
  decisionNo: z.string(),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
});

export const initiativeRow = z.object({
  id: z.string(),
  title: z.string(),
  recognizedBy: z.string(),
  recognizingBody: z.string(),
  decisionNo: z.string(),
  recognizedOn: z.string(),
  impactScope: z.string(),
  impactRecognizedByProvinceHead: z.boolean(),
  appliedEffectively: z.boolean(),
  replicable: z.boolean(),
  effectEvidence: z.string(),
  authors: z.array(z.object({ personId: z.string(), personCode: z.string(), personName: z.string(), sharePct: z.number() })),
  usedBy: z.array(basisUseRow),
});
export type InitiativeRow = z.infer<typeof initiativeRow>;

// ---- S&T tasks (nhiệm vụ KH&CN) --------------------------------------------------------------
const taskMembers = z
  .array(z.strictObject({ personId: idOf('Thành viên'), role: oneOf(SCIENCE_TASK_ROLES, 'Vai trò') }), {
    error: missingOr('Thành viên', 'Danh sách thành viên không hợp lệ'),
  })
  .min(1, 'Nhiệm vụ phải có ít nhất một thành viên')
  .max(100, 'Tối đa 100 thành viên')
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    for (const m of members) {
      if (seen.has(m.personId)) ctx.addIssue({ code: 'custom', message: 'Một cán bộ được nêu hai lần trong danh sách thành viên' });
      seen.add(m.personId);
    }
  });

const acceptancePair = (v: { acceptedOn?: string | null; acceptanceResult?: string | null }, ctx: z.RefinementCtx) => {
  if (v.acceptanceResult && v.acceptedOn === null) {
    ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'Có kết quả nghiệm thu thì phải có ngày nghiệm thu' });
  }
};

export const scienceTaskInput = z
  .strictObject({
    code: text('Mã nhiệm vụ', 60).default(''),
    title: requiredText('Tên nhiệm vụ', 500),
    kind: oneOf(SCIENCE_TASK_KINDS, 'Loại nhiệm vụ'),
    /** Cấp quản lý (stored in science_tasks.level; named so it is not confused with a rating level). */
    taskLevel: oneOf(SCIENCE_TASK_LEVELS, 'Cấp quản lý nhiệm vụ'),
    acceptedOn: dateOf('Ngày nghiệm thu').nullable().default(null),
    acceptanceResult: oneOf(ACCEPTANCE_RESULTS, 'Kết quả nghiệm thu').nullable().default(null),
    applied: flag('Đã ứng dụng').default(false),
    impactScope: scope('Phạm vi ảnh hưởng').default('CO_SO'),
    impactRecognizedByProvinceHead: flag('Phạm vi ảnh hưởng được Chủ tịch UBND tỉnh công nhận').default(false),
    applicationEvidence: text('Hiệu quả ứng dụng', 4000).default(''),
    members: taskMembers,
  })
  .superRefine(acceptancePair);
export type ScienceTaskInput = z.infer<typeof scienceTaskInput>;

export const scienceTaskUpdate = z.strictObject({
  code: text('Mã nhiệm vụ', 60).optional(),
  title: requiredText('Tên nhiệm vụ', 500).optional(),
  kind: oneOf(SCIENCE_TASK_KINDS, 'Loại nhiệm vụ').optional(),
  taskLevel: oneOf(SCIENCE_TASK_LEVELS, 'Cấp quản lý nhiệm vụ').optional(),
  acceptedOn: dateOf('Ngày nghiệm thu').nullable().optional(),
  acceptanceResult: oneOf(ACCEPTANCE_RESULTS, 'Kết quả nghiệm thu').nullable().optional(),
  applied: flag('Đã ứng dụng').optional(),
  impactScope: scope('Phạm vi ảnh hưởng').optional(),
  impactRecognizedByProvinceHead: flag('Phạm vi ảnh hưởng được Chủ tịch UBND tỉnh công nhận').optional(),
  applicationEvidence: text('Hiệu quả ứng dụng', 4000).optional(),
  members: taskMembers.optional(),
});
export type ScienceTaskUpdate = z.infer<typeof scienceTaskUpdate>;

export const scienceTasksQuery = z.object({
  personId: uuid.optional(),
  unitId: uuid.optional(),
  /** Year of acceptance (nghiệm thu). */
  year: queryYear.optional(),
  ...pageQuery,
});
export type ScienceTasksQuery = z.infer<typeof scienceTasksQuery>;

export const scienceTaskRow = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  kind: z.string(),
  taskLevel: z.string(),
  acceptedOn: z.string().nullable(),
  acceptanceResult: z.string().nullable(),
  applied: z.boolean(),
  impactScope: z.string(),
  impactRecognizedByProvinceHead: z.boolean(),
  applicationEvidence: z.string(),
  members: z.array(z.object({ personId: z.string(), personCode: z.string(), personName: z.string(), role: z.string() })),
  usedBy: z.array(basisUseRow),
});
export type ScienceTaskRow = z.infer<typeof scienceTaskRow>;

// ---- Awards received (danh hiệu, hình thức khen thưởng đã nhận) -------------------------------
const awardCode = oneOf(AWARD_CODES, 'Danh hiệu/Hình thức khen thưởng');
const basisIds = (label: string) => z.array(idOf(label), { error: `Danh sách ${label.toLowerCase()} không hợp lệ` }).max(20, 'Tối đa 20 căn cứ');

const cstdcsOnlyForCstdcs = (v: { awardCode?: string; cstdcsBasis?: string | null }, ctx: z.RefinementCtx) => {
  if (v.cstdcsBasis && v.awardCode && v.awardCode !== 'CSTDCS') {
    ctx.addIssue({ code: 'custom', path: ['cstdcsBasis'], message: 'Căn cứ xét Chiến sĩ thi đua cơ sở chỉ dùng cho danh hiệu Chiến sĩ thi đua cơ sở' });
  }
};

export const awardInput = z
  .strictObject({
    personId: idOf('Cán bộ').optional(),
    unitId: idOf('Đơn vị').optional(),
    awardCode,
    year: yearOf(),
    basisType: oneOf(BASIS_TYPES, 'Loại khen thưởng').default('CONG_TRANG'),
    cstdcsBasis: oneOf(CSTDCS_PATHS, 'Căn cứ xét Chiến sĩ thi đua cơ sở').nullable().default(null),
    decisionNo: text('Số quyết định', 60).default(''),
    decidedOn: dateOf('Ngày quyết định').nullable().default(null),
    /** Conferrer code (director, province_chair, …) or the text of the deciding level; default from the catalogue. */
    conferredBy: text('Cấp quyết định', 200).default(''),
    note: text('Ghi chú', 1000).default(''),
    initiativeIds: basisIds('Sáng kiến').default([]),
    scienceTaskIds: basisIds('Nhiệm vụ khoa học và công nghệ').default([]),
  })
  .superRefine((v, ctx) => {
    oneSubject(v, ctx);
    cstdcsOnlyForCstdcs(v, ctx);
  });
export type AwardInput = z.infer<typeof awardInput>;

export const awardUpdate = z.strictObject({
  basisType: oneOf(BASIS_TYPES, 'Loại khen thưởng').optional(),
  cstdcsBasis: oneOf(CSTDCS_PATHS, 'Căn cứ xét Chiến sĩ thi đua cơ sở').nullable().optional(),
  decisionNo: text('Số quyết định', 60).optional(),
  decidedOn: dateOf('Ngày quyết định').nullable().optional(),
  conferredBy: text('Cấp quyết định', 200).optional(),
  note: text('Ghi chú', 1000).optional(),
  initiativeIds: basisIds('Sáng kiến').optional(),
  scienceTaskIds: basisIds('Nhiệm vụ khoa học và công nghệ').optional(),
});
export type AwardUpdate = z.infer<typeof awardUpdate>;

export const awardsQuery = z.object({
  personId: uuid.optional(),
  unitId: uuid.optional(),
  year: queryYear.optional(),
  awardCode: awardCode.optional(),
  subject: subjectKind.optional(),
  ...pageQuery,
});
export type AwardsQuery = z.infer<typeof awardsQuery>;

export const awardRow = z.object({
  id: z.string(),
  subject: subjectKind,
  ...personRef,
  ...unitRef,
  awardCode: z.string(),
  year: z.number(),
  basisType: z.string(),
  cstdcsBasis: z.string().nullable(),
  decisionNo: z.string(),
  decidedOn: z.string().nullable(),
  conferredBy: z.string(),
  source: z.string(),
  note: z.string(),
  basis: z.array(z.object({ kind: z.enum(['initiative', 'science_task']), id: z.string(), title: z.string() })),
});
export type AwardRow = z.infer<typeof awardRow>;

// ---- Pages --------------------------------------------------------------------------------------
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
export const ratingsPage = page(ratingRow);
export const disciplinesPage = page(disciplineRow);
export const inspectionsPage = page(inspectionRow);
export const initiativesPage = page(initiativeRow);
export const scienceTasksPage = page(scienceTaskRow);
export const awardsPage = page(awardRow);

// ---- TĐKT record (timeline) of a person and of a collective ------------------------------------
const timelineRating = z.object({
  id: z.string(),
  level: z.string(),
  regime: z.string(),
  ratedInUnitId: z.string().nullable(),
  decisionNo: z.string(),
  decidedOn: z.string().nullable(),
  spiritAttested: z.boolean(),
});
const timelineAward = z.object({
  id: z.string(),
  awardCode: z.string(),
  basisType: z.string(),
  cstdcsBasis: z.string().nullable(),
  decisionNo: z.string(),
  decidedOn: z.string().nullable(),
  conferredBy: z.string(),
  source: z.string(),
  basis: z.array(z.object({ kind: z.enum(['initiative', 'science_task']), id: z.string(), title: z.string() })),
});

export const personTimeline = z.object({
  person: z.object({
    id: z.string(),
    code: z.string(),
    fullName: z.string(),
    staffCategory: z.string(),
    status: z.string(),
    unitId: z.string(),
    unitName: z.string(),
  }),
  /** Most recent year first. */
  years: z.array(
    z.object({
      year: z.number(),
      /** The unit the person belonged to that year (assignment held on 31/12, or the last one held in it). */
      unit: z
        .object({ id: z.string(), name: z.string(), position: z.string(), isLeader: z.boolean(), staffCategory: z.string() })
        .nullable(),
      rating: timelineRating.nullable(),
      awards: z.array(timelineAward),
      /** Initiatives recognised that year, with all authors' shares and what they were used for. */
      initiatives: z.array(initiativeRow.omit({ effectEvidence: true }).extend({ ownSharePct: z.number() })),
      /** S&T tasks accepted (nghiệm thu) that year. */
      scienceTasks: z.array(scienceTaskRow.omit({ applicationEvidence: true, members: true }).extend({ role: z.string() })),
      /** Disciplines in force at some time during that year. */
      disciplines: z.array(disciplineRow.omit({ personId: true, personCode: true, personName: true, personUnitId: true, personUnitName: true })),
      /** Inspections naming the person, ongoing at some time during that year. */
      inspections: z.array(inspectionRow.omit({ subjects: true, summary: true })),
    }),
  ),
  /** S&T tasks not yet accepted. */
  scienceTasksInProgress: z.array(scienceTaskRow.omit({ applicationEvidence: true, members: true }).extend({ role: z.string() })),
});
export type PersonTimeline = z.infer<typeof personTimeline>;

export const unitTimeline = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable(), active: z.boolean() }),
  years: z.array(
    z.object({
      year: z.number(),
      rating: timelineRating.nullable(),
      awards: z.array(timelineAward),
      memberCount: z.number(),
      /** Members holding "Lao động tiên tiến" (or CSTĐCS, which is conferred on top of it) that year. */
      membersWithLdtt: z.number(),
      ldttShare: z.number().nullable(),
      /** Members rated HTXSNV / HTTNV / HTNV / KHTNV / not rated. */
      ratingCounts: z.record(z.string(), z.number()),
      /** Members whose record you may not see (their current unit is outside your scope): counted, not listed. */
      membersHidden: z.number(),
      members: z.array(
        z.object({
          personId: z.string(),
          code: z.string(),
          fullName: z.string(),
          position: z.string(),
          isLeader: z.boolean(),
          staffCategory: z.string(),
          rating: z.string().nullable(),
          awards: z.array(z.string()),
          /** Disciplines in force that year (forms). */
          disciplines: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type UnitTimeline = z.infer<typeof unitTimeline>;

// ---- Imports from XLSX ---------------------------------------------------------------------------
export const recordImportParams = z.object({
  kind: z.enum(RECORD_IMPORT_KINDS, { error: `Loại dữ liệu nhập phải là một trong: ${RECORD_IMPORT_KINDS.map((k) => `"${k}"`).join(', ')}` }),
});
export const recordImportQuery = z.object({
  dryRun: z.enum(['true', 'false'], { error: 'Chạy thử phải là "true" (có) hoặc "false" (không)' }).default('false').transform((v) => v === 'true'),
  /** Ratings: replace a rating already recorded for the same person (unit) and year instead of refusing the row. */
  replace: z.enum(['true', 'false'], { error: 'Ghi đè phải là "true" (có) hoặc "false" (không)' }).default('false').transform((v) => v === 'true'),
});
