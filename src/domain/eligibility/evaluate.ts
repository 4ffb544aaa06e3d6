/**
 * The eligibility engine: evaluate(case, settings) → Verdict, and evaluateMany for screening
 * (one index per subject, many awards). Pure: no I/O, no clock (dates come from the case).
 */
import { cited, findAward, type CitedBasis, type EvaluableAward } from '../catalogue';
import { CollectiveIndex, PersonIndex } from './case-index';
import type { EligibilityCase, ScreeningCase } from './case-schema';
import { fmtDate, fmtPct } from './format';
import { BASES } from './legal-bases';
import { push, settingCited, statusOf } from './lines';
import { ratingRegimeSummary } from './rating-regimes';
import { regimeSummary, selectLegalRegime } from './regimes';
import { DEFAULT_SETTINGS, type AgencySettings, type SettingKey } from './settings';
import type { EvalContext, LegalRegime, VerdictBuilder } from './types';
import { VERDICT_STATUS_LABELS, type CriterionLine, type RegimeSummary, type Verdict } from './verdict-schema';

/** A screening case with its indexes built once. */
export interface PreparedCase {
  source: ScreeningCase;
  asOf: string;
  refDate: string;
  regime: LegalRegime | null;
  regimeSummary: RegimeSummary | null;
  person: PersonIndex | null;
  collective: CollectiveIndex | null;
}

export function prepareCase(c: ScreeningCase, settings: AgencySettings = DEFAULT_SETTINGS): PreparedCase {
  return prepare(c, settings, true);
}

/** `withSummary` false: no regime summary (screening rows never show it). */
function prepare(c: ScreeningCase, settings: AgencySettings, withSummary: boolean): PreparedCase {
  const yearEnd = `${c.year}-12-31`;
  const asOf = c.asOf ?? c.dossierDate ?? yearEnd;
  const refDate = c.dossierDate ?? c.asOf ?? yearEnd;
  const s = c.subject;
  const regime = selectLegalRegime(refDate, settings);
  return {
    source: c,
    asOf,
    refDate,
    regime,
    regimeSummary: regime && withSummary ? regimeSummary(regime, settings) : null,
    person: s.kind === 'individual' ? new PersonIndex(s, settings, asOf) : null,
    collective: s.kind === 'collective' ? new CollectiveIndex(s, settings, asOf) : null,
  };
}

const QUOTA_KEYS: Partial<Record<EvaluableAward, SettingKey>> = {
  CSTDCS: 'quota.CSTDCS',
  CSTD_TINH: 'quota.CSTD_TINH',
  TTLDXS: 'quota.TTLDXS',
  CO_TD_TINH: 'quota.CO_TD',
  CO_TD_CP: 'quota.CO_TD',
};

const targetBasis = new Map<string, CitedBasis>();
function awardBasis(award: EvaluableAward, refDate: string): CitedBasis {
  const entry = findAward(award, refDate);
  const key = `${award}|${entry.effectiveFrom}`;
  let b = targetBasis.get(key);
  if (!b) targetBasis.set(key, (b = cited(entry.legalBasis)));
  return b;
}

function quotaLine(ctx: EvalContext): void {
  const key = QUOTA_KEYS[ctx.award];
  if (!key) return;
  const q = ctx.settings[key] as { pct: number; base: string } | null;
  if (!q) return;
  push(ctx, `QUOTA.${ctx.award}`, 'info', 'Hạn mức do cơ quan quy định', 'not_applicable',
    () => {
      const base = q.base === 'LDTT' ? 'số cá nhân đạt Lao động tiên tiến' : q.base === 'CSTDCS' ? 'số cá nhân đạt Chiến sĩ thi đua cơ sở' : q.base === 'UNITS' ? 'số tập thể' : 'số đề nghị';
      const mode = ctx.settings.roundingMode === 'FLOOR' ? 'làm tròn xuống' : ctx.settings.roundingMode === 'CEIL' ? 'làm tròn lên' : 'làm tròn';
      return `Danh sách đề nghị không vượt quá ${fmtPct(q.pct)} ${base} (${mode}); áp dụng khi lập danh sách theo thứ tự xếp hạng.`;
    },
    () => ({ ...q, roundingMode: ctx.settings.roundingMode }), settingCited(key), key);
}

/**
 * A title or form for a year is judged on the whole year: checked before 31/12 of that year, the
 * verdict is provisional and says so (the status is kept: year-end reviews are held in November and
 * December, before the year is over).
 */
function yearNotOverLine(ctx: EvalContext, award: EvaluableAward, refDate: string): void {
  const yearEnd = `${ctx.year}-12-31`;
  if (ctx.asOf >= yearEnd) return;
  push(ctx, 'YEAR.not_over', 'warning', `Năm ${ctx.year} chưa kết thúc: kết quả chỉ là dự kiến`, 'fail',
    () => `Ngày xét ${fmtDate(ctx.asOf)} trước khi năm ${ctx.year} kết thúc (31/12/${ctx.year}): thành tích, xếp loại và các sự việc từ nay đến hết năm chưa được tính. Xét lại sau khi có kết quả đánh giá, xếp loại cả năm.`,
    () => ({ asOf: ctx.asOf, yearEnd }), awardBasis(award, refDate));
  if (!ctx.lean) ctx.out.notes.push(`Năm ${ctx.year} chưa kết thúc tại ngày xét ${fmtDate(ctx.asOf)}: kết quả chỉ là dự kiến.`);
}

/** The lines of a prepared case for one award (lean: without details, see EvalContext.lean). */
function judge(prep: PreparedCase, award: EvaluableAward, settings: AgencySettings, lean: boolean): VerdictBuilder {
  const src = prep.source;
  const y = src.year;
  const subject = src.subject;
  const entry = findAward(award, prep.refDate);
  const out: VerdictBuilder = { lines: [], notes: [], basis: { initiatives: [], scienceTasks: [], awards: [], years: [] } };
  const regime = prep.regime;
  if (!regime) {
    const line: CriterionLine = {
      id: 'REGIME.in_force', kind: 'criterion', label: 'Có chế độ pháp lý áp dụng tại ngày tham chiếu', result: 'fail',
      detail: `Ngày tham chiếu ${fmtDate(prep.refDate)} trước ngày Luật Thi đua, khen thưởng 2022 có hiệu lực (01/01/2024) hoặc chế độ pháp lý chưa được bật; công cụ không xét theo chế độ khác.`,
      data: { referenceDate: prep.refDate }, legalBasis: BASES.regimeMissing.legalBasis, citation: BASES.regimeMissing.citation,
    };
    out.lines.push(line);
  } else {
    const ctx: EvalContext = { award, year: y, basisType: src.basisType, settings, regime, refDate: prep.refDate, asOf: prep.asOf, out, lean };
    const target = entry.target;
    if (target !== 'both' && target !== subject.kind) {
      push(ctx, 'AWARD.target', 'criterion', 'Đối tượng được xét tặng', 'fail',
        () => `${entry.nameVi} chỉ xét tặng cho ${target === 'individual' ? 'cá nhân' : 'tập thể'}.`, () => ({ target, subjectKind: subject.kind }), awardBasis(award, prep.refDate));
    } else {
      const rule = regime.rules[award];
      if (subject.kind === 'individual' && prep.person && rule?.individual) rule.individual(ctx, prep.person);
      else if (subject.kind === 'collective' && prep.collective && rule?.collective) rule.collective(ctx, prep.collective);
      else
        push(ctx, 'AWARD.not_supported', 'criterion', 'Công cụ hỗ trợ xét danh hiệu, hình thức này', 'fail',
          () => `Chế độ ${regime.name} chưa có quy tắc xét ${entry.nameVi} cho đối tượng này.`, {}, awardBasis(award, prep.refDate));
    }
    yearNotOverLine(ctx, award, prep.refDate);
    if (regime.confidence === 'UNCONFIRMED') {
      push(ctx, 'REGIME.unconfirmed', 'info', 'Chế độ pháp lý chưa được xác nhận', 'not_applicable', regime.notes[0] ?? 'Chế độ pháp lý chưa được xác nhận.', () => ({ regime: regime.id }), settingCited('regime.law2026.enabled'), 'regime.law2026.enabled');
    }
    quotaLine(ctx);
    for (const n of regime.notes) out.notes.push(n);
  }
  return out;
}

/** Judge a prepared case for one award. */
export function evaluatePrepared(prep: PreparedCase, award: EvaluableAward, settings: AgencySettings = DEFAULT_SETTINGS): Verdict {
  const y = prep.source.year;
  const subject = prep.source.subject;
  const entry = findAward(award, prep.refDate);
  const out = judge(prep, award, settings, false);
  const status = statusOf(out.lines);
  const subjectOut: Verdict['subject'] = { kind: subject.kind, id: subject.id };
  if (subject.name !== undefined) subjectOut.name = subject.name;
  return {
    status,
    statusLabel: VERDICT_STATUS_LABELS[status],
    award: { code: award, name: entry.nameVi },
    year: y,
    subject: subjectOut,
    referenceDate: prep.refDate,
    regime: prep.regimeSummary,
    ratingRegime: prep.person ? ratingRegimeSummary(prep.person.ratingRegimeOf(y)) : null,
    criteria: out.lines,
    basisUsed: out.basis,
    notes: out.notes,
  };
}

/** Judge one case (already validated with EligibilityCaseSchema). */
export function evaluate(input: EligibilityCase, settings: AgencySettings = DEFAULT_SETTINGS): Verdict {
  return evaluatePrepared(prepareCase(input, settings), input.award, settings);
}

/**
 * Screening: judge each subject against every award of `awards` that suits it (individual awards for
 * people, collective awards for collectives). Indexes are built once per case.
 */
export function evaluateMany(cases: readonly ScreeningCase[], awards: readonly EvaluableAward[], settings: AgencySettings = DEFAULT_SETTINGS): Verdict[][] {
  const refDateSample = '2100-01-01';
  const targets = new Map<EvaluableAward, string>(awards.map((a) => [a, findAward(a, refDateSample).target]));
  return cases.map((c) => {
    const prep = prepareCase(c, settings);
    const kind = c.subject.kind;
    const out: Verdict[] = [];
    for (const a of awards) {
      const t = targets.get(a);
      if (t === 'both' || t === kind) out.push(evaluatePrepared(prep, a, settings));
    }
    return out;
  });
}

/** One cell of the screening table: enough to show a status and why, without the full detail. */
export interface ScreeningRow {
  subjectId: string;
  award: EvaluableAward;
  year: number;
  status: Verdict['status'];
  /** The criterion/deferral lines that failed, lack information or await the council (open evaluate() for the details). */
  issues: ScreeningIssue[];
}

export interface ScreeningIssue {
  id: string;
  label: string;
  /** council: the law leaves the line to the council, whose answer is not recorded yet. */
  result: 'fail' | 'missing' | 'council';
  kind: 'criterion' | 'deferral';
  /** Answers (xác nhận) the line lacks, by catalogue key (answers.ts): what to record to decide it. */
  answers?: string[];
}

const NO_ISSUES: ScreeningIssue[] = [];

/**
 * Bulk screening (e.g. 50,000 people × every title): like evaluateMany but keeps only a compact row
 * per (subject, award), and judges in lean mode (no detail strings or data are built), so memory
 * stays flat and the garbage collector stays cheap. Same statuses and failing lines as evaluate()
 * (failed, missing, or awaiting the council).
 */
export function screenMany(cases: readonly ScreeningCase[], awards: readonly EvaluableAward[], settings: AgencySettings = DEFAULT_SETTINGS): ScreeningRow[] {
  const targets = awards.map((a) => findAward(a, '2100-01-01').target);
  const rows: ScreeningRow[] = [];
  for (const c of cases) {
    const prep = prepare(c, settings, false);
    const kind = c.subject.kind;
    for (let i = 0; i < awards.length; i++) {
      const t = targets[i];
      if (t !== 'both' && t !== kind) continue;
      const lines = judge(prep, awards[i]!, settings, true).lines;
      let issues = NO_ISSUES;
      for (const l of lines) {
        if ((l.kind === 'criterion' || l.kind === 'deferral') && (l.result === 'fail' || l.result === 'missing' || l.result === 'council')) {
          if (issues === NO_ISSUES) issues = [];
          const issue: ScreeningIssue = { id: l.id, label: l.label, result: l.result, kind: l.kind };
          if (l.answers) issue.answers = l.answers;
          issues.push(issue);
        }
      }
      rows.push({ subjectId: c.subject.id, award: awards[i]!, year: c.year, status: statusOf(lines), issues });
    }
  }
  return rows;
}
