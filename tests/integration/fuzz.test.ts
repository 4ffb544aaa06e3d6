import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { databaseFingerprint, fuzzRequests, problemsWithMessage, routesOf, type RouteDoc } from '../support/bad-requests';

/**
 * Bad requests for every route of the OpenAPI document (wrong types, missing and unknown fields,
 * control characters, huge strings, deep nesting, invalid dates and numbers, wrong content types,
 * malformed multipart), sent by an office/admin user and by a visitor without a session. None may
 * be a server error, every refusal is Vietnamese, and nothing in the database changes: the row
 * count of every table and the head of the audit chain are the same before and after.
 */
describe.each(databaseKinds)('fuzzing every route on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let client: Client;
  let routes: RouteDoc[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    const unit = await f.unit(agency.id);
    await f.person(agency.id, unit.id);
    const user = await f.user(agency.id, [{ role: 'admin' }, { role: 'office' }]);
    // The scheduler loop off: its own bookkeeping rows are not something a request wrote.
    app = await createTestApp(database, {}, { background: { scheduler: false } });
    client = await signIn(app, user.username);
    routes = routesOf(app).filter((r) => r.path !== '/api/auth/logout');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function fuzz(send: (o: InjectOptions) => Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>) {
    const before = await databaseFingerprint(database.db);
    const problems: string[] = [];
    let sent = 0;
    const started = performance.now();
    for (const route of routes) {
      for (const bad of fuzzRequests(route)) {
        sent++;
        const res = await send(bad.options);
        const where = `${route.method} ${route.path} [${bad.kind}] → ${res.statusCode}`;
        if (res.statusCode >= 500) {
          problems.push(`${where}: lỗi máy chủ ${res.body.slice(0, 300)}`);
          continue;
        }
        if (res.statusCode < 400) continue;
        let body: unknown;
        try {
          body = JSON.parse(res.body);
        } catch {
          problems.push(`${where}: trả lời không phải JSON: ${res.body.slice(0, 200)}`);
          continue;
        }
        for (const p of problemsWithMessage(body)) problems.push(`${where}: ${p}`);
      }
    }
    const after = await databaseFingerprint(database.db);
    console.log(`fuzz (${kind}): ${sent} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { problems, sent, before, after };
  }

  it('an office/admin user: no server error, Vietnamese refusals, nothing written', async () => {
    const { problems, sent, before, after } = await fuzz((o) => client.request(o));
    expect(problems).toEqual([]);
    expect(after).toEqual(before);
    expect(sent).toBeGreaterThan(500);
  }, 180_000);

  it('a visitor without a session: no server error, Vietnamese refusals, nothing written', async () => {
    const { problems, before, after } = await fuzz((o) => app.inject(o));
    expect(problems).toEqual([]);
    expect(after).toEqual(before);
  }, 180_000);
});
