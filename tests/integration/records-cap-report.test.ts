import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { agencySettings, ratings } from '../../src/db/schema';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { closeWorld, insertRatings, recordsWorld, type RecordsWorld } from './records-fixture';

/** Creates `n` people in a unit, rated at the given levels for a year. */
async function ratedPeople(w: RecordsWorld, database: Database, unitId: string, year: number, levels: string[], staffCategory = 'cong_chuc', regime = 'ND90') {
  const rows = [];
  for (const level of levels) {
    const p = await w.f.person(w.agency.id, unitId, { familyName: 'Phạm', middleName: 'Văn', givenName: `Số${rows.length}`, staffCategory });
    rows.push({ personId: p.id, unitId, year, level, regime });
  }
  await insertRatings(database, w.agency.id, rows);
}

const levels = (counts: Record<string, number>) => Object.entries(counts).flatMap(([level, n]) => Array<string>(n).fill(level));

describe.each(databaseKinds)('HTXSNV cap report on %s', (kind) => {
  let database: Database;
  let w: RecordsWorld;
  type Unit = { unitName: string; over: boolean; excellent: number; groups: { cap: number; base: number; capPct: number; excess: number; staffCategory: string }[] };
  const report = async (year: number, client = () => w.clients.office) => {
    const res = await client().get(`/api/records/ratings/cap-report?year=${year}`);
    return res.json() as { units: Unit[]; overCapUnits: number; settings: { roundingMode: string; roundingConfirmed: boolean } };
  };
  const unit = (r: { units: Unit[] }, name: string) => r.units.find((u) => u.unitName === name)!;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    w = await recordsWorld(database);
    // 2024: QLKH 7 HTTNV + 3 HTXSNV (10 rated HTTNV or better → cap 2: over by 1); VP 8 HTTNV + 2 HTXSNV (cap 2: within).
    await ratedPeople(w, database, w.units.qlkh.id, 2024, levels({ HTTNV: 7, HTXSNV: 3, HTNV: 2 }));
    await ratedPeople(w, database, w.units.vp.id, 2024, levels({ HTTNV: 8, HTXSNV: 2 }));
    // 2025: TTUD viên chức 6 HTTNV + 2 HTXSNV = 8 → 20% = 1.6 → cap 1 with FLOOR.
    await ratedPeople(w, database, w.units.ttud.id, 2025, levels({ HTTNV: 6, HTXSNV: 2 }), 'vien_chuc');
    // 2026 (ND233): the same numbers.
    await ratedPeople(w, database, w.units.ttud.id, 2026, levels({ HTTNV: 6, HTXSNV: 2 }), 'vien_chuc', 'ND233');
  });
  afterAll(async () => closeWorld(w?.app, database));

  it('flags a unit with 3 HTXSNV among 10 rated HTTNV or better (cap 2, rounded down)', async () => {
    const qlkh = unit(await report(2024), 'Phòng Quản lý khoa học');
    expect(qlkh.over).toBe(true);
    expect(qlkh.groups[0]).toMatchObject({ staffCategory: 'CONG_CHUC', base: 10, capPct: 20, cap: 2, excess: 1 });
  });

  it('does not flag a unit exactly at the cap', async () => {
    const r = await report(2024);
    expect(unit(r, 'Văn phòng Sở')).toMatchObject({ over: false, excellent: 2 });
    expect(r.overCapUnits).toBe(1);
  });

  it('says the rounding is FLOOR and not confirmed', async () => {
    expect((await report(2024)).settings).toMatchObject({ roundingMode: 'FLOOR', roundingConfirmed: false });
  });

  it('rounds 20% of 8 down to 1 and flags 2 HTXSNV', async () => {
    const ttud = unit(await report(2025), 'Trung tâm Ứng dụng và Thống kê KH&CN');
    expect(ttud.groups[0]).toMatchObject({ staffCategory: 'VIEN_CHUC', base: 8, cap: 1 });
    expect(ttud.over).toBe(true);
  });

  it('allows 25% under ND233 for viên chức of a unit itself rated HTXSNV', async () => {
    await database.db.insert(ratings).values({ agencyId: w.agency.id, unitId: w.units.ttud.id, year: 2026, level: 'HTXSNV', regime: 'ND233' });
    const ttud = unit(await report(2026), 'Trung tâm Ứng dụng và Thống kê KH&CN');
    expect(ttud.groups[0]).toMatchObject({ capPct: 25, cap: 2 });
    expect(ttud.over).toBe(false);
  });

  it("follows the agency's percentage setting", async () => {
    await database.db.insert(agencySettings).values({ agencyId: w.agency.id, key: 'eval.xsCapPct', value: 30, effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' });
    const qlkh = unit(await report(2024), 'Phòng Quản lý khoa học');
    expect(qlkh.groups[0]).toMatchObject({ capPct: 30, cap: 3 });
    expect(qlkh.over).toBe(false);
  });

  it('shows a unit head only their own unit', async () => {
    const r = await report(2024, () => w.clients.headQlkh);
    expect(r.units.map((u) => u.unitName)).toEqual(['Phòng Quản lý khoa học']);
  });

  it('asks for the year in Vietnamese', async () => {
    const res = await w.clients.office.get('/api/records/ratings/cap-report');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toContain('Năm');
  });
});
