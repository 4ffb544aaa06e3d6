/** Query of the achievement report downloads (báo cáo thành tích, DOCX). Shared by server and web. */
import { z } from '../zod-vi';
import { AWARD_CODES } from '../../domain/catalogue/awards';

export const achievementReportQuery = z.object({
  award: z.enum(AWARD_CODES, {
    error: (iss) => (iss.input === undefined ? 'Danh hiệu, hình thức khen thưởng là bắt buộc' : 'Danh hiệu, hình thức khen thưởng không hợp lệ'),
  }),
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int('Năm phải là số nguyên')
    .min(1990, 'Năm phải từ 1990 trở đi')
    .max(2100, 'Năm không hợp lệ'),
});
export type AchievementReportQuery = z.infer<typeof achievementReportQuery>;
