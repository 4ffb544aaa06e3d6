import type { achievementReportsVi } from './achievement-reports-vi';

/** English strings of the achievement report download (spread into en.ts). */
export const achievementReportsEn: Record<keyof typeof achievementReportsVi, string> = {
  'achievementReport.title': 'Achievement report',
  'achievementReport.hint': 'A draft made from the record: personal data, yearly ratings, titles and awards with their decision numbers, initiatives and S&T tasks. The narrative parts are marked for the unit to complete, sign and upload with the proposal.',
  'achievementReport.award': 'Title or award proposed',
  'achievementReport.year': 'Year proposed',
  'achievementReport.download': 'Download achievement report (DOCX)',
};
