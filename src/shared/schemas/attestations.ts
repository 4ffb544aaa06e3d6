/**
 * Xác nhận (attestations): the answers the rules engine asks for, recorded per person or collective
 * and year (catalogue: src/domain/eligibility/answers.ts). Shared by server and web; every message is
 * Vietnamese and names the field.
 */
import { z, isoDate } from '../zod-vi';
import { EVALUABLE_AWARDS } from '../../domain/catalogue/awards';

const missingOr = (label: string, wrong: string) => (iss: { input?: unknown }) => (iss.input === undefined ? `${label} là bắt buộc` : wrong);
const idOf = (label: string) => z.uuid({ error: missingOr(label, `${label}: mã định danh không hợp lệ`) });
const text = (label: string, max: number) =>
  z.string({ error: missingOr(label, `${label} phải là chuỗi ký tự`) }).trim().max(max, `${label} tối đa ${max} ký tự`);
const year = z
  .number({ error: missingOr('Năm', 'Năm phải là số') })
  .int('Năm phải là số nguyên')
  .min(1990, 'Năm phải từ 1990 trở đi')
  .max(2100, 'Năm không hợp lệ');
const count = (label: string, min: number) =>
  z.number({ error: missingOr(label, `${label} phải là số`) }).int(`${label} phải là số nguyên`).min(min, `${label} phải từ ${min} trở lên`).max(10000, `${label} không hợp lệ`);

export const voteValue = z.strictObject({
  yes: count('Số phiếu đồng ý', 0),
  members: count('Tổng số thành viên', 1),
  present: count('Số thành viên có mặt', 0).optional(),
});

/** Có/Không, a number (months, working days) or a council vote; checked against the answer's type by the service. */
export const attestationValue = z.union([z.boolean(), z.number().min(0, 'Giá trị không được âm').max(10000, 'Giá trị quá lớn'), voteValue], {
  error: 'Giá trị xác nhận phải là Có/Không, một số, hoặc kết quả bỏ phiếu',
});
export type AttestationValue = z.infer<typeof attestationValue>;

const key = text('Nội dung xác nhận', 120).min(1, 'Nội dung xác nhận không được để trống');

const documentFields = {
  /** Who attests (the signer); default: the user recording it. */
  attestedBy: text('Người xác nhận', 200).optional(),
  /** Date of the attestation; default: today. */
  attestedOn: z.string({ error: missingOr('Ngày xác nhận', 'Ngày xác nhận phải là ngày dạng dd/mm/yyyy') }).pipe(isoDate).optional(),
  basis: text('Căn cứ (văn bản)', 500).default(''),
  note: text('Ghi chú', 1000).default(''),
};

export const attestationInput = z
  .strictObject({
    personId: idOf('Cán bộ').optional(),
    unitId: idOf('Đơn vị').optional(),
    year,
    key,
    value: attestationValue,
    ...documentFields,
  })
  .superRefine((v, ctx) => {
    if (!!v.personId === !!v.unitId) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Phải chọn đúng một đối tượng: một cán bộ (cá nhân) hoặc một đơn vị (tập thể)' });
    }
  });
export type AttestationInput = z.infer<typeof attestationInput>;

/** "Every member of this unit in the year meets it, except…": one answer for all, another (or none) for the exceptions. */
export const bulkAttestationInput = z.strictObject({
  unitId: idOf('Đơn vị'),
  year,
  key,
  value: attestationValue,
  /** Members of sub-units too (default yes). */
  includeSubunits: z.boolean({ error: 'Gồm cả đơn vị trực thuộc phải là Có hoặc Không' }).default(true),
  exceptPersonIds: z.array(idOf('Ngoại lệ'), { error: 'Ngoại lệ phải là một danh sách cán bộ' }).max(2000, 'Ngoại lệ tối đa 2.000 người').default([]),
  /** Answer for the exceptions; left out: the opposite for Có/Không, nothing recorded for a number. */
  exceptValue: attestationValue.nullable().optional(),
  ...documentFields,
});
export type BulkAttestationInput = z.infer<typeof bulkAttestationInput>;

export const bulkAttestationResult = z.object({
  /** Members of the unit in the year, in the writer's scope. */
  members: z.number(),
  recorded: z.number(),
  exceptions: z.number(),
  /** Already recorded with the same value (nothing written). */
  unchanged: z.number(),
});

export const attestationsQuery = z.strictObject({
  year: z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(1990, 'Năm phải từ 1990 trở đi').max(2100, 'Năm không hợp lệ').optional(),
  personId: idOf('Cán bộ').optional(),
  unitId: idOf('Đơn vị').optional(),
  key: key.optional(),
});
export type AttestationsQuery = z.infer<typeof attestationsQuery>;

export const attestationRow = z.object({
  id: z.string(),
  subject: z.enum(['person', 'unit']),
  personId: z.string().nullable(),
  personCode: z.string().nullable(),
  personName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  year: z.number(),
  key: z.string(),
  /** Vietnamese name of the answer. */
  label: z.string(),
  value: z.unknown(),
  /** The value in words ("Có", "11 tháng", "12/15 phiếu đồng ý"). */
  valueText: z.string(),
  attestedBy: z.string(),
  attestedOn: z.string(),
  basis: z.string(),
  note: z.string(),
  recordedByName: z.string(),
  updatedAt: z.string(),
});
export type AttestationRow = z.infer<typeof attestationRow>;
export const attestationList = z.object({ items: z.array(attestationRow) });

export const attestationSpec = z.object({
  key: z.string(),
  label: z.string(),
  help: z.string(),
  valueType: z.enum(['boolean', 'months', 'working_days', 'vote']),
  unit: z.string(),
  subjects: z.array(z.enum(['individual', 'collective'])),
  /** Only the TĐKT office records it. */
  sensitive: z.boolean(),
  awards: z.array(z.enum(EVALUABLE_AWARDS)),
  agencyCriterion: z.boolean(),
});
export type AttestationSpecView = z.infer<typeof attestationSpec>;
export const attestationCatalogue = z.object({ items: z.array(attestationSpec) });
export const attestationCatalogueQuery = z.strictObject({
  year: z.coerce.number({ error: 'Năm phải là số' }).int('Năm phải là số nguyên').min(1990, 'Năm phải từ 1990 trở đi').max(2100, 'Năm không hợp lệ').optional(),
});
