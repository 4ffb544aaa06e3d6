import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';

describe.each(databaseKinds)('people search and order on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let office: Client;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency();
    const unit = await f.unit(agency.id);
    await f.person(agency.id, unit.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' });
    await f.person(agency.id, unit.id, { familyName: 'Đặng', middleName: 'Thị', givenName: 'Đào' });
    await f.person(agency.id, unit.id, { familyName: 'Lê', middleName: 'Văn', givenName: 'Dũng' });
    await f.person(agency.id, unit.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'Ánh' });
    const user = await f.user(agency.id, [{ role: 'office' }]);
    app = await createTestApp(database);
    office = await signIn(app, user.username);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const names = async (q: string) =>
    ((await office.get(`/api/people?q=${encodeURIComponent(q)}`)).json().items as { fullName: string }[]).map((p) => p.fullName);

  it.each(['nguyen van an', 'Nguyen Van An', 'nguyễn văn an', 'NGUYỄN VĂN AN'])('finds "Nguyễn Văn An" from "%s"', async (q) => {
    expect(await names(q)).toEqual(['Nguyễn Văn An']);
  });

  it('matches đ with d', async () => {
    expect(await names('dang thi dao')).toEqual(['Đặng Thị Đào']);
  });

  it('lists people by tên in Vietnamese order: An, Ánh, Dũng, Đào', async () => {
    const res = await office.get('/api/people?pageSize=10');
    expect(res.json().items.map((p: { givenName: string }) => p.givenName)).toEqual(['An', 'Ánh', 'Dũng', 'Đào']);
  });
});
