/**
 * Exports of the record lists as the screens show them (ratings, awards received), with the same
 * filters: one row per record, codes written as their Vietnamese names. Built on writeList.
 */
import {
  AWARD_LABELS,
  BASIS_TYPE_LABELS,
  CONFERRER_LABELS,
  CSTDCS_PATH_LABELS,
  RATING_LEVEL_LABELS,
  RATING_REGIME_LABELS,
  type AwardCode,
  type BasisType,
  type Conferrer,
  type CstdcsPath,
  type RatingLevel,
  type RatingRegimeId,
} from '../domain/catalogue';
import { AWARD_SOURCE_LABELS, type AwardSource } from '../domain/records/codes';
import type { AwardRow, RatingRow } from '../shared/schemas/records';
import { writeList, type ListColumn } from './xlsx';

const label = <K extends string>(labels: Record<K, string>, code: string | null): string => (code ? (labels[code as K] ?? code) : '');
const SUBJECT = { person: 'Cá nhân', unit: 'Tập thể' } as const;

const subjectColumns = <R extends RatingRow | AwardRow>(): ListColumn<R>[] => [
  { header: 'STT', width: 6, kind: 'number', value: (_r, i) => i + 1 },
  { header: 'Đối tượng', width: 10, value: (r) => SUBJECT[r.subject] },
  { header: 'Mã cán bộ', width: 12, value: (r) => r.personCode ?? '' },
  { header: 'Họ và tên / Tên tập thể', width: 32, value: (r) => (r.subject === 'person' ? (r.personName ?? '') : (r.unitName ?? '')) },
];

/** Kết quả đánh giá, xếp loại: who, in which unit, the year, the level, the regime and the decision. */
export async function ratingsWorkbook(rows: AsyncIterable<RatingRow> | Iterable<RatingRow>, sheetName = 'Xếp loại'): Promise<Buffer> {
  const columns: ListColumn<RatingRow>[] = [
    ...subjectColumns<RatingRow>(),
    { header: 'Đơn vị khi xếp loại', width: 32, value: (r) => (r.subject === 'person' ? (r.ratedInUnitName ?? r.personUnitName ?? '') : (r.unitName ?? '')) },
    { header: 'Năm', width: 8, kind: 'number', value: (r) => r.year },
    { header: 'Mức xếp loại', width: 30, value: (r) => label<RatingLevel>(RATING_LEVEL_LABELS, r.level) },
    { header: 'Chế độ đánh giá', width: 40, value: (r) => label<RatingRegimeId>(RATING_REGIME_LABELS, r.regime) },
    { header: 'Số quyết định', width: 20, value: (r) => r.decisionNo },
    { header: 'Ngày quyết định', width: 14, kind: 'date', value: (r) => r.decidedOn ?? '' },
    { header: 'Tinh thần tự lực, đoàn kết (LĐTT)', width: 14, value: (r) => (r.subject === 'person' ? (r.spiritAttested ? 'Có' : 'Không') : '') },
    { header: 'Ghi chú', width: 30, value: (r) => r.note },
  ];
  return writeList({ sheetName, columns, rows });
}

/** Danh hiệu, hình thức khen thưởng đã nhận: who, the award, the year, its basis and the decision. */
export async function awardsWorkbook(rows: AsyncIterable<AwardRow> | Iterable<AwardRow>, sheetName = 'Khen thưởng'): Promise<Buffer> {
  const columns: ListColumn<AwardRow>[] = [
    ...subjectColumns<AwardRow>(),
    { header: 'Đơn vị', width: 32, value: (r) => (r.subject === 'person' ? (r.personUnitName ?? '') : (r.unitName ?? '')) },
    { header: 'Danh hiệu, hình thức', width: 36, value: (r) => label<AwardCode>(AWARD_LABELS, r.awardCode) },
    { header: 'Năm', width: 8, kind: 'number', value: (r) => r.year },
    { header: 'Loại hình khen thưởng', width: 22, value: (r) => label<BasisType>(BASIS_TYPE_LABELS, r.basisType) },
    { header: 'Căn cứ Chiến sĩ thi đua cơ sở', width: 30, value: (r) => label<CstdcsPath>(CSTDCS_PATH_LABELS, r.cstdcsBasis) },
    { header: 'Sáng kiến, đề tài làm căn cứ', width: 40, value: (r) => r.basis.map((b) => b.title).join('; ') },
    { header: 'Số quyết định', width: 20, value: (r) => r.decisionNo },
    { header: 'Ngày quyết định', width: 14, kind: 'date', value: (r) => r.decidedOn ?? '' },
    { header: 'Cấp quyết định', width: 26, value: (r) => label<Conferrer>(CONFERRER_LABELS, r.conferredBy) },
    { header: 'Nguồn', width: 18, value: (r) => label<AwardSource>(AWARD_SOURCE_LABELS, r.source) },
    { header: 'Ghi chú', width: 30, value: (r) => r.note },
  ];
  return writeList({ sheetName, columns, rows });
}
