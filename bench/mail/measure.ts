/**
 * Mail throughput to a local SMTP server (smtp-server on 127.0.0.1, no TLS, accepts everything).
 *  - raw: nodemailer alone, one connection per message, then pooled (?pool=true);
 *  - outbox: deliverOutboxMessage one after another (read row, count attempt, send, log), per-message
 *    connections as configured by default;
 *  - queue: the whole path in the app: N messages queued by queueMail in transactions of 50, then
 *    delivered by the app's `mail.deliver` worker (pg-boss) until the server has them all, with one
 *    connection per message and then with `?pool=true`.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../src/db/client';
import { agencies } from '../../src/db/schema';
import { loadConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/app';
import { withScratchPostgres } from '../scratch-postgres';
import { closeMailTransports, createMailTransport, deliverOutboxMessage, queueMail, wakeMailWorker, type MailQueue } from '../../src/server/platform/mail';

export interface MailFigures {
  messages: number;
  rawPerSecond: number;
  rawPooledPerSecond: number;
  outboxPerSecond: number;
  queuePerSecond: number;
  queuePooledPerSecond: number;
}

async function startCountingServer() {
  let received = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        for (const w of [...waiters]) {
          if (received < w.n) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
        callback(null, 'OK');
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return received;
    },
    until: (n: number) => new Promise<void>((resolve) => (received >= n ? resolve() : waiters.push({ n, resolve }))),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const PARAMS = {
  recipientName: 'Nguyễn Thị Hồng Nhung',
  agencyName: 'Sở Khoa học và Công nghệ',
  kindLabel: 'Nhập dữ liệu từ Excel không thành công',
  title: 'Nhập dữ liệu từ Excel không thành công: Kết quả xếp loại cán bộ',
  body: 'Tệp có 4 dòng lỗi; không có dòng nào được ghi. Tải danh sách lỗi để sửa rồi nhập lại.',
  url: 'https://tdkt.example.gov.vn/records/import/ratings',
};
const FROM = { name: 'VinhDanh', address: 'vinhdanh@example.gov.vn' };
const perSecond = (n: number, ms: number) => (n * 1000) / ms;

export async function mailBench(database: Database, messages = 500): Promise<MailFigures> {
  const smtp = await startCountingServer();
  try {
    const rawSend = async (url: string) => {
      const t = createMailTransport(url);
      const start = performance.now();
      for (let i = 0; i < messages; i++) {
        await t.sendMail({ from: FROM, to: `nguoi.nhan.${i}@example.gov.vn`, subject: `[VinhDanh] ${PARAMS.title}`, text: PARAMS.body, html: `<p>${PARAMS.body}</p>` });
      }
      const ms = performance.now() - start;
      t.close();
      return perSecond(messages, ms);
    };
    const rawPerSecond = await rawSend(smtp.url);
    const rawPooledPerSecond = await rawSend(`${smtp.url}?pool=true`);

    const [agency] = await database.db.insert(agencies).values({ code: `MAIL-BENCH-${Date.now()}`, name: 'Sở Khoa học và Công nghệ', placeName: 'Lạng Sơn' }).returning();
    const agencyId = agency!.id;
    const idle: MailQueue = { send: async () => null };
    const queueBatch = async (queue: MailQueue, n: number) => {
      const ids: string[] = [];
      for (let done = 0; done < n; done += 50) {
        await database.db.transaction(async (tx) => {
          for (let i = done; i < Math.min(n, done + 50); i++) {
            ids.push((await queueMail({ queue }, tx, { agencyId, to: { address: `nguoi.nhan.${i}@example.gov.vn`, name: 'Người nhận' }, template: 'notification', params: PARAMS })).id);
          }
        });
      }
      return ids;
    };

    const ids = await queueBatch(idle, messages);
    const transport = createMailTransport(smtp.url);
    const start = performance.now();
    for (const id of ids) await deliverOutboxMessage(database.db, transport, id, { from: FROM });
    const outboxPerSecond = perSecond(messages, performance.now() - start);
    transport.close();

    const throughApp = async (smtpUrl: string) => {
      const config = { ...loadConfig({ VD_WEB_DIR: '/nonexistent' }), smtpUrl };
      const app = await buildApp({ database, config, background: { scheduler: false } });
      await app.ready();
      try {
        const before = smtp.received;
        const t0 = performance.now();
        await queueBatch(app.ctx.queue, messages);
        wakeMailWorker(app.ctx);
        await smtp.until(before + messages);
        return perSecond(messages, performance.now() - t0);
      } finally {
        await app.close();
        closeMailTransports();
      }
    };
    const queuePerSecond = await throughApp(smtp.url);
    const queuePooledPerSecond = await throughApp(`${smtp.url}?pool=true`);
    return { messages, rawPerSecond, rawPooledPerSecond, outboxPerSecond, queuePerSecond, queuePooledPerSecond };
  } finally {
    await smtp.close();
  }
}

export function printMailFigures(name: string, f: MailFigures): void {
  const r = (x: number) => `${x.toFixed(0)} messages/s`;
  console.log(`mail to a local SMTP server, ${f.messages} messages (${name}):`);
  console.log(`  nodemailer alone, a connection per message: ${r(f.rawPerSecond)}; pooled (?pool=true): ${r(f.rawPooledPerSecond)}`);
  console.log(`  outbox delivery one by one (row read, attempt counted, sent, logged): ${r(f.outboxPerSecond)}`);
  console.log(`  the app's path: queued in transactions of 50, delivered by the mail.deliver worker: ${r(f.queuePerSecond)}; with VD_SMTP_URL=…?pool=true: ${r(f.queuePooledPerSecond)}`);
}

/**
 * The mail suite of `npm run bench` (BENCH_MAIL_MESSAGES, default 500), on a fresh PGlite database and
 * on a scratch PostgreSQL database beside `adminUrl`; `only` picks one.
 */
export async function runMailBench(only: string | undefined, adminUrl: string): Promise<void> {
  const { openDatabase } = await import('../../src/db/client');
  const messages = Number(process.env.BENCH_MAIL_MESSAGES ?? 500);
  if (!only || only === 'pglite') {
    const database = await openDatabase({});
    try {
      console.log('\n== PGlite (embedded): mail');
      printMailFigures('PGlite', await mailBench(database, messages));
    } finally {
      await database.close();
    }
  }
  if (!only || only === 'postgresql') {
    await withScratchPostgres(adminUrl, 'mail', async (database) => {
      console.log('\n== PostgreSQL: mail');
      printMailFigures('PostgreSQL', await mailBench(database, messages));
    });
  }
}
