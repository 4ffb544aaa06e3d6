import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import type { AppOptions } from '../../src/server/platform/background';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { TEST_PASSWORD } from './factory';

/**
 * An app over a test database, with its queue workers and scheduler running like in production.
 * Pass `platform.clock` (e.g. manualClock()) to move time in a test, `platform.background` to turn
 * the scheduler loop off and drive it with runSchedulerTick(app.ctx, at).
 */
export async function createTestApp(
  database: Database, overrides: Partial<AppConfig> = {}, platform: Pick<AppOptions, 'clock' | 'background'> = {},
): Promise<FastifyInstance> {
  const config = { ...loadConfig({ VD_WEB_DIR: '/nonexistent' }), ...overrides };
  const app = await buildApp({ database, config, ...platform });
  await app.ready();
  return app;
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export interface Client {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
}

export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrfToken = res.json().csrfToken as string;
  const request = (opts: InjectOptions): Promise<LightMyRequestResponse> =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie, 'x-csrf-token': csrfToken } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    csrfToken,
    cookie,
  };
}
