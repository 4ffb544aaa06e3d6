import { policy } from './policy';
import { ROLES } from '../auth/roles';

/**
 * Notifications are personal: every signed-in user reaches the routes, and the queries answer only
 * the user's own notifications and preferences (someone else's notification is "not found").
 */
export const notificationPolicies = {
  readOwn: policy('notifications.read', { agency: [...ROLES] }, 'Xem thông báo của chính mình'),
  writeOwn: policy('notifications.write', { agency: [...ROLES] }, 'Đánh dấu đã đọc, chọn nhận email cho thông báo của chính mình'),
};
