import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { productionStartRefusal } from '../../src/server/config';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn } from '../support/app';

const ROOT = path.resolve(__dirname, '../..');

/** What a browser is told on every answer, and what production mode insists on. */
describe.each(databaseKinds)('security headers and production settings on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let username: string;
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-web-'));
  const apps: FastifyInstance[] = [];
  const appWith = async (...args: Parameters<typeof createTestApp> extends [unknown, ...infer R] ? R : never) => {
    const a = await createTestApp(database, ...args);
    apps.push(a);
    return a;
  };

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html lang="vi"><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    username = (await f.user((await f.agency()).id, [{ role: 'office' }])).username;
    app = await appWith({ webDir }, { background: { scheduler: false } });
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await database?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('pages and API answers carry CSP (own origin, no inline script, no framing), nosniff, DENY and a referrer policy', async () => {
    for (const url of ['/', '/api/health', '/nguoi/123']) {
      const res = await app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('API answers are never cached; a signed-in answer neither', async () => {
    expect((await app.inject({ url: '/api/health' })).headers['cache-control']).toBe('no-store');
    const client = await signIn(app, username);
    expect((await client.get('/api/auth/me')).headers['cache-control']).toBe('no-store');
    expect((await client.get('/api/units')).headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only over HTTPS (through a trusted proxy), never over plain HTTP', async () => {
    expect((await app.inject({ url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const untrusted = await app.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    const behindProxy = await appWith({ webDir, trustProxy: '127.0.0.1' }, { background: { scheduler: false } });
    const https = await behindProxy.inject({ url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('a missing file under /assets/ is a 404, not the app page; other paths still get the app', async () => {
    const missing = await app.inject({ url: '/assets/khong-co-4f2a.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<div id="root">');
    expect((await app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
    const page = await app.inject({ url: '/can-bo/abc' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('the API documentation still works in demo mode, for everyone', async () => {
    const doc = await app.inject({ url: '/api/docs' });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-security-policy']).toContain("script-src 'self'");
    expect(doc.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect((await app.inject({ url: '/api/docs/json' })).statusCode).toBe(200);
  });

  it('in production mode the API documentation is for signed-in users only', async () => {
    const production = await appWith({ webDir, mode: 'production' }, { background: { scheduler: false } });
    const anonymous = await production.inject({ url: '/api/docs/json' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
    const client = await signIn(production, username);
    expect((await client.get('/api/docs/json')).statusCode).toBe(200);
  });
});

describe('production mode needs a decision on VD_TRUST_PROXY', () => {
  it('names the setting and both choices when it is missing; anything explicit is accepted', () => {
    const refusal = productionStartRefusal({ VD_MODE: 'production' });
    expect(refusal).toContain('hãy đặt biến VD_TRUST_PROXY');
    expect(refusal).toContain('VD_TRUST_PROXY=127.0.0.1');
    expect(refusal).toContain('VD_TRUST_PROXY=false');
    expect(productionStartRefusal({ VD_MODE: 'production', VD_TRUST_PROXY: 'false' })).toBeNull();
    expect(productionStartRefusal({ NODE_ENV: 'production', VD_TRUST_PROXY: '1' })).toBeNull();
    expect(productionStartRefusal({})).toBeNull();
  });

  it('the server refuses to start, before opening any database', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, VD_MODE: 'production', DATABASE_URL: '', VD_DATA_DIR: path.join(os.tmpdir(), 'vd-khong-mo') };
    delete env.VD_TRUST_PROXY;
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts'], { cwd: ROOT, env, timeout: 60_000 }, (err, _o, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }));
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không khởi động: chế độ vận hành cần quyết định rõ về reverse proxy');
    expect(fs.existsSync(path.join(os.tmpdir(), 'vd-khong-mo'))).toBe(false);
  }, 90_000);
});
