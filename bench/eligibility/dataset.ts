import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { composeFullName, vietnameseNameSortKey } from '../../src/domain/text/vietnamese';

export interface DatasetSize {
  agencies: number;
  unitsPerAgency: number;
  people: number;
  firstYear: number;
  lastYear: number;
}

export const PROVINCE: DatasetSize = { agencies: 60, unitsPerAgency: 12, people: 50_000, firstYear: 2016, lastYear: 2025 };

/**
 * A province-sized, deterministic dataset generated inside the database (generate_series and hashes),
 * so it takes seconds on PGlite and PostgreSQL alike. Levels and events are drawn from a hash of the
 * person and the year: ~15% HTXSNV, ~70% HTTNV, ~13% HTNV, ~2% KHTNV; LĐTT for HTTNV or better,
 * CSTĐCS for most HTXSNV years, an initiative in ~8% of person-years, discipline in ~1%.
 */
export async function generateProvinceDataset(
  db: Db,
  size: DatasetSize = PROVINCE,
  options: {
    names?: (g: number) => { familyName: string; middleName: string; givenName: string };
    /** Records (ratings, titles, initiatives, discipline…) only for the first N agencies; default all. */
    recordAgencies?: number;
  } = {},
): Promise<Record<string, number>> {
  const { agencies, unitsPerAgency, people, firstYear, lastYear } = size;
  // Names for person number g, when asked for: a scratch table joined into the persons insert.
  if (options.names) {
    await db.execute(sql`CREATE TABLE bench_names (i int PRIMARY KEY, f text, m text, gv text, n text, k text)`);
    for (let start = 0; start < people; start += 10_000) {
      const rows = [];
      for (let g = start; g < Math.min(people, start + 10_000); g++) {
        const { familyName: f, middleName: m, givenName: gv } = options.names(g);
        rows.push({ i: g, f, m, gv, n: composeFullName(f, m, gv), k: vietnameseNameSortKey(f, m, gv) });
      }
      await db.execute(sql`INSERT INTO bench_names SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(i int, f text, m text, gv text, n text, k text)`);
    }
  }
  const named = !!options.names;
  const records = sql.raw(options.recordAgencies ? `a.code LIKE 'BENCH-%' AND substr(a.code, 7)::int <= ${Math.trunc(options.recordAgencies)}` : `a.code LIKE 'BENCH-%'`);
  const n = (v: number) => sql.raw(String(Math.trunc(v)));
  const h = (expr: string) => sql.raw(`(abs(hashtext(${expr})) % 100)`);
  const steps: [string, ReturnType<typeof sql>][] = [
    ['agencies', sql`INSERT INTO agencies (code, name) SELECT 'BENCH-' || g, 'Cơ quan thử tải ' || g FROM generate_series(1, ${n(agencies)}) g`],
    ['units', sql`INSERT INTO units (agency_id, code, name, kind, sort_order)
      SELECT a.id, 'U' || g, 'Phòng ' || g, CASE WHEN g > 9 THEN 'affiliated' ELSE 'division' END, g
      FROM agencies a, generate_series(1, ${n(unitsPerAgency)}) g WHERE a.code LIKE 'BENCH-%'`],
    ['persons', sql`WITH u AS (SELECT id, agency_id, (row_number() OVER (ORDER BY agency_id, sort_order)) - 1 AS rn FROM units
        WHERE agency_id IN (SELECT id FROM agencies WHERE code LIKE 'BENCH-%'))
      INSERT INTO persons (agency_id, code, family_name, middle_name, given_name, full_name, sort_key, gender, staff_category, position, is_leader, unit_id)
      SELECT u.agency_id, 'P' || g, ${named ? sql.raw('bn.f, bn.m, bn.gv, bn.n, bn.k') : sql.raw(`'Nguyễn', 'Văn', 'Người' || g, 'Nguyễn Văn Người' || g, lpad(g::text, 8, '0')`)},
        CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END,
        CASE WHEN g % 3 = 0 THEN 'vien_chuc' ELSE 'cong_chuc' END,
        CASE WHEN g % 25 = 0 THEN 'Trưởng phòng' ELSE 'Chuyên viên' END, g % 25 = 0, u.id
      FROM generate_series(0, ${n(people - 1)}) g JOIN u ON u.rn = g % ${n(agencies * unitsPerAgency)}${named ? sql.raw(' JOIN bench_names bn ON bn.i = g') : sql``}`],
    ['person_assignments', sql`INSERT INTO person_assignments (person_id, unit_id, position, is_leader, staff_category, from_date, reason)
      SELECT p.id, p.unit_id, p.position, p.is_leader, p.staff_category, DATE '2010-01-01', 'Tiếp nhận'
      FROM persons p JOIN agencies a ON a.id = p.agency_id WHERE a.code LIKE 'BENCH-%'`],
    ['ratings', sql`INSERT INTO ratings (agency_id, person_id, year, level, regime, rated_in_unit_id)
      SELECT p.agency_id, p.id, y,
        CASE WHEN ${h("p.code || y")} < 15 THEN 'HTXSNV' WHEN ${h("p.code || y")} < 85 THEN 'HTTNV'
             WHEN ${h("p.code || y")} < 98 THEN 'HTNV' ELSE 'KHTNV' END,
        'ND90', p.unit_id
      FROM persons p JOIN agencies a ON a.id = p.agency_id, generate_series(${n(firstYear)}, ${n(lastYear)}) y WHERE ${records}`],
    ['unit ratings', sql`INSERT INTO ratings (agency_id, unit_id, year, level, regime)
      SELECT u.agency_id, u.id, y, CASE WHEN ${h("u.code || u.agency_id::text || y")} < 30 THEN 'HTXSNV' ELSE 'HTTNV' END, 'ND90'
      FROM units u JOIN agencies a ON a.id = u.agency_id, generate_series(${n(firstYear)}, ${n(lastYear)}) y WHERE ${records}`],
    ['awards LDTT', sql`INSERT INTO awards (agency_id, person_id, award_code, year, basis_type, decision_no, source)
      SELECT r.agency_id, r.person_id, 'LDTT', r.year, 'CONG_TRANG', 'BENCH', 'import' FROM ratings r
      JOIN agencies a ON a.id = r.agency_id WHERE ${records} AND r.person_id IS NOT NULL AND r.year < ${n(lastYear)} AND r.level IN ('HTXSNV', 'HTTNV')`],
    ['awards CSTDCS', sql`INSERT INTO awards (agency_id, person_id, award_code, year, basis_type, cstdcs_basis, decision_no, source)
      SELECT r.agency_id, r.person_id, 'CSTDCS', r.year, 'CONG_TRANG', 'HTXSNV', 'BENCH', 'import' FROM ratings r
      JOIN agencies a ON a.id = r.agency_id WHERE ${records} AND r.person_id IS NOT NULL AND r.year < ${n(lastYear)} AND r.level = 'HTXSNV'
        AND ${h("r.person_id::text || r.year || 'c'")} < 80`],
    ['unit awards', sql`INSERT INTO awards (agency_id, unit_id, award_code, year, basis_type, decision_no, source)
      SELECT r.agency_id, r.unit_id, 'TTLDTT', r.year, 'CONG_TRANG', 'BENCH', 'import' FROM ratings r
      JOIN agencies a ON a.id = r.agency_id WHERE ${records} AND r.unit_id IS NOT NULL AND r.year < ${n(lastYear)}`],
    ['initiatives', sql`INSERT INTO initiatives (id, agency_id, title, recognized_by, recognized_on, impact_scope, applied_effectively, replicable)
      SELECT md5(p.id::text || y)::uuid, p.agency_id, 'Sáng kiến ' || p.code || '/' || y, 'CO_SO', make_date(y, 11, 15),
        CASE WHEN ${h("p.code || y || 's'")} < 10 THEN 'TINH' ELSE 'CO_SO' END, true, ${h("p.code || y || 'r'")} < 30
      FROM persons p JOIN agencies a ON a.id = p.agency_id, generate_series(${n(firstYear)}, ${n(lastYear)}) y
      WHERE ${records} AND ${h("p.code || y || 'i'")} < 8`],
    ['initiative_authors', sql`INSERT INTO initiative_authors (initiative_id, person_id, share_pct)
      SELECT md5(p.id::text || y)::uuid, p.id, 100 FROM persons p JOIN agencies a ON a.id = p.agency_id, generate_series(${n(firstYear)}, ${n(lastYear)}) y
      WHERE ${records} AND ${h("p.code || y || 'i'")} < 8`],
    ['disciplines', sql`INSERT INTO disciplines (agency_id, person_id, form, decided_on, effective_from, effective_to, duty_related)
      SELECT p.agency_id, p.id, CASE WHEN ${h("p.code || y || 'f'")} < 70 THEN 'KHIEN_TRACH' ELSE 'CANH_CAO' END,
        make_date(y, 6, 1), make_date(y, 6, 1), make_date(y + 1, 5, 31), true
      FROM persons p JOIN agencies a ON a.id = p.agency_id, generate_series(${n(firstYear)}, ${n(lastYear)}) y
      WHERE ${records} AND ${h("p.code || y || 'd'")} < 1`],
    ['inspections', sql`INSERT INTO inspections (id, agency_id, kind, title, opened_on, has_violation)
      SELECT md5(p.id::text || 'insp')::uuid, p.agency_id, 'INSPECTION', 'Thanh tra ' || p.code, DATE '2025-09-01', true
      FROM persons p JOIN agencies a ON a.id = p.agency_id WHERE ${records} AND ${h("p.code || 'insp'")} = 0 AND ${h("p.code || 'insp2'")} < 20`],
    ['inspection_subjects', sql`INSERT INTO inspection_subjects (inspection_id, person_id)
      SELECT md5(p.id::text || 'insp')::uuid, p.id
      FROM persons p JOIN agencies a ON a.id = p.agency_id WHERE ${records} AND ${h("p.code || 'insp'")} = 0 AND ${h("p.code || 'insp2'")} < 20`],
  ];
  const counts: Record<string, number> = {};
  for (const [name, statement] of steps) {
    const t = performance.now();
    const result = (await db.execute(statement)) as unknown as { rowCount?: number; affectedRows?: number };
    counts[name] = Number(result.rowCount ?? result.affectedRows ?? 0);
    if (process.env.BENCH_VERBOSE) console.log(`  ${name}: ${counts[name]} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (named) await db.execute(sql`DROP TABLE bench_names`);
  await db.execute(sql`ANALYZE`);
  return counts;
}
