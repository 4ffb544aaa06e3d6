import { policy } from './policy';

export const eligibilityPolicies = {
  check: policy('eligibility.check', { agency: ['admin', 'office', 'director'] }, 'Kiểm tra điều kiện từ tệp JSON'),
  screen: policy(
    'eligibility.screen',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'] },
    'Rà soát điều kiện khen thưởng theo năm',
  ),
  settingsRead: policy('settings.read', { agency: ['admin', 'office', 'director'] }, 'Xem quy chế TĐKT của cơ quan'),
  settingsWrite: policy('settings.write', { agency: ['admin', 'office'] }, 'Sửa quy chế TĐKT của cơ quan'),
};
