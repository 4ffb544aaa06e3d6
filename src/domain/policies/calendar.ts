import { policy } from './policy';

/**
 * The working-day calendar (days off, swapped working days) of the agency: everyone signed in may
 * read it (deadlines are counted in working days); the admin and the TĐKT office keep it.
 */
export const calendarPolicies = {
  read: policy(
    'calendar.read',
    { agency: ['admin', 'office', 'director', 'unit_head', 'focal_point', 'council_member', 'staff'] },
    'Xem lịch ngày nghỉ, ngày làm việc của cơ quan',
  ),
  write: policy('calendar.write', { agency: ['admin', 'office'] }, 'Thêm, xoá ngày nghỉ hoặc ngày làm việc bù của cơ quan'),
};
