import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { mailOutbox, notifications } from '../../src/db/schema';
import { listAttempts } from '../../src/db/queries/mail';
import { notify, notifyImportOutcome } from '../../src/server/platform/notifications';
import { queueMail, sweepStuckMail, wakeMailWorker } from '../../src/server/platform/mail';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

/** Polls until `check` returns a value (the queue works in the background); fails after `ms`. */
async function until<T>(check: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

class Rollback extends Error {}

describe.each(databaseKinds)('notifications and mail through the queue on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let agencyId: string;
  let unitA: string;
  let unitA1: string;
  const users: Record<'an' | 'binh' | 'head' | 'headB' | 'office' | 'admin' | 'noMail', { id: string; client: Client }> = {} as never;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    agencyId = agency.id;
    const A = await f.unit(agencyId, { name: 'Phòng Quản lý khoa học' });
    const A1 = await f.unit(agencyId, { name: 'Tổ Thông tin', parentId: A.id });
    const B = await f.unit(agencyId, { name: 'Phòng Kế hoạch - Tài chính' });
    unitA = A.id;
    unitA1 = A1.id;
    const person = (email: string | null, givenName: string) => f.person(agencyId, A.id, { givenName, email });
    app = await createTestApp(database, { smtpUrl: smtp.url, loginMaxPerIpPerWindow: 10_000, publicUrl: 'https://tdkt.example.gov.vn', mailRetryDelaySeconds: 1 });
    const make = async (key: keyof typeof users, role: Parameters<typeof f.user>[1][number], email: string | null, name: string) => {
      const p = await person(email, name);
      const u = await f.user(agencyId, [role], { personId: p.id, displayName: `Nguyễn Văn ${name}` });
      users[key] = { id: u.id, client: await signIn(app, u.username) };
    };
    await make('an', { role: 'staff' }, 'an.nv@so-khcn.example.gov.vn', 'An');
    await make('binh', { role: 'staff' }, 'binh.nv@so-khcn.example.gov.vn', 'Bình');
    await make('head', { role: 'unit_head', unitId: A.id }, 'head.a@so-khcn.example.gov.vn', 'Cường');
    await make('headB', { role: 'unit_head', unitId: B.id }, 'head.b@so-khcn.example.gov.vn', 'Dũng');
    await make('office', { role: 'office' }, 'office@so-khcn.example.gov.vn', 'Đức');
    await make('admin', { role: 'admin' }, 'admin@so-khcn.example.gov.vn', 'Giang');
    await make('noMail', { role: 'staff' }, null, 'Hà');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await smtp?.close();
  });

  const send = async (input: Parameters<typeof notify>[2]) => {
    const out = await database.db.transaction((tx) => notify(app.ctx, tx, input));
    wakeMailWorker(app.ctx);
    return out;
  };
  const mailsTo = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));
  const outboxFor = (userId: string) => database.db.select().from(mailOutbox).where(eq(mailOutbox.userId, userId));

  it('each user sees only their own notifications, with the unread count', async () => {
    await send({ agencyId, to: { userIds: [users.an.id] }, kind: 'import.finished', title: 'Đã nhập xong 12 cán bộ', body: 'Tệp can-bo.xlsx', link: '/people' });
    await send({ agencyId, to: { userIds: [users.an.id] }, kind: 'import.finished', title: 'Đã nhập xong 3 cán bộ' });
    await send({ agencyId, to: { userIds: [users.binh.id] }, kind: 'import.finished', title: 'Thông báo của Bình' });

    const an = (await users.an.client.get('/api/notifications')).json();
    expect(an.items.map((n: { title: string }) => n.title)).toEqual(['Đã nhập xong 3 cán bộ', 'Đã nhập xong 12 cán bộ']);
    expect(an).toMatchObject({ total: 2, unread: 2 });
    expect(an.items[1]).toMatchObject({ body: 'Tệp can-bo.xlsx', link: '/people', readAt: null, kind: 'import.finished' });
    expect((await users.an.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 2 });
    const binh = (await users.binh.client.get('/api/notifications')).json();
    expect(binh.items.map((n: { title: string }) => n.title)).toEqual(['Thông báo của Bình']);

    // Someone else's notification does not exist for Bình.
    const res = await users.binh.client.post(`/api/notifications/${an.items[0].id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Không tìm thấy thông báo.');
    expect((await users.an.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 2 });
  });

  it('mark one read, then all read', async () => {
    const list = (await users.an.client.get('/api/notifications?unreadOnly=true')).json();
    expect(list.items).toHaveLength(2);
    expect((await users.an.client.post(`/api/notifications/${list.items[0].id}/read`)).statusCode).toBe(200);
    expect((await users.an.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    const after = (await users.an.client.get('/api/notifications')).json();
    expect(after.items[0].readAt).not.toBeNull();
    expect((await users.an.client.post('/api/notifications/read-all')).json()).toEqual({ count: 1 });
    expect((await users.an.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await users.binh.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
  });

  it('email choices per kind: defaults, and a kind turned off sends no mail', async () => {
    const prefs = (await users.binh.client.get('/api/notifications/preferences')).json();
    expect(prefs.emailAddress).toBe('binh.nv@so-khcn.example.gov.vn');
    expect(prefs.items.slice(0, 2)).toEqual([
      { kind: 'import.finished', label: 'Nhập dữ liệu từ Excel hoàn tất', email: false, emailByDefault: false },
      { kind: 'import.failed', label: 'Nhập dữ liệu từ Excel không thành công', email: true, emailByDefault: true },
    ]);
    // Every kind is listed (the proposals workflow's too).
    expect(prefs.items.map((i: { kind: string }) => i.kind)).toContain('proposal.returned');
    // "import.finished" is off by default: the notifications above sent no mail.
    expect(await outboxFor(users.an.id)).toHaveLength(0);

    const changed = await users.binh.client.patch('/api/notifications/preferences', { items: [{ kind: 'import.failed', email: false }] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items[1]).toMatchObject({ kind: 'import.failed', email: false });
    const out = await send({ agencyId, to: { userIds: [users.binh.id, users.an.id] }, kind: 'import.failed', title: 'Nhập dữ liệu không thành công', body: 'Tệp có 2 dòng lỗi.' });
    expect(out).toMatchObject({ mailed: 1 });
    expect(await outboxFor(users.binh.id)).toHaveLength(0);
    await until(async () => mailsTo('an.nv@so-khcn.example.gov.vn').length === 1);
    const [mail] = mailsTo('an.nv@so-khcn.example.gov.vn');
    expect(mail!.parsed.subject).toBe('[VinhDanh] Nhập dữ liệu không thành công');
    expect(mail!.parsed.text).toContain('Kính gửi Nguyễn Văn An,');
    expect(mail!.parsed.text).toContain('Tệp có 2 dòng lỗi.');
    expect(mailsTo('binh.nv@so-khcn.example.gov.vn')).toHaveLength(0);

    const bad = await users.binh.client.patch('/api/notifications/preferences', { items: [{ kind: 'khong.co', email: true }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Loại/);
  });

  it('a user without an email address gets the notification, and no mail', async () => {
    const out = await send({ agencyId, to: { userIds: [users.noMail.id] }, kind: 'import.failed', title: 'Không có địa chỉ' });
    expect(out).toMatchObject({ mailed: 0 });
    expect((await users.noMail.client.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect((await users.noMail.client.get('/api/notifications/preferences')).json().emailAddress).toBeNull();
  });

  it('by role and unit: the unit head of the unit (or an ancestor) and agency-wide holders', async () => {
    const headOfA1 = await send({ agencyId, to: { role: 'unit_head', unitId: unitA1 }, kind: 'import.finished', title: 'Cho thủ trưởng đơn vị của Tổ Thông tin' });
    expect(headOfA1.notifications.map((n) => n.userId)).toEqual([users.head.id]);
    const office = await send({ agencyId, to: { role: 'office', unitId: unitA }, kind: 'import.finished', title: 'Cho văn phòng' });
    expect(office.notifications.map((n) => n.userId)).toEqual([users.office.id]);
    const except = await send({ agencyId, to: { role: 'unit_head' }, kind: 'import.finished', title: 'Mọi thủ trưởng trừ Dũng', exceptUserIds: [users.headB.id] });
    expect(except.notifications.map((n) => n.userId)).toEqual([users.head.id]);
  });

  it('notifications for another agency\'s account are not created', async () => {
    const other = await factory(database.db).agency({ name: 'Sở Nội vụ' });
    const stranger = await factory(database.db).user(other.id, [{ role: 'staff' }]);
    const out = await send({ agencyId, to: { userIds: [stranger.id] }, kind: 'import.failed', title: 'Không được gửi' });
    expect(out.notifications).toHaveLength(0);
  });

  it('the import producer: a failed import notifies the user who started it, with a mail and a link', async () => {
    const out = await database.db.transaction((tx) =>
      notifyImportOutcome(app.ctx, tx, { agencyId, userId: users.office.id, jobId: '00000000-0000-4000-8000-000000000001', kind: 'records.import.ratings', status: 'failed', message: 'Tệp có 4 dòng lỗi; không có dòng nào được ghi.' }),
    );
    wakeMailWorker(app.ctx);
    expect(out!.notifications[0]).toMatchObject({ title: 'Nhập dữ liệu từ Excel không thành công: Kết quả xếp loại cán bộ', link: '/records/import/ratings' });
    await until(async () => mailsTo('office@so-khcn.example.gov.vn').length === 1);
    expect(mailsTo('office@so-khcn.example.gov.vn')[0]!.parsed.text).toContain('Xem chi tiết: https://tdkt.example.gov.vn/records/import/ratings');
    // A dry run notifies nobody.
    expect(await database.db.transaction((tx) => notifyImportOutcome(app.ctx, tx, { agencyId, userId: users.office.id, jobId: 'x', kind: 'people.import.dry_run', status: 'succeeded', message: '' }))).toBeNull();
  });

  it('a change rolled back with its mail: no notification, no outbox row, nothing delivered', async () => {
    const before = smtp.received.length;
    await expect(
      database.db.transaction(async (tx) => {
        await notify(app.ctx, tx, { agencyId, to: { userIds: [users.admin.id] }, kind: 'import.failed', title: 'Thay đổi bị hủy' });
        await queueMail(app.ctx, tx, { agencyId, to: { address: 'huy@so-khcn.example.gov.vn' }, template: 'mail.test', params: { agencyName: 'Sở', sentBy: 'Ai đó' } });
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await database.db.select().from(notifications).where(and(eq(notifications.userId, users.admin.id), eq(notifications.title, 'Thay đổi bị hủy')))).toHaveLength(0);
    expect(await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'huy@so-khcn.example.gov.vn'))).toHaveLength(0);
    // A committed mail sent after it arrives; the rolled-back ones never do.
    await send({ agencyId, to: { userIds: [users.admin.id] }, kind: 'import.failed', title: 'Thay đổi đã lưu' });
    await until(async () => mailsTo('admin@so-khcn.example.gov.vn').length === 1);
    expect(smtp.received.length).toBe(before + 1);
    expect(mailsTo('huy@so-khcn.example.gov.vn')).toHaveLength(0);
    expect(mailsTo('admin@so-khcn.example.gov.vn')[0]!.parsed.subject).toBe('[VinhDanh] Thay đổi đã lưu');
  });

  it('the queue retries after an SMTP failure: delivered, with both attempts in the log the admin reads', async () => {
    smtp.rejectNext(1);
    const res = await users.admin.client.post('/api/mail/test', { email: 'kiem-tra@so-khcn.example.gov.vn' });
    expect(res.statusCode).toBe(200);
    const { id } = res.json();
    await until(async () => mailsTo('kiem-tra@so-khcn.example.gov.vn').length === 1, 60_000);
    expect(mailsTo('kiem-tra@so-khcn.example.gov.vn')[0]!.parsed.subject).toBe('[VinhDanh] Thư thử — kiểm tra cấu hình thư điện tử của Sở Khoa học và Công nghệ');
    const detail = await until(async () => {
      const d = (await users.admin.client.get(`/api/mail/outbox/${id}`)).json();
      return d.status === 'sent' ? d : null;
    });
    expect(detail.attempts).toBe(2);
    expect(detail.attemptLog.map((a: { outcome: string }) => a.outcome)).toEqual(['failed', 'sent']);
    expect(detail.attemptLog[0].error).toContain('451');
    expect(detail.attemptLog[1].smtpResponse).toMatch(/^250/);
    expect(await listAttempts(database.db, id)).toHaveLength(2);

    const list = (await users.admin.client.get('/api/mail/outbox?status=sent')).json();
    expect(list.smtp).toMatchObject({ configured: true, server: smtp.url });
    expect(list.items.some((m: { id: string }) => m.id === id)).toBe(true);
    expect(list.byStatus.sent).toBeGreaterThanOrEqual(3);
  });

  it('the sweep sends again a message whose delivery job was lost (as after a restore)', async () => {
    const [lost] = await database.db.insert(mailOutbox).values({
      agencyId, toAddress: 'mat-hang-doi@so-khcn.example.gov.vn', template: 'mail.test', params: {}, subject: '[VinhDanh] Thư chờ từ trước khi khôi phục',
      textBody: 'Nội dung', htmlBody: '<p>Nội dung</p>', status: 'pending', createdAt: new Date(Date.now() - 60 * 60_000),
    }).returning();
    const [fresh] = await database.db.insert(mailOutbox).values({
      agencyId, toAddress: 'moi-xep-hang@so-khcn.example.gov.vn', template: 'mail.test', params: {}, subject: 'Vừa xếp hàng', textBody: 't', htmlBody: 'h', status: 'pending',
    }).returning();
    const swept = await sweepStuckMail(app.ctx);
    expect(swept).toContain(lost!.id);
    expect(swept).not.toContain(fresh!.id); // just queued: its own job will send it
    await until(async () => mailsTo('mat-hang-doi@so-khcn.example.gov.vn').length === 1);
    expect(mailsTo('mat-hang-doi@so-khcn.example.gov.vn')[0]!.parsed.subject).toBe('[VinhDanh] Thư chờ từ trước khi khôi phục');
    await database.db.delete(mailOutbox).where(eq(mailOutbox.id, fresh!.id));
  });

  it('only admins read the outbox; a message of another agency is not found; a bad address names the field', async () => {
    expect((await users.office.client.get('/api/mail/outbox')).statusCode).toBe(403);
    expect((await users.an.client.post('/api/mail/test', { email: 'a@b.vn' })).statusCode).toBe(403);
    const other = await factory(database.db).agency({ name: 'Sở Tư pháp' });
    const [foreign] = await database.db.insert(mailOutbox).values({ agencyId: other.id, toAddress: 'x@y.vn', template: 'mail.test', params: {}, subject: 's', textBody: 't', htmlBody: 'h', status: 'unconfigured' }).returning();
    expect((await users.admin.client.get(`/api/mail/outbox/${foreign!.id}`)).statusCode).toBe(404);
    expect((await users.admin.client.post(`/api/mail/outbox/${foreign!.id}/resend`)).statusCode).toBe(404);
    const bad = await users.admin.client.post('/api/mail/test', { email: 'khong-phai-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Thư điện tử');
  });
});

describe.each(databaseKinds)('without SMTP on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: Client;
  let adminUsername: string;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    const u = await f.user(agency.id, [{ role: 'admin' }]);
    app = await createTestApp(database);
    adminUsername = u.username;
    admin = await signIn(app, u.username);
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await smtp?.close();
  });

  it('mail is kept in the outbox as "not configured", shown to the admin, nothing fails; resend works once SMTP is set', async () => {
    const res = await admin.post('/api/mail/test', { email: 'cho-cau-hinh@example.gov.vn' });
    expect(res.statusCode).toBe(200);
    const { id } = res.json();
    const item = await until(async () => {
      const list = (await admin.get('/api/mail/outbox')).json();
      const found = list.items.find((m: { id: string; status: string }) => m.id === id && m.status === 'unconfigured');
      return found ? { list, found } : null;
    });
    expect(item.list.smtp).toMatchObject({ configured: false, server: null });
    expect(item.found.lastError).toBe('Chưa gửi — chưa cấu hình SMTP (VD_SMTP_URL).');
    expect(item.list.byStatus).toMatchObject({ unconfigured: 1 });

    // The operator configures SMTP (here: the same database, a new app instance with the setting).
    await app.close();
    app = await createTestApp(database, { smtpUrl: smtp.url });
    const admin2 = await signIn(app, adminUsername);
    expect((await admin2.post(`/api/mail/outbox/${id}/resend`)).statusCode).toBe(200);
    await smtp.waitFor(1);
    expect(smtp.received[0]!.parsed.subject).toContain('Thư thử');
    const detail = await until(async () => {
      const d = (await admin2.get(`/api/mail/outbox/${id}`)).json();
      return d.status === 'sent' ? d : null;
    });
    expect(detail.attemptLog.map((a: { outcome: string }) => a.outcome)).toEqual(['unconfigured', 'sent']);
    expect((await admin2.post(`/api/mail/outbox/${id}/resend`)).statusCode).toBe(409);
  });
});
