import { policy } from './policy';

export const auditPolicies = {
  read: policy('audit.read', { agency: ['admin'] }, 'Xem và kiểm tra nhật ký'),
};
