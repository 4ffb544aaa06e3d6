import { z } from '../zod-vi';
import { pageQuery } from './common';
import { NOTIFICATION_KIND_LIST } from '../../domain/notifications/kinds';

export const notificationKind = z.enum(NOTIFICATION_KIND_LIST as [string, ...string[]]);

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationsQuery = z.object({
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unreadOnly: z.enum(['true', 'false']).optional(),
});

export const notificationPage = z.object({ items: z.array(notificationView), total: z.number(), unread: z.number() });
export const unreadCount = z.object({ count: z.number() });

export const notificationPreference = z.object({
  kind: z.string(),
  label: z.string(),
  email: z.boolean(),
  emailByDefault: z.boolean(),
});
export const notificationPreferences = z.object({
  items: z.array(notificationPreference),
  /** Where the mail goes: the email of the user's person record (null: none, so no mail). */
  emailAddress: z.string().nullable(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferences>;

export const notificationPreferencesUpdate = z.object({
  items: z.array(z.object({ kind: notificationKind, email: z.boolean() })).min(1).max(50),
});
