import { codeFromLabel } from '../../domain/org/codes';
import { cellText, isoToVietnameseDate, type CellScalar } from './cells';
import { lookupKey } from './headers';

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): ParseOutcome<T> => ({ ok: true, value });
export const fail = <T = never>(message: string): ParseOutcome<T> => ({ ok: false, message });

/**
 * Remembers the outcome for each distinct text (up to 1,000 of them): a column of choices (gender,
 * category, unit, Có/Không) holds a handful of distinct values over 50,000 rows.
 */
function memo<T>(parse: (value: Exclude<CellScalar, null>) => ParseOutcome<T>): (value: Exclude<CellScalar, null>) => ParseOutcome<T> {
  const seen = new Map<string, ParseOutcome<T>>();
  return (value) => {
    if (typeof value !== 'string') return parse(value);
    let outcome = seen.get(value);
    if (!outcome) {
      outcome = parse(value);
      if (seen.size < 1000) seen.set(value, outcome);
    }
    return outcome;
  };
}

/**
 * Turns one non-empty cell into a value. `message` on failure is a Vietnamese phrase that reads
 * after the column header ("Ngày sinh: ngày 31/02/2024 không tồn tại").
 */
export interface CellParser<T> {
  /** How to fill the column, for the "Hướng dẫn" sheet. */
  describe: string;
  /** Allowed values: the template offers them as a drop-down list. */
  choices?: readonly string[];
  /** Format the template column as text, so Excel keeps what is typed (codes, dd/mm/yyyy dates). */
  textFormat?: boolean;
  parse(value: Exclude<CellScalar, null>): ParseOutcome<T>;
}

export function text(options: { max?: number; collapseSpaces?: boolean } = {}): CellParser<string> {
  const max = options.max ?? 255;
  return {
    describe: `Chữ, tối đa ${max} ký tự`,
    textFormat: true,
    parse(value) {
      let s = cellText(value).trim();
      if (options.collapseSpaces !== false) s = s.replace(/\s+/g, ' ');
      if (s.length > max) return fail(`dài ${s.length} ký tự, tối đa ${max} ký tự.`);
      return ok(s);
    },
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function email(): CellParser<string> {
  return {
    describe: 'Địa chỉ thư điện tử, ví dụ ten@langson.gov.vn',
    textFormat: true,
    parse(value) {
      const s = cellText(value).trim();
      if (s.length > 254 || !EMAIL.test(s)) return fail(`"${s}" không phải địa chỉ thư điện tử hợp lệ.`);
      return ok(s);
    },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function realDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? isoOf(y, m, d) : null;
}

/** Excel's day serial (1 = 01/01/1900, with its 1900 leap-year quirk) → 'yyyy-mm-dd'. */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A calendar date → 'yyyy-mm-dd'. Accepts text dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy,
 * yyyy-mm-dd), real Excel date cells and day serials. `check` adds a rule (return a message to refuse).
 */
export function date(options: { check?: (iso: string) => string | null } = {}): CellParser<string> {
  return {
    describe: 'Ngày theo dạng dd/mm/yyyy, ví dụ 05/09/1985',
    textFormat: true,
    parse(value) {
      let iso: string | null = null;
      const shown = cellText(value);
      if (value instanceof Date) iso = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
      else if (typeof value === 'number') iso = excelSerialToIso(value);
      else if (typeof value === 'string') {
        const s = value.trim();
        const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
        const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
        if (dmy) {
          iso = realDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
          if (!iso) return fail(`ngày ${s} không tồn tại.`);
        } else if (ymd) {
          iso = realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
          if (!iso) return fail(`ngày ${s} không tồn tại.`);
        }
      }
      if (!iso) return fail(`"${shown}" không phải ngày hợp lệ (nhập theo dạng dd/mm/yyyy).`);
      const problem = options.check?.(iso);
      return problem ? fail(problem) : ok(iso);
    },
  };
}

/** Ready-made `check` for dates that cannot be later than today. */
export function notInFuture(today: string): (iso: string) => string | null {
  return (iso) => (iso > today ? `ngày ${isoToVietnameseDate(iso)} ở tương lai.` : null);
}

export function integer(options: { min?: number; max?: number } = {}): CellParser<number> {
  const { min, max } = options;
  const range = min !== undefined && max !== undefined ? ` từ ${min} đến ${max}` : min !== undefined ? ` từ ${min} trở lên` : max !== undefined ? ` tối đa ${max}` : '';
  return {
    describe: `Số nguyên${range}`,
    parse(value) {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isInteger(n)) return fail(`"${cellText(value)}" không phải số nguyên.`);
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return fail(`${n} phải là số${range}.`);
      return ok(n);
    },
  };
}

const YES = new Set(['co', 'c', 'x', '1', 'true', 'yes', 'y']);
const NO = new Set(['khong', 'k', '0', 'false', 'no', 'n']);

/** "Có"/"Không" (also x, 1/0, TRUE/FALSE, without diacritics). */
export function yesNo(): CellParser<boolean> {
  return {
    describe: 'Có hoặc Không',
    choices: ['Có', 'Không'],
    parse: memo((value) => {
      if (typeof value === 'boolean') return ok(value);
      const key = lookupKey(cellText(value));
      if (YES.has(key)) return ok(true);
      if (NO.has(key)) return ok(false);
      return fail(`"${cellText(value)}" không hợp lệ, chỉ nhận Có hoặc Không.`);
    }),
  };
}

/** A code from a code list, by its Vietnamese label or by the code itself (see `codeFromLabel`). */
export function enumLabel<T extends string>(labels: Record<T, string>): CellParser<T> {
  const choices = Object.values(labels) as string[];
  return {
    describe: `Một trong: ${choices.join(', ')}`,
    choices,
    parse: memo((value) => {
      const code = codeFromLabel(labels, cellText(value), lookupKey);
      return code ? ok(code) : fail(`"${cellText(value)}" không hợp lệ, chỉ nhận: ${choices.join(', ')}.`);
    }),
  };
}

/**
 * A value found from the typed text (a unit by name or code, a person by code…). `find` receives the
 * trimmed text and returns ok(value) or fail(message).
 */
export function lookup<T>(options: { describe: string; choices?: readonly string[]; find: (text: string) => ParseOutcome<T> }): CellParser<T> {
  return { describe: options.describe, choices: options.choices, textFormat: true, parse: memo((value) => options.find(cellText(value).trim())) };
}
