import { policy } from './policy';

export const userPolicies = {
  list: policy('users.list', { agency: ['admin'] }, 'Xem danh sách tài khoản'),
  write: policy('users.write', { agency: ['admin'] }, 'Tạo, sửa tài khoản, đặt lại mật khẩu'),
};
