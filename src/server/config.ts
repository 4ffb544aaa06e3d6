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
  loginMaxPerIpPerWindow: number;
  /**
   * Which reverse proxies to believe for the client address and protocol (X-Forwarded-For/-Proto):
   * false (default: nobody, so a client cannot spoof its address past the login limit), a hop count,
   * or addresses/CIDRs such as "127.0.0.1" for a proxy on the same machine.
   */
  trustProxy: boolean | number | string;
  /** Serve the built web app from this folder when it exists. */
  webDir: string;
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
    trustProxy: parseTrustProxy(env.VD_TRUST_PROXY),
    webDir: path.resolve(env.VD_WEB_DIR ?? './dist/web'),
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
