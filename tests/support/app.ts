import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { TEST_PASSWORD } from './factory';

export async function createTestApp(database: Database, overrides: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const config = { ...loadConfig({ VD_WEB_DIR: '/nonexistent' }), ...overrides };
  const app = await buildApp({ database, config });
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
