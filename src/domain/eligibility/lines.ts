/** Building criterion lines and turning them into a verdict status. */
import { cited, type CitedBasis } from '../catalogue';
import { settingBasis, type SettingKey } from './settings';
import type { EvalContext } from './types';
import type { CriterionLine, LineKind, LineResult, VerdictStatus } from './verdict-schema';

const settingCache = new Map<SettingKey, CitedBasis>();

/** Legal basis of a line driven by an agency setting: the law's delegation article + the setting key. */
export function settingCited(key: SettingKey): CitedBasis {
  let c = settingCache.get(key);
  if (!c) settingCache.set(key, (c = cited(settingBasis(key))));
  return c;
}

/** A line's explanation, or a function making it when it costs something to build (skipped in lean mode). */
type Lazy<T> = T | (() => T);
type LineData = Record<string, unknown>;

const NO_DATA: LineData = Object.freeze({}) as LineData;

export function push(
  ctx: EvalContext,
  id: string,
  kind: LineKind,
  label: string,
  result: LineResult,
  detail: Lazy<string>,
  data: Lazy<LineData>,
  basis: CitedBasis,
  setting?: SettingKey,
): CriterionLine {
  const line: CriterionLine = ctx.lean
    ? { id, kind, label, result, detail: '', data: NO_DATA, legalBasis: basis.legalBasis, citation: basis.citation }
    : {
        id, kind, label, result,
        detail: typeof detail === 'function' ? detail() : detail,
        data: typeof data === 'function' ? data() : data,
        legalBasis: basis.legalBasis,
        citation: basis.citation,
      };
  if (setting) line.setting = setting;
  ctx.out.lines.push(line);
  return line;
}

/**
 * Disjunction: pass if any passes; else missing if any is missing (a branch the records could still
 * decide); else council if any awaits the council; else fail (n/a when all are n/a).
 */
export function anyOf(results: readonly LineResult[]): LineResult {
  let missing = false;
  let council = false;
  let fail = false;
  for (const r of results) {
    if (r === 'pass') return 'pass';
    if (r === 'missing') missing = true;
    else if (r === 'council') council = true;
    else if (r === 'fail') fail = true;
  }
  return missing ? 'missing' : council ? 'council' : fail ? 'fail' : 'not_applicable';
}

/** Conjunction: fail if any fails; else missing if any is missing; else council if any awaits the council; else pass. */
export function allOf(results: readonly LineResult[]): LineResult {
  let missing = false;
  let council = false;
  for (const r of results) {
    if (r === 'fail') return 'fail';
    if (r === 'missing') missing = true;
    else if (r === 'council') council = true;
  }
  return missing ? 'missing' : council ? 'council' : 'pass';
}

/**
 * Only criterion and deferral lines decide, in this order of precedence:
 *   not_eligible > deferred > missing_information > awaiting_council > eligible.
 * A failed criterion ends it whatever else is open; an open deferral forbids proposing at all
 * (R-PRIN-5), even before the council; a lacking record comes before the council's judgement (the
 * council judges a complete dossier, and "awaiting the council" promises the records are complete);
 * only then, a criterion the law leaves to the council and not yet answered (result "council").
 */
export function statusOf(lines: readonly CriterionLine[]): VerdictStatus {
  let fail = false;
  let defer = false;
  let missing = false;
  let council = false;
  for (const l of lines) {
    if (l.kind === 'criterion') {
      if (l.result === 'fail') fail = true;
      else if (l.result === 'missing') missing = true;
      else if (l.result === 'council') council = true;
    } else if (l.kind === 'deferral') {
      if (l.result === 'fail') defer = true;
      else if (l.result === 'missing') missing = true;
    }
  }
  return fail ? 'not_eligible' : defer ? 'deferred' : missing ? 'missing_information' : council ? 'awaiting_council' : 'eligible';
}

/**
 * Names the answers (catalogue keys, see answers.ts) a line lacks when its result is "missing" or
 * "council", so the screening can say what to record and where. Returns the line.
 */
export function asks(line: CriterionLine, keys: readonly string[]): CriterionLine {
  if ((line.result === 'missing' || line.result === 'council') && keys.length > 0) line.answers = [...keys];
  return line;
}

/** The answers the given lines lack, once each (for a line combining alternatives). */
export function answersOf(lines: readonly (CriterionLine | undefined)[]): string[] {
  const out: string[] = [];
  for (const l of lines) for (const k of l?.answers ?? []) if (!out.includes(k)) out.push(k);
  return out;
}

/** Answer of a yes/no flag as a line result. */
export function flagResult(v: boolean | undefined): LineResult {
  return v === undefined ? 'missing' : v ? 'pass' : 'fail';
}

/** Answer of a yes/no flag the law leaves to the council: "council" until it is recorded. */
export function councilFlagResult(v: boolean | undefined): LineResult {
  return v === undefined ? 'council' : v ? 'pass' : 'fail';
}
