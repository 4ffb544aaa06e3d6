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
    webDir: path.resolve(env.VD_WEB_DIR ?? './dist/web'),
  };
}
