/**
 * XLSX import/export toolkit, shared by every record type (people, ratings, discipline, initiatives…).
 *
 * Import:
 *   const spec = {
 *     columns: {
 *       code:  { header: 'Mã cán bộ', parser: text({ max: 30 }) },
 *       year:  { header: 'Năm', required: true, parser: integer({ min: 2000, max: 2100 }) },
 *       level: { header: 'Mức xếp loại', required: true, parser: enumLabel(RATING_LABELS) },
 *       unit:  { header: 'Đơn vị', required: true, parser: lookup({ describe, choices, find: (t) => … ok(id) / fail('…') }) },
 *     },
 *     headerAlternatives?, maxRows?, validateRow?: (values, { row, has, failed }) => [{ key, message }],
 *   } satisfies SheetSpec<ColumnsSpec>;
 *   const located = locateSheet(await loadWorkbook(buffer), spec); // throws XlsxFileError (Vietnamese)
 *   const { rows, errors } = await readRows(located, spec, { onProgress });
 *   errors.push(located.errorAt(row, 'code', 'trùng với dòng 3.')); // checks across rows / the database
 *   Each error: { row, column: 'C', header: 'Mã cán bộ', value, message: 'Mã cán bộ: trùng với dòng 3.' }.
 *   Headers match ignoring case, diacritics, spaces, punctuation and a "(…)" note; the header row may be
 *   any of the first 10 rows. Parsers: text, email, date (dd/mm/yyyy text or real Excel dates),
 *   integer, yesNo (Có/Không), enumLabel (label or code, via codeFromLabel), lookup.
 *
 * Templates: writeTemplate({ spec, guideTitle, guideIntro, guideNotes }) → Buffer (bold frozen header,
 *   widths, drop-down lists on a "Danh mục" sheet, a "Hướng dẫn" sheet).
 * Lists: writeList({ sheetName, columns: [{ header, kind: 'date', value: (r) => r.birthDate }], rows }) → Buffer.
 * Row errors of any import: writeRowErrors(errors) → Buffer.
 */
export * from './cells';
export * from './headers';
export * from './parsers';
export * from './spec';
export * from './read';
export * from './write';
export { writeRowErrors } from './errors-report';
