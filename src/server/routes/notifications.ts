import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import {
  notificationPage,
  notificationPreferences,
  notificationPreferencesUpdate,
  notificationsQuery,
  unreadCount,
} from '../../shared/schemas/notifications';
import { markAllMineRead, markMineRead, myNotifications, myPreferences, myUnreadCount, setMyPreferences } from '../services/notifications-service';

/** The signed-in user's own notifications: every query is filtered by their account. */
export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/notifications', {
    config: { policy: policies.notifications.readOwn },
    schema: { tags: ['notifications'], summary: 'Thông báo của tôi (mới nhất trước)', querystring: notificationsQuery, response: { 200: notificationPage } },
  }, async (req) => myNotifications(db(), req.actor!, { page: req.query.page, pageSize: req.query.pageSize, unreadOnly: req.query.unreadOnly === 'true' }));

  r.get('/api/notifications/unread-count', {
    config: { policy: policies.notifications.readOwn },
    schema: { tags: ['notifications'], summary: 'Số thông báo chưa đọc của tôi', response: { 200: unreadCount } },
  }, async (req) => myUnreadCount(db(), req.actor!));

  r.post('/api/notifications/:id/read', {
    config: { policy: policies.notifications.writeOwn },
    schema: { tags: ['notifications'], summary: 'Đánh dấu một thông báo của tôi là đã đọc', params: idParams, response: { 200: okBody } },
  }, async (req) => markMineRead(db(), req.actor!, req.params.id, app.ctx.clock.now()));

  r.post('/api/notifications/read-all', {
    config: { policy: policies.notifications.writeOwn },
    schema: { tags: ['notifications'], summary: 'Đánh dấu mọi thông báo của tôi là đã đọc', response: { 200: z.object({ count: z.number() }) } },
  }, async (req) => markAllMineRead(db(), req.actor!, app.ctx.clock.now()));

  r.get('/api/notifications/preferences', {
    config: { policy: policies.notifications.readOwn },
    schema: { tags: ['notifications'], summary: 'Cài đặt nhận email theo loại thông báo', response: { 200: notificationPreferences } },
  }, async (req) => myPreferences(db(), req.actor!));

  r.patch('/api/notifications/preferences', {
    config: { policy: policies.notifications.writeOwn },
    schema: { tags: ['notifications'], summary: 'Chọn nhận hoặc không nhận email cho từng loại thông báo', body: notificationPreferencesUpdate, response: { 200: notificationPreferences } },
  }, async (req) => setMyPreferences(db(), req.actor!, req.body.items, app.ctx.clock.now()));
}
