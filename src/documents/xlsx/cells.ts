import type { CellValue } from 'exceljs';

/** What a cell holds once rich text, formulas and hyperlinks are reduced to their value. */
export type CellScalar = string | number | boolean | Date | null;

/** Reduces any exceljs cell value to a scalar; strings are trimmed, empty strings become null. */
export function cellScalar(value: CellValue | undefined): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return cellScalar(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) return cellScalar((value as { result?: CellValue }).result);
    if ('hyperlink' in value && 'text' in value) return cellScalar((value as { text?: CellValue }).text);
    if ('error' in value) return null;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'yyyy-mm-dd' → 'dd/mm/yyyy' (what Vietnamese users read and type). */
export function isoToVietnameseDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** A cell's value as the text a user would see (dates as dd/mm/yyyy), for error reports. */
export function cellText(value: CellScalar): string {
  if (value === null) return '';
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** 'yyyy-mm-dd' → a Date at UTC midnight, which exceljs stores as that calendar day. */
export function isoToExcelDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
