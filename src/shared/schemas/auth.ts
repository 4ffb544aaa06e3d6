/** Bodies of the sign-in, password and account routes, with limits that fit their columns. */
import { z } from '../zod-vi';
import { ROLES } from '../../domain/auth/roles';

/** Sign-in accepts any password up to 256 characters (never hashed beyond that); new ones up to 128. */
export const SIGN_IN_PASSWORD_MAX = 256;
export const NEW_PASSWORD_MAX = 128;

const newPassword = (label: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `Nhập ${label.toLowerCase()}` : `${label} phải là chuỗi ký tự`) })
    .max(NEW_PASSWORD_MAX, `${label} tối đa ${NEW_PASSWORD_MAX} ký tự`);

export const loginBody = z.strictObject({
  username: z.string({ error: 'Nhập tên đăng nhập' }).trim().min(1, 'Nhập tên đăng nhập').max(100, 'Tên đăng nhập tối đa 100 ký tự'),
  password: z.string({ error: 'Nhập mật khẩu' }).min(1, 'Nhập mật khẩu').max(SIGN_IN_PASSWORD_MAX, `Mật khẩu tối đa ${SIGN_IN_PASSWORD_MAX} ký tự`),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string({ error: 'Nhập mật khẩu hiện tại' }).min(1, 'Nhập mật khẩu hiện tại').max(SIGN_IN_PASSWORD_MAX, `Mật khẩu hiện tại tối đa ${SIGN_IN_PASSWORD_MAX} ký tự`),
  newPassword: newPassword('Mật khẩu mới').min(1, 'Nhập mật khẩu mới'),
});

export const createUserBody = z.strictObject({
  username: z.string({ error: 'Nhập tên đăng nhập' }).trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3-40 ký tự a-z, 0-9, dấu chấm, gạch'),
  displayName: z.string({ error: 'Nhập tên hiển thị' }).trim().min(1, 'Nhập tên hiển thị').max(100, 'Tên hiển thị tối đa 100 ký tự'),
  password: newPassword('Mật khẩu'),
  personId: z.uuid({ error: 'Mã định danh không hợp lệ' }).nullable().optional(),
  roles: z
    .array(z.strictObject({ role: z.enum(ROLES, { error: 'Vai trò không hợp lệ' }), unitId: z.uuid({ error: 'Mã định danh không hợp lệ' }).nullable().optional() }), { error: 'Chọn ít nhất một vai trò' })
    .min(1, 'Chọn ít nhất một vai trò')
    .max(20, 'Tối đa 20 vai trò'),
});

export const resetPasswordBody = z.strictObject({ newPassword: newPassword('Mật khẩu mới') });
