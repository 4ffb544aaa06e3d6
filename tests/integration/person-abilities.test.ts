import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { closeWorld, recordsWorld, type RecordsWorld } from './records-fixture';

/** A person comes with what this user may do to them, decided by the server (per object, not per role). */
describe.each(databaseKinds)('per-person abilities on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  const abilities = async (client: RecordsWorld['clients'][keyof RecordsWorld['clients']], id: string) => (await client.get(`/api/people/${id}`)).json().abilities;
  const all = (v: boolean) => ({ 'person.edit': v, 'person.transfer': v, 'person.changeStatus': v });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
  });
  afterAll(async () => closeWorld(w?.app, database));

  it('the office may edit, transfer and retire a person in service', async () => {
    expect(await abilities(w.clients.office, w.people.an.id)).toEqual(all(true));
  });

  it('a focal point may change the people of their own unit only', async () => {
    expect(await abilities(w.clients.focalTtud, w.people.dao.id)).toEqual(all(true));
  });

  it('the director and a staff member see the person but may change nothing', async () => {
    expect(await abilities(w.clients.director, w.people.an.id)).toEqual(all(false));
    expect(await abilities(w.clients.staffAn, w.people.an.id)).toEqual(all(false));
  });

  it('once retired, nobody may edit or transfer the person (the page hides the buttons)', async () => {
    const retired = await w.f.person(w.agency.id, w.units.qlkh.id, { givenName: 'Hưu', status: 'retired' });
    expect(await abilities(w.clients.office, retired.id)).toEqual(all(false));
  });
});
