import { foldVietnamese } from '../../domain/text/vietnamese';

/**
 * Header text → comparison key: case, diacritics, extra spaces, punctuation, "*" marks and a
 * trailing "(…)" note are ignored, so "NGÀY SINH (dd/mm/yyyy)" and "ngay  sinh" both match "Ngày sinh".
 */
export function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Text typed in a cell → comparison key for lookups (units, labels): case, diacritics, spaces. */
export function lookupKey(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}
