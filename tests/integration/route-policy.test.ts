import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { Database } from '../../src/db/client';
import { policies, type Policy } from '../../src/domain/policies';
import { registeredRoutes, registerAccessControl } from '../../src/server/plugins/access';
import { AppError } from '../../src/server/errors';
import { loadConfig } from '../../src/server/config';
import { createTestDatabase } from '../support/databases';
import { createTestApp } from '../support/app';

/**
 * The gate for every route, now and later: each route the server answers must name a policy from
 * src/domain/policies, or it is refused at run time and fails here, by name.
 */

interface Route {
  method: string;
  url: string;
}
const label = (r: Route) => `${r.method} ${r.url}`;

/**
 * Every (method, url) Fastify will answer, read from its own router (`printRoutes`), so routes that
 * no hook saw are listed too. Each tree line is "<indent>├── <segment> (<METHODS>)" and a child's
 * segment continues its parent's path.
 */
function servedRoutes(app: FastifyInstance): Route[] {
  const out: Route[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    while (stack.length > depth) stack.pop();
    const path = (stack[stack.length - 1]?.path ?? '') + m[2]!;
    stack.push({ depth, path });
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method !== 'HEAD') out.push({ method, url: path });
    }
  }
  return out;
}

/** Routes deliberately open to people who are not signed in. Adding one is a security decision: say why. */
const PUBLIC_ACTIONS = new Set([
  'system.health', // probes by the operator's monitoring
  'system.docs', // the OpenAPI description of the API
  'auth.login',
  'auth.logout',
  'auth.me', // answers "not signed in" to the sign-in page
  'disclosure.publicRead', // công khai: the public reads a round's published list in its window (tdkt-rules.md §8)
  'disclosure.publicFeedback', // kiến nghị from the public, no account (own form token, rate limit per address)
]);

/** Swagger UI is registered (as public documentation) before access control is installed. */
const isApiDocs = (r: Route) => r.url === '/api/docs' || r.url.startsWith('/api/docs/');

const knownPolicies = new Map<string, Policy>(
  Object.values(policies).flatMap((group) => (Object.values(group) as Policy[]).map((p) => [p.action, p] as const)),
);

describe('every route has an access policy', () => {
  let database: Database;
  let app: FastifyInstance;
  let routes: Route[];
  /** What the access-control plugin recorded for a route (the list is per process: keep this app's rows). */
  const recorded = (r: Route) => registeredRoutes.filter((x) => x.method === r.method && x.url === r.url);

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = await createTestApp(database);
    routes = servedRoutes(app);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('reads the route list from the router (sanity check of this test)', () => {
    for (const r of ['GET /api/health', 'POST /api/auth/login', 'GET /api/people/:id', 'POST /api/people/:id/transfer']) {
      expect(routes.map(label)).toContain(r);
    }
    for (const r of registeredRoutes) expect(routes.map(label)).toContain(label(r));
  });

  it('serves nothing outside /api in the API server (access control guards /api only)', () => {
    expect(routes.filter((r) => !r.url.startsWith('/api/') && r.url !== '/api').map(label)).toEqual([]);
  });

  it('installs access control before every route, except the API documentation', () => {
    const unseen = routes.filter((r) => !isApiDocs(r) && recorded(r).length === 0).map(label);
    expect(unseen, `routes registered before access control, so never checked: ${unseen.join(', ')}`).toEqual([]);
  });

  it('gives every /api route a policy', () => {
    const missing = routes.filter((r) => !isApiDocs(r) && recorded(r).some((x) => !x.policy)).map(label);
    expect(missing, `routes without config.policy: ${missing.join(', ')}`).toEqual([]);
  });

  it('uses only policies declared in src/domain/policies', () => {
    const unknown = routes
      .filter((r) => !isApiDocs(r))
      .flatMap((r) => recorded(r).filter((x) => x.policy && !knownPolicies.has(x.policy)).map((x) => `${label(r)} → ${x.policy}`));
    expect(unknown, `routes naming a policy that is not in src/domain/policies: ${unknown.join(', ')}`).toEqual([]);
  });

  it('opens to the public only the routes meant to be public', () => {
    const open = routes
      .filter((r) => !isApiDocs(r))
      .flatMap((r) => recorded(r).filter((x) => x.policy && knownPolicies.get(x.policy)?.public && !PUBLIC_ACTIONS.has(x.policy)).map(() => label(r)));
    expect(open, `public routes not in PUBLIC_ACTIONS: ${open.join(', ')}`).toEqual([]);
  });

  it('serves the API documentation read-only and to everyone', async () => {
    expect(routes.filter(isApiDocs).filter((r) => r.method !== 'GET').map(label)).toEqual([]);
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().info.title).toBe('VinhDanh API');
  });

  it('refuses every non-public route to the public: 401 and a Vietnamese message', async () => {
    const closed = routes.filter((r) => !isApiDocs(r) && recorded(r).every((x) => x.policy && !knownPolicies.get(x.policy)?.public));
    expect(closed.length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const r of closed) {
      const url = r.url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace('*', 'x');
      const res = await app.inject({ method: r.method as 'GET', url, ...(r.method === 'GET' ? {} : { payload: {} }) });
      if (res.statusCode !== 401 || res.json().error?.message !== 'Bạn cần đăng nhập để tiếp tục.') wrong.push(`${label(r)} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the access-control plugin fails closed', () => {
  it('refuses a route that names no policy, even to the public', async () => {
    const bare = Fastify();
    bare.decorate('ctx', { database: null as never, config: loadConfig({}), queue: null as never, clock: null as never });
    await bare.register(cookie);
    registerAccessControl(bare);
    bare.setErrorHandler((err, _req, reply) =>
      err instanceof AppError ? reply.status(err.status).send({ error: { code: err.code, message: err.message } }) : reply.send(err),
    );
    bare.get('/api/forgotten', async () => ({ secret: true }));
    await bare.ready();
    try {
      const res = await bare.inject({ method: 'GET', url: '/api/forgotten' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Đường dẫn này chưa được gán chính sách truy cập.');
    } finally {
      await bare.close();
    }
  });
});
