import { z } from '../zod-vi';
import { UNIT_KINDS } from '../../domain/org/codes';
import { INT4_MAX, uuid } from './common';

export const unitInput = z.strictObject({
  code: z.string().trim().min(1, 'Mã đơn vị không được để trống').max(30),
  name: z.string().trim().min(1, 'Tên đơn vị không được để trống').max(200),
  kind: z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ' }),
  parentId: uuid.nullable().optional(),
  sortOrder: z.number().int().min(0).max(INT4_MAX, `Thứ tự tối đa là ${INT4_MAX.toLocaleString('vi-VN')}`).default(0),
});
export type UnitInput = z.infer<typeof unitInput>;

/** A change: only the fields sent (no defaults, so a PATCH never resets the order to 0). */
export const unitUpdate = z.strictObject({
  code: unitInput.shape.code.optional(),
  name: unitInput.shape.name.optional(),
  kind: unitInput.shape.kind.optional(),
  parentId: uuid.nullable().optional(),
  sortOrder: z.number().int().min(0).max(INT4_MAX, `Thứ tự tối đa là ${INT4_MAX.toLocaleString('vi-VN')}`).optional(),
  active: z.boolean().optional(),
});
export type UnitUpdate = z.infer<typeof unitUpdate>;

export const unitRow = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  sortOrder: z.number(),
  active: z.boolean(),
  memberCount: z.number(),
});
export type UnitRow = z.infer<typeof unitRow>;
