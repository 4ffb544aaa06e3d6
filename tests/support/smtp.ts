import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Answer the next `n` messages with a temporary failure (451) instead of accepting them. */
  rejectNext(n: number): void;
  /** Messages refused so far. */
  readonly rejected: number;
  /** Resolves once `n` messages have been received (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no authentication) that keeps what it receives. */
export async function startSmtpServer(options: { parse?: boolean } = {}): Promise<TestSmtpServer> {
  const parse = options.parse ?? true;
  const received: ReceivedMail[] = [];
  let toReject = 0;
  let rejected = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const w of [...waiters]) if (received.length >= w.n) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (toReject > 0) {
          toReject--;
          rejected++;
          const err = Object.assign(new Error('Hộp thư tạm thời không nhận thư, thử lại sau'), { responseCode: 451 });
          return callback(err);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const done = (parsed: ParsedMail) => {
          received.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            parsed,
          });
          settle();
          callback(null, 'Đã nhận');
        };
        if (!parse) return done({} as ParsedMail);
        simpleParser(raw).then(done, (err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    rejectNext: (n) => {
      toReject = n;
    },
    get rejected() {
      return rejected;
    },
    waitFor: (n, ms = 20_000) =>
      new Promise<ReceivedMail[]>((resolve, reject) => {
        if (received.length >= n) return resolve(received);
        const timer = setTimeout(() => reject(new Error(`waited for ${n} messages, got ${received.length}`)), ms);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve(received)) });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
