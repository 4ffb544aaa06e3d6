import { policy, publicPolicy } from './policy';
import { ROLES } from '../auth/roles';

export const authPolicies = {
  login: publicPolicy('auth.login', 'Đăng nhập'),
  logout: publicPolicy('auth.logout', 'Đăng xuất'),
  me: publicPolicy('auth.me', 'Phiên đăng nhập hiện tại'),
  changePassword: policy('auth.changePassword', { agency: [...ROLES] }, 'Đổi mật khẩu của chính mình'),
};
