import { policy } from './policy';

/**
 * Báo cáo thành tích drafted from the record (DOCX): whoever may read the record may download it —
 * the agency's readers, a unit head or focal point for their subtree, a staff member for themselves.
 * A collective's report has no "self": staff cannot download it.
 */
export const achievementReportPolicies = {
  person: policy(
    'achievementReports.person',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Tải dự thảo báo cáo thành tích của cá nhân (DOCX, lập từ hồ sơ)',
  ),
  unit: policy(
    'achievementReports.unit',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'] },
    'Tải dự thảo báo cáo thành tích của tập thể (DOCX, lập từ hồ sơ)',
  ),
};
