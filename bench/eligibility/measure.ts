import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { loadScreeningData } from '../../src/db/queries/records/screening-data';
import { agencySettingsOn } from '../../src/db/queries/records/settings';
import { screenMany } from '../../src/domain/eligibility';
import { screeningCases } from '../../src/server/services/screening/build-cases';
import { COLLECTIVE_SCREENING_AWARDS, INDIVIDUAL_SCREENING_AWARDS } from '../../src/server/services/screening/screen';

export interface Timing {
  ms: number;
  detail: Record<string, number>;
}

const now = () => performance.now();

async function benchAgencies(db: Db): Promise<string[]> {
  const rows = (await db.execute(sql`SELECT id FROM agencies WHERE code LIKE 'BENCH-%' ORDER BY code`)) as unknown as { rows: { id: string }[] };
  return rows.rows.map((r) => r.id);
}

/**
 * Screening of every person and collective of every agency for every title, agency by agency as the
 * screening route does it (loadScreeningData + screeningCases + screenMany). `overlap`: the next
 * agency's rows are requested before the current one is judged, so the database works while Node
 * judges (a province-wide run would do that; on PGlite, which runs in this thread, it changes nothing).
 * `wait` is the time spent waiting for rows.
 */
export async function screenProvince(db: Db, year: number, asOf: string, overlap = true): Promise<Timing & { verdicts: number; people: number }> {
  const agencies = await benchAgencies(db);
  const load = (agencyId: string) => Promise.all([loadScreeningData(db, { agencyId, year }), agencySettingsOn(db, agencyId, asOf)]);
  let wait = 0;
  let build = 0;
  let judge = 0;
  let verdicts = 0;
  let people = 0;
  const t0 = now();
  let next: ReturnType<typeof load> | null = null;
  for (let i = 0; i < agencies.length; i++) {
    let t = now();
    const [data, settings] = await (next ?? load(agencies[i]!));
    next = overlap && i + 1 < agencies.length ? load(agencies[i + 1]!) : null;
    // Let the driver send the next agency's queries before the CPU-bound work below.
    if (next) await new Promise((resolve) => setImmediate(resolve));
    wait += now() - t;
    t = now();
    const cases = screeningCases(data, { year, asOf });
    build += now() - t;
    t = now();
    verdicts += screenMany(cases.people, INDIVIDUAL_SCREENING_AWARDS, settings).length;
    verdicts += screenMany(cases.units, COLLECTIVE_SCREENING_AWARDS, settings).length;
    judge += now() - t;
    people += cases.people.length;
  }
  return { ms: now() - t0, detail: { wait, build, judge }, verdicts, people };
}

/** The same rows, read plainly (same columns, same filters, per agency), with no processing at all. */
export async function plainRead(db: Db, year: number): Promise<Timing & { rows: number }> {
  const agencies = await benchAgencies(db);
  let rows = 0;
  const t0 = now();
  for (const agencyId of agencies) {
    const queries = [
      sql`SELECT id, parent_id, code, name, kind, active, sort_order FROM units WHERE agency_id = ${agencyId}`,
      sql`SELECT id, code, full_name, sort_key, gender, birth_date, status, is_direct_worker, unit_id, staff_category, position, is_leader FROM persons WHERE agency_id = ${agencyId}`,
      sql`SELECT a.person_id, a.unit_id, a.from_date, a.to_date, a.position, a.is_leader, a.staff_category FROM person_assignments a JOIN persons p ON p.id = a.person_id WHERE p.agency_id = ${agencyId}`,
      sql`SELECT person_id, unit_id, year, level, regime, rated_in_unit_id, spirit_attested, decision_no, decided_on FROM ratings WHERE agency_id = ${agencyId} AND year <= ${year}`,
      sql`SELECT id, person_id, unit_id, award_code, year, basis_type, cstdcs_basis, decision_no, decided_on, source FROM awards WHERE agency_id = ${agencyId}`,
      sql`SELECT ia.initiative_id, ia.person_id, ia.share_pct FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id WHERE i.agency_id = ${agencyId}`,
      sql`SELECT id, title, recognized_by, recognized_on, impact_scope, impact_recognized_by_province_head, applied_effectively, replicable FROM initiatives WHERE agency_id = ${agencyId}`,
      sql`SELECT id, person_id, form, decided_on, effective_from, effective_to, duty_related FROM disciplines WHERE agency_id = ${agencyId}`,
      sql`SELECT s.inspection_id, s.person_id, s.unit_id FROM inspection_subjects s JOIN inspections i ON i.id = s.inspection_id WHERE i.agency_id = ${agencyId}`,
    ];
    for (const q of queries) rows += ((await db.execute(q)) as unknown as { rows: unknown[] }).rows.length;
  }
  return { ms: now() - t0, detail: {}, rows };
}
