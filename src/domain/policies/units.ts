import { policy } from './policy';
import { ROLES } from '../auth/roles';

export const unitPolicies = {
  read: policy('units.read', { agency: [...ROLES] }, 'Xem cơ cấu tổ chức'),
  write: policy('units.write', { agency: ['admin', 'office'] }, 'Thêm, sửa đơn vị'),
};
