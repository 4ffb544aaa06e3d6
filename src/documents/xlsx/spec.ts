import { DomainError } from '../../domain/errors';
import type { CellParser } from './parsers';

/** One column of an import: its Vietnamese header, how a cell is parsed, and help for the template. */
export interface ColumnDef<T> {
  header: string;
  /** Other headers accepted for this column (old templates, common variants). */
  aliases?: readonly string[];
  /** The cell must not be empty. Implies the header must be present. */
  required?: boolean;
  /** The header must be present even if cells may be empty. */
  requiredHeader?: boolean;
  parser: CellParser<T>;
  /** Value used when the cell is empty (otherwise null). */
  defaultValue?: T;
  /** Extra note for the "Hướng dẫn" sheet. */
  help?: string;
  /** What the guide's "Bắt buộc" column says when the rule is conditional (e.g. "Có, nếu không điền cột Họ và tên"). */
  requiredNote?: string;
  example?: string;
  /** Column width in the template, in characters. */
  width?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ColumnsSpec = Record<string, ColumnDef<any>>;
export type ColumnKey<S extends ColumnsSpec> = keyof S & string;

/** The parsed values of one row: a failed or empty optional cell is null (or its default). */
export type RowValues<S extends ColumnsSpec> = { [K in keyof S]: S[K] extends ColumnDef<infer T> ? T | null : never };

export interface RowIssue<S extends ColumnsSpec> {
  key: ColumnKey<S>;
  message: string;
}

export interface SheetSpec<S extends ColumnsSpec> {
  columns: S;
  /** Prefer a sheet with this name; otherwise the first sheet whose headers match. */
  sheetName?: string;
  /** Groups of headers of which at least one group must be fully present, e.g. [['familyName', 'givenName'], ['fullName']]. */
  headerAlternatives?: ColumnKey<S>[][];
  /** Refuse files with more data rows than this. */
  maxRows?: number;
  /**
   * Checks across the cells of one row, run after every cell is parsed (a failed cell is null).
   * `has`: the column is in the file; `failed`: that cell already has an error (skip checks on it).
   */
  validateRow?: (
    values: RowValues<S>,
    ctx: { row: number; has: (key: ColumnKey<S>) => boolean; failed: (key: ColumnKey<S>) => boolean },
  ) => RowIssue<S>[];
}

/** One error, located the way the user sees it: row number, column letter, header. */
export interface XlsxRowError {
  row: number;
  column: string;
  header: string;
  value: string;
  message: string;
}

/** The file itself is unusable (not XLSX, empty, headers missing): a Vietnamese message for the user. */
/** A file that cannot be read as the expected workbook: a `VALIDATION` domain error about the field "Tệp". */
export class XlsxFileError extends DomainError {
  constructor(message: string) {
    super('VALIDATION', message, [{ path: 'file', field: 'Tệp', message }]);
    this.name = 'XlsxFileError';
  }
}
