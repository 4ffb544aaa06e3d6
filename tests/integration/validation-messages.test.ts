import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { problemsWithMessage, routesOf, typeAndPresenceRequests } from '../support/bad-requests';

/**
 * Every route's schema, fed missing fields and wrong types: each refusal is plain Vietnamese and
 * names the field by its Vietnamese label ("Năm (year): Phải là số"), never "mong đợi string,
 * nhận được undefined", "nhận được NaN" or a bare key such as "value" or "id".
 */
describe.each(databaseKinds)('validation messages on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    const user = await f.user(agency.id, [{ role: 'admin' }, { role: 'office' }]);
    app = await createTestApp(database);
    client = await signIn(app, user.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('every route answers wrong types and missing fields in Vietnamese, naming the field', async () => {
    const problems: string[] = [];
    let refused = 0;
    for (const route of routesOf(app)) {
      if (route.path === '/api/auth/logout') continue;
      for (const bad of typeAndPresenceRequests(route)) {
        const res = await client.request(bad.options);
        const where = `${route.method} ${route.path} [${bad.kind}] → ${res.statusCode}`;
        if (res.statusCode >= 500) problems.push(`${where}: lỗi máy chủ ${res.body.slice(0, 200)}`);
        if (res.statusCode !== 400) continue;
        refused++;
        for (const p of problemsWithMessage(res.json())) problems.push(`${where}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(100);
  });

  it('says what is missing and what is wrong without type names', async () => {
    const res = await client.post('/api/units', { name: 'Phòng A' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; field: string; message: string }[];
    expect(fields).toEqual(expect.arrayContaining([
      { path: 'code', field: 'Mã (code)', message: 'Chưa nhập (bắt buộc)' },
      { path: 'kind', field: 'Loại (kind)', message: 'Loại đơn vị không hợp lệ' },
    ]));
    const nan = await client.get('/api/records/ratings?year=abc');
    expect(nan.json().error.fields[0]).toMatchObject({ field: 'Năm (year)' });
    expect(nan.json().error.message).not.toMatch(/NaN|mong đợi|nhận được/);
  });

  it('names the settings key and value, the path id and the body itself in Vietnamese', async () => {
    const settings = await client.post('/api/eligibility/settings', { key: 5 });
    const labels = (settings.json().error.fields as { field: string }[]).map((f) => f.field);
    expect(labels).toEqual(expect.arrayContaining(['Thiết lập (key)', 'Ngày có hiệu lực (effectiveFrom)']));
    const id = await client.get('/api/people/khong-phai-ma');
    expect(id.json().error.fields[0]).toMatchObject({ path: 'id', field: 'Mã định danh (id)', message: 'Mã định danh không hợp lệ' });
    const whole = await client.request({ method: 'POST', url: '/api/units', payload: [1] });
    expect(whole.json().error.fields[0]).toMatchObject({ path: '', field: 'Nội dung gửi lên', message: 'Phải là một nhóm trường, không phải một danh sách' });
  });
});
