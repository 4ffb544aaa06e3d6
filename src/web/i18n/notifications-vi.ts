/** Vietnamese strings of notifications (bell, "Thông báo" page, email choices) and the admin's mail page (spread into vi.ts). */
import { NOTIFICATION_KIND_LABELS } from '../../domain/notifications/kinds';
import type { OutboxStatusCode } from '../../shared/schemas/mail';
import { prefixed } from './codes';

export const OUTBOX_STATUS_VI: Record<OutboxStatusCode, string> = {
  pending: 'Chờ gửi',
  retrying: 'Gửi lỗi — sẽ thử lại',
  sent: 'Đã gửi',
  failed: 'Gửi không thành công',
  unconfigured: 'Chưa gửi — chưa cấu hình SMTP',
};

export const notificationsVi = {
  'menu.notifications': 'Thông báo',
  'menu.mail': 'Thư điện tử',

  'bell.label': 'Thông báo',
  'bell.unread': '{count} thông báo chưa đọc',
  'bell.empty': 'Không có thông báo nào.',
  'bell.markAll': 'Đánh dấu tất cả đã đọc',
  'bell.seeAll': 'Xem tất cả thông báo',

  'notifications.title': 'Thông báo',
  'notifications.subtitle': 'Thông báo của riêng bạn: việc đã xong, hồ sơ cần xử lý. Chọn loại nào gửi thêm qua email ở thẻ "Cài đặt nhận thông báo".',
  'notifications.tabList': 'Danh sách',
  'notifications.tabSettings': 'Cài đặt nhận thông báo',
  'notifications.unreadOnly': 'Chỉ hiện chưa đọc',
  'notifications.markRead': 'Đánh dấu đã đọc',
  'notifications.markAll': 'Đánh dấu tất cả đã đọc',
  'notifications.open': 'Mở',
  'notifications.read': 'Đã đọc',
  'notifications.unreadTag': 'Chưa đọc',
  'notifications.empty': 'Bạn chưa có thông báo nào.',
  'notifications.total': '{count} thông báo',
  'notifications.kind': 'Loại thông báo',
  'notifications.email': 'Nhận email',
  'notifications.emailDefault': 'Mặc định: {value}',
  'notifications.on': 'có',
  'notifications.off': 'không',
  'notifications.emailTo': 'Email được gửi tới {address} (địa chỉ thư điện tử trong hồ sơ cán bộ của bạn).',
  'notifications.noAddress': 'Tài khoản của bạn chưa gắn hồ sơ cán bộ có địa chỉ thư điện tử, nên chưa nhận được email; thông báo vẫn hiện trong hệ thống.',
  'notifications.saved': 'Đã lưu cài đặt nhận thông báo.',

  'mail.title': 'Thư điện tử',
  'mail.subtitle': 'Hộp thư đi của cơ quan: mọi thư hệ thống gửi, trạng thái và nhật ký từng lần gửi (phản hồi của máy chủ SMTP, lỗi).',
  'mail.smtpOk': 'Đã cấu hình SMTP: {server} · người gửi: {from}',
  'mail.smtpMissing': 'Chưa cấu hình SMTP (VD_SMTP_URL): thư được giữ trong hộp thư đi với trạng thái "Chưa gửi — chưa cấu hình SMTP", không có lỗi nào. Sau khi cấu hình, bấm "Gửi lại" để gửi.',
  'mail.status': 'Trạng thái',
  'mail.allStatuses': 'Mọi trạng thái',
  'mail.to': 'Người nhận',
  'mail.subject': 'Tiêu đề',
  'mail.createdAt': 'Tạo lúc',
  'mail.sentAt': 'Gửi lúc',
  'mail.attempts': 'Số lần gửi',
  'mail.lastError': 'Lỗi gần nhất',
  'mail.resend': 'Gửi lại',
  'mail.resent': 'Đã đưa thư vào hàng đợi gửi lại.',
  'mail.details': 'Chi tiết thư',
  'mail.body': 'Nội dung (dạng văn bản)',
  'mail.log': 'Nhật ký gửi',
  'mail.attempt': 'Lần',
  'mail.at': 'Thời điểm',
  'mail.outcome': 'Kết quả',
  'mail.smtpResponse': 'Phản hồi SMTP',
  'mail.error': 'Lỗi',
  'mail.duration': 'Thời gian (ms)',
  'mail.noAttempts': 'Chưa gửi lần nào.',
  'mail.test': 'Gửi thư thử',
  'mail.testAddress': 'Địa chỉ nhận thư thử',
  'mail.testQueued': 'Đã đưa thư thử vào hàng đợi; xem trạng thái trong danh sách.',
  'mail.outcome.sent': 'Đã gửi',
  'mail.outcome.failed': 'Lỗi',
  'mail.outcome.unconfigured': 'Chưa cấu hình SMTP',
  'mail.refresh': 'Tải lại',

  ...prefixed('notificationKind', NOTIFICATION_KIND_LABELS),
  ...prefixed('outboxStatus', OUTBOX_STATUS_VI),
};

export type NotificationsMessageKey = keyof typeof notificationsVi;
