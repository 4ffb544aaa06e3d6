import path from 'node:path';

export type AppMode = 'demo' | 'production';

export interface AppConfig {
  port: number;
  host: string;
  mode: AppMode;
  databaseUrl?: string;
  dataDir: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Failed sign-ins allowed per address and user name in 15 minutes (VD_LOGIN_MAX_PER_IP). */
  loginMaxPerIpPerWindow: number;
  /** Failed sign-ins allowed per address, all user names together, in 15 minutes (VD_LOGIN_MAX_FAILURES_PER_IP). */
  loginMaxFailuresPerIp: number;
  /**
   * Which reverse proxies to believe for the client address and protocol (X-Forwarded-For/-Proto):
   * false (default: nobody, so a client cannot spoof its address past the login limit), a hop count,
   * or addresses/CIDRs such as "127.0.0.1" for a proxy on the same machine.
   */
  trustProxy: boolean | number | string;
  /** Serve the built web app from this folder when it exists. */
  webDir: string;
  /** Mail: smtp://user:pass@host:port or smtps://… (VD_SMTP_URL); unset = mail stays in the outbox. */
  smtpUrl?: string;
  /** Sender shown in mail (VD_MAIL_FROM_NAME, VD_MAIL_FROM_ADDRESS). */
  mailFromName: string;
  mailFromAddress: string;
  /** Public address of the web app for links in mail (VD_PUBLIC_URL), e.g. https://tdkt.example.gov.vn. */
  publicUrl?: string;
  /** First retry delay of a failed mail in seconds, doubled at each retry (VD_MAIL_RETRY_DELAY_SECONDS, default 30). */
  mailRetryDelaySeconds: number;
  /** Largest file the file store accepts, in bytes (VD_FILE_MAX_MB, default 20); an agency may set a lower limit. */
  fileMaxBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode: AppMode = env.VD_MODE === 'production' || env.NODE_ENV === 'production' ? 'production' : 'demo';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.VD_DATA_DIR ?? './data/pglite'),
    sessionIdleMinutes: Number(env.VD_SESSION_IDLE_MINUTES ?? 60),
    sessionAbsoluteHours: Number(env.VD_SESSION_ABSOLUTE_HOURS ?? 12),
    loginMaxFailures: Number(env.VD_LOGIN_MAX_FAILURES ?? 5),
    loginLockMinutes: Number(env.VD_LOGIN_LOCK_MINUTES ?? 15),
    loginMaxPerIpPerWindow: Number(env.VD_LOGIN_MAX_PER_IP ?? 30),
    loginMaxFailuresPerIp: Number(env.VD_LOGIN_MAX_FAILURES_PER_IP ?? 200),
    trustProxy: parseTrustProxy(env.VD_TRUST_PROXY),
    webDir: path.resolve(env.VD_WEB_DIR ?? './dist/web'),
    smtpUrl: env.VD_SMTP_URL || undefined,
    mailFromName: env.VD_MAIL_FROM_NAME || 'VinhDanh — Thi đua, khen thưởng',
    mailFromAddress: env.VD_MAIL_FROM_ADDRESS || 'vinhdanh@localhost',
    publicUrl: env.VD_PUBLIC_URL ? env.VD_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    mailRetryDelaySeconds: Number(env.VD_MAIL_RETRY_DELAY_SECONDS ?? 30) || 30,
    fileMaxBytes: Math.round(Number(env.VD_FILE_MAX_MB ?? 20) * 1024 * 1024) || 20 * 1024 * 1024,
  };
}

/**
 * What stops a production start (null when nothing does), in Vietnamese. Behind HTTPS the session
 * cookie is Secure, and the sign-in limits count the user's address, only when the proxy is trusted:
 * production needs an explicit VD_TRUST_PROXY (an address, a hop count, or false for no proxy).
 */
export function productionStartRefusal(env: NodeJS.ProcessEnv = process.env): string | null {
  const production = env.VD_MODE === 'production' || env.NODE_ENV === 'production';
  if (!production || (env.VD_TRUST_PROXY ?? '').trim() !== '') return null;
  return [
    'Không khởi động: chế độ vận hành cần quyết định rõ về reverse proxy — hãy đặt biến VD_TRUST_PROXY.',
    '  - VinhDanh chạy sau nginx, Caddy… trên cùng máy: VD_TRUST_PROXY=127.0.0.1 (hoặc địa chỉ của proxy).',
    '    Khi đó cookie phiên có cờ Secure lúc truy cập qua HTTPS và giới hạn đăng nhập tính đúng địa chỉ người dùng.',
    '  - Người dùng kết nối thẳng tới VinhDanh (không có proxy): VD_TRUST_PROXY=false.',
  ].join('\n');
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
