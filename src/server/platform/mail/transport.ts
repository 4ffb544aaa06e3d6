/**
 * The SMTP transport from VD_SMTP_URL (smtp://user:pass@host:587, smtps://…:465; options such as
 * ?pool=true or ?tls.rejectUnauthorized=false go in the query string, as nodemailer reads them).
 * No URL: no transport, and mail waits in the outbox.
 */
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config';

export interface MailMessage {
  from: { name: string; address: string };
  to: { name: string; address: string } | string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface SentInfo {
  messageId: string;
  response: string;
}

/** What delivery needs from nodemailer (a test may pass its own). */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<SentInfo>;
  close(): void;
}

export interface Sender {
  name: string;
  address: string;
}

export function senderOf(config: Pick<AppConfig, 'mailFromName' | 'mailFromAddress'>): Sender {
  return { name: config.mailFromName, address: config.mailFromAddress };
}

/** The SMTP host and port, without user or password, for the admin page. */
export function smtpSummary(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return '(địa chỉ SMTP không đọc được)';
  }
}

export function createMailTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport({
    url,
    // A dead or slow server fails the attempt (and it is retried) instead of holding a worker.
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    sendMail: async (message) => {
      const info = await transport.sendMail(message);
      return { messageId: info.messageId, response: info.response };
    },
    close: () => transport.close(),
  };
}
