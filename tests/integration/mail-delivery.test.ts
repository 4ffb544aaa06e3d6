import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database, Db } from '../../src/db/client';
import { mailDeliveryAttempts, mailOutbox } from '../../src/db/schema';
import { listAttempts } from '../../src/db/queries/mail';
import {
  createMailTransport,
  deliverOutboxMessage,
  queueMail,
  MAIL_MAX_ATTEMPTS,
  type MailQueue,
  type MailTransport,
} from '../../src/server/platform/mail';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const FROM = { name: 'VinhDanh — Thi đua, khen thưởng', address: 'vinhdanh@so-khcn.example.gov.vn' };
const TITLE = 'Hồ sơ đề nghị khen thưởng của Phòng Quản lý khoa học đã được trả lại để bổ sung';

/** Records what would be enqueued, so these tests drive delivery themselves. */
function recordingQueue(): MailQueue & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(_db, _name, data) {
      sent.push((data as { outboxId: string }).outboxId);
      return `job-${sent.length}`;
    },
  };
}

class Rollback extends Error {}

describe.each(databaseKinds)('mail outbox and delivery on %s', (kind) => {
  let database: Database;
  let db: Db;
  let smtp: TestSmtpServer;
  let transport: MailTransport;
  let agencyId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    agencyId = (await factory(db).agency({ name: 'Sở Khoa học và Công nghệ' })).id;
  });
  beforeEach(async () => {
    smtp = await startSmtpServer();
    transport = createMailTransport(smtp.url);
  });
  afterEach(async () => {
    transport.close();
    await smtp.close();
  });
  afterAll(async () => database?.close());

  const queueOne = async (queue: MailQueue, to = 'nhung.nth@so-khcn.example.gov.vn') =>
    db.transaction((tx) =>
      queueMail({ queue }, tx, {
        agencyId,
        to: { address: to, name: 'Nguyễn Thị Hồng Nhung' },
        template: 'notification',
        params: { recipientName: 'Nguyễn Thị Hồng Nhung', agencyName: 'Sở Khoa học và Công nghệ', kindLabel: 'Hồ sơ bị trả lại', title: TITLE, body: 'Lý do: thiếu bản thành tích có xác nhận của Thủ trưởng đơn vị.', url: null },
      }),
    );

  it('the SMTP server receives the Vietnamese subject, sender and body intact', async () => {
    const queue = recordingQueue();
    const { id } = await queueOne(queue);
    expect(queue.sent).toEqual([id]);
    const result = await deliverOutboxMessage(db, transport, id, { from: FROM });
    expect(result.outcome).toBe('sent');
    const [mail] = await smtp.waitFor(1);
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?/m); // encoded as RFC 2047, decoded below
    expect(mail!.parsed.subject).toBe(`[VinhDanh] ${TITLE}`);
    expect(mail!.parsed.from?.value[0]).toEqual({ name: FROM.name, address: FROM.address });
    expect(mail!.parsed.to && !Array.isArray(mail!.parsed.to) ? mail!.parsed.to.value[0] : null).toEqual({ name: 'Nguyễn Thị Hồng Nhung', address: 'nhung.nth@so-khcn.example.gov.vn' });
    expect(mail!.parsed.text).toContain('Lý do: thiếu bản thành tích có xác nhận của Thủ trưởng đơn vị.');
    expect(mail!.parsed.html).toContain('Kính gửi Nguyễn Thị Hồng Nhung,');
    expect(mail!.parsed.headers.get('x-vinhdanh-outbox-id')).toBe(id);

    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
    const log = await listAttempts(db, id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ attempt: 1, outcome: 'sent', error: null });
    expect(log[0]!.smtpResponse).toMatch(/^250 /);
  });

  it('a message already sent is not sent twice (a repeated job is harmless)', async () => {
    const { id } = await queueOne(recordingQueue());
    await deliverOutboxMessage(db, transport, id, { from: FROM });
    expect((await deliverOutboxMessage(db, transport, id, { from: FROM })).outcome).toBe('skipped');
    expect(smtp.received).toHaveLength(1);
  });

  it('a mail caused by a rolled-back change leaves no outbox row and is never sent', async () => {
    const queue = recordingQueue();
    const before = (await db.select({ id: mailOutbox.id }).from(mailOutbox)).length;
    await expect(
      db.transaction(async (tx) => {
        await queueMail({ queue }, tx, { agencyId, to: { address: 'an@example.gov.vn' }, template: 'mail.test', params: { agencyName: 'Sở', sentBy: 'Quản trị' } });
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect((await db.select({ id: mailOutbox.id }).from(mailOutbox)).length).toBe(before);
    // Even if a job for it had run, there is nothing to send.
    expect((await deliverOutboxMessage(db, transport, queue.sent[0]!, { from: FROM })).outcome).toBe('skipped');
    expect(smtp.received).toHaveLength(0);
  });

  it('an SMTP failure is logged and retried; the retry delivers', async () => {
    const { id } = await queueOne(recordingQueue());
    smtp.rejectNext(2);
    const first = await deliverOutboxMessage(db, transport, id, { from: FROM });
    expect(first).toMatchObject({ outcome: 'failed', willRetry: true });
    expect((await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]).toMatchObject({ status: 'retrying', attempts: 1 });
    await deliverOutboxMessage(db, transport, id, { from: FROM });
    const third = await deliverOutboxMessage(db, transport, id, { from: FROM });
    expect(third.outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    const log = await listAttempts(db, id);
    expect(log.map((a) => a.outcome)).toEqual(['failed', 'failed', 'sent']);
    expect(log[0]!.error).toContain('SMTP 451');
    expect(log[0]!.smtpResponse).toContain('451');
    expect((await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it(`after ${MAIL_MAX_ATTEMPTS} failed attempts the message is marked failed`, async () => {
    const { id } = await queueOne(recordingQueue());
    smtp.rejectNext(MAIL_MAX_ATTEMPTS);
    let last;
    for (let i = 0; i < MAIL_MAX_ATTEMPTS; i++) last = await deliverOutboxMessage(db, transport, id, { from: FROM });
    expect(last).toMatchObject({ outcome: 'failed', willRetry: false });
    expect((await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    expect(await listAttempts(db, id)).toHaveLength(MAIL_MAX_ATTEMPTS);
  });

  it('an unreachable server is a failed attempt, not a crash', async () => {
    const { id } = await queueOne(recordingQueue());
    const dead = createMailTransport('smtp://127.0.0.1:1');
    const result = await deliverOutboxMessage(db, dead, id, { from: FROM });
    dead.close();
    expect(result).toMatchObject({ outcome: 'failed', willRetry: true });
    expect((await listAttempts(db, id))[0]!.error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  });

  it('without SMTP the message stays in the outbox as "not configured" and nothing fails', async () => {
    const { id } = await queueOne(recordingQueue());
    const result = await deliverOutboxMessage(db, null, id, { from: FROM });
    expect(result.outcome).toBe('unconfigured');
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({ status: 'unconfigured', sentAt: null });
    expect(row!.lastError).toContain('chưa cấu hình SMTP');
    const log = await db.select().from(mailDeliveryAttempts).where(eq(mailDeliveryAttempts.outboxId, id));
    expect(log).toMatchObject([{ outcome: 'unconfigured' }]);
  });

  it('an address that is not one mailbox is refused with a Vietnamese message and nothing is queued', async () => {
    const queue = recordingQueue();
    await expect(queueOne(queue, 'a@b.vn\r\nBcc: x@y.vn')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Địa chỉ email') });
    expect(queue.sent).toHaveLength(0);
  });
});
