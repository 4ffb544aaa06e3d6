import { policy } from './policy';

export const peoplePolicies = {
  read: policy(
    'people.read',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Xem hồ sơ cán bộ (toàn cơ quan, đơn vị mình, hoặc của chính mình)',
  ),
  write: policy('people.write', { agency: ['admin', 'office'], subtree: ['focal_point'] }, 'Thêm, sửa, điều chuyển, nghỉ hưu'),
  import: policy('people.import', { agency: ['admin', 'office'] }, 'Nhập danh sách cán bộ từ Excel'),
  export: policy(
    'people.export',
    { agency: ['admin', 'office', 'director'], subtree: ['unit_head', 'focal_point'] },
    'Xuất danh sách cán bộ ra Excel',
  ),
};
