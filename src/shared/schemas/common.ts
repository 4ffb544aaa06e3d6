import { z } from '../zod-vi';

export const uuid = z.uuid({ message: 'Mã định danh không hợp lệ' });
export const idParams = z.object({ id: uuid });
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), field: z.string(), message: z.string() })).optional(),
    details: z.unknown().optional(),
  }),
});
export const okBody = z.object({ ok: z.literal(true) });
/** Largest value of a PostgreSQL integer (int4) column. */
export const INT4_MAX = 2_147_483_647;

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
};
