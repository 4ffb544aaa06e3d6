/** English strings of notifications-vi.ts (typed against it). */
import type { NotificationKind } from '../../domain/notifications/kinds';
import type { OutboxStatusCode } from '../../shared/schemas/mail';
import { prefixed } from './codes';
import type { NotificationsMessageKey } from './notifications-vi';

const kinds: Record<NotificationKind, string> = {
  'import.finished': 'Excel import finished',
  'import.failed': 'Excel import not completed',
  'proposal.submitted': 'A unit submitted a proposal',
  'proposal.returned': 'Proposal returned',
  'proposal.fields_requested': 'The office asks for more in a proposal',
  'proposal.accepted': 'The office accepted candidates',
  'proposal.deadline': 'Proposal deadline approaching',
  'disclosure.feedback': 'Feedback on a public list',
};

const statuses: Record<OutboxStatusCode, string> = {
  pending: 'Waiting to be sent',
  retrying: 'Failed — will retry',
  sent: 'Sent',
  failed: 'Not delivered',
  unconfigured: 'Not sent — SMTP not configured',
};

export const notificationsEn: Record<NotificationsMessageKey, string> = {
  'menu.notifications': 'Notifications',
  'menu.mail': 'Email',

  'bell.label': 'Notifications',
  'bell.unread': '{count} unread notifications',
  'bell.empty': 'No notifications.',
  'bell.markAll': 'Mark all as read',
  'bell.seeAll': 'See all notifications',

  'notifications.title': 'Notifications',
  'notifications.subtitle': 'Your own notifications: work finished, files to handle. Choose which kinds also come by email under "Notification settings".',
  'notifications.tabList': 'List',
  'notifications.tabSettings': 'Notification settings',
  'notifications.unreadOnly': 'Unread only',
  'notifications.markRead': 'Mark as read',
  'notifications.markAll': 'Mark all as read',
  'notifications.open': 'Open',
  'notifications.read': 'Read',
  'notifications.unreadTag': 'Unread',
  'notifications.empty': 'You have no notifications yet.',
  'notifications.total': '{count} notifications',
  'notifications.kind': 'Kind of notification',
  'notifications.email': 'Email me',
  'notifications.emailDefault': 'Default: {value}',
  'notifications.on': 'yes',
  'notifications.off': 'no',
  'notifications.emailTo': 'Email goes to {address} (the address in your person record).',
  'notifications.noAddress': 'Your account is not linked to a person record with an email address, so no email can be sent; notifications still appear here.',
  'notifications.saved': 'Notification settings saved.',

  'mail.title': 'Email',
  'mail.subtitle': 'The agency\'s outbox: every message the system sends, its status and a log of each attempt (SMTP server answer, error).',
  'mail.smtpOk': 'SMTP configured: {server} · sender: {from}',
  'mail.smtpMissing': 'SMTP is not configured (VD_SMTP_URL): mail is kept in the outbox as "Not sent — SMTP not configured", nothing fails. Once configured, use "Send again".',
  'mail.status': 'Status',
  'mail.allStatuses': 'All statuses',
  'mail.to': 'Recipient',
  'mail.subject': 'Subject',
  'mail.createdAt': 'Created',
  'mail.sentAt': 'Sent',
  'mail.attempts': 'Attempts',
  'mail.lastError': 'Last error',
  'mail.resend': 'Send again',
  'mail.resent': 'Queued to be sent again.',
  'mail.details': 'Message details',
  'mail.body': 'Content (plain text)',
  'mail.log': 'Delivery log',
  'mail.attempt': 'Attempt',
  'mail.at': 'Time',
  'mail.outcome': 'Outcome',
  'mail.smtpResponse': 'SMTP answer',
  'mail.error': 'Error',
  'mail.duration': 'Time (ms)',
  'mail.noAttempts': 'Not attempted yet.',
  'mail.test': 'Send a test message',
  'mail.testAddress': 'Send the test message to',
  'mail.testQueued': 'Test message queued; see its status in the list.',
  'mail.outcome.sent': 'Sent',
  'mail.outcome.failed': 'Error',
  'mail.outcome.unconfigured': 'SMTP not configured',
  'mail.refresh': 'Reload',

  ...prefixed('notificationKind', kinds),
  ...prefixed('outboxStatus', statuses),
};
