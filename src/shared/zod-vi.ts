import { z } from 'zod';

/** Zod speaks Vietnamese everywhere (server and web share this). */
z.config(z.locales.vi());

export { z };

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; invalid dates are rejected with a Vietnamese message. */
export const isoDate = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v) ?? null;
    const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v;
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)' });
      return z.NEVER;
    }
    return iso;
  });
