import { policy } from './policy';

/** Ratings, discipline, inspections, initiatives, S&T tasks, awards received. */
export const recordPolicies = {
  read: policy(
    'records.read',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Xem hồ sơ thành tích, xếp loại, kỷ luật',
  ),
  write: policy('records.write', { agency: ['admin', 'office'], subtree: ['focal_point'] }, 'Cập nhật xếp loại, sáng kiến, khen thưởng'),
  writeSensitive: policy('records.writeSensitive', { agency: ['admin', 'office'] }, 'Cập nhật kỷ luật, kết luận thanh tra'),
  import: policy('records.import', { agency: ['admin', 'office'] }, 'Nhập hồ sơ từ Excel'),
};
