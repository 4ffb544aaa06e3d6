import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { agencySettings } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { closeWorld, recordsWorld, type RecordsWorld } from './records-fixture';

/**
 * A stored setting that no longer validates (e.g. written before a schema change) is the same
 * Vietnamese 400 from every route that reads the regulation: ratings, screening, explanations, the
 * check route. Before the domain's error codes it was a 500 on screening.
 */
describe.each(databaseKinds)('a broken stored regulation entry on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  const MESSAGE = 'Quy chế TĐKT của cơ quan có thiết lập không hợp lệ';

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    await database.db.insert(agencySettings).values({ agencyId: w.agency.id, key: 'eval.xsCapPct', value: 'hai mươi', effectiveFrom: '2020-01-01', effectiveTo: null });
  });
  afterAll(async () => closeWorld(w?.app, database));

  it.each([
    ['screening', () => w.clients.office.get('/api/eligibility/screening?year=2025')],
    ['a person\'s explanation', () => w.clients.office.get(`/api/eligibility/person/${w.people.an.id}?year=2025`)],
    ['a unit\'s explanation', () => w.clients.office.get(`/api/eligibility/unit/${w.units.qlkh.id}?year=2025`)],
    ['adding a rating', () => w.clients.office.post('/api/records/ratings', { personId: w.people.an.id, year: 2025, level: 'HTTNV' })],
  ])('%s answers 400 naming the regulation, not 500', async (_what, call) => {
    const res = await call();
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(MESSAGE) });
  });

  it('every API route documents the one error body for its 4xx and 5xx answers', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const responses = doc.paths['/api/records/ratings']!.post!.responses;
    const keys = Object.keys(responses).map((k) => k.toLowerCase());
    expect(keys).toEqual(expect.arrayContaining(['4xx', '5xx']));
    expect(JSON.stringify(responses)).toContain('"fields"');
  });
});
