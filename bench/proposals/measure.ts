/**
 * Proposals at province size (issue 6, item 10), PostgreSQL only: the province dataset (60 agencies,
 * 50,000 people, records for the first two), one 2025 round per agency, ~5,000 proposals (one per ten
 * candidates of a unit) and ~50,000 candidates, generated inside the database with INSERT … SELECT
 * (set-based: seconds). Then through the app (app.inject, session cookie, policy, validation, response
 * schema), one request after another after a warm-up:
 *  - the office inbox, GET /api/proposals?inbox=true with its filters (target p95 ≤ 50 ms);
 *  - a round's candidate list, GET /api/proposal-rounds/:id/candidates with its filters (p95 ≤ 50 ms);
 *  - the engine's agenda run on the 2,000 accepted candidates of agency 1's closed round,
 *    POST /api/proposal-rounds/:id/agenda-verdicts (target ≤ 2 s).
 */
import { execSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from '../../src/db/client';
import { userRoles, users } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { loadConfig, type AppConfig } from '../../src/server/config';
import { createSession, SESSION_COOKIE } from '../../src/server/services/sessions';
import { generateProvinceDataset, PROVINCE } from '../eligibility/dataset';
import { nameOf } from '../load/dataset';
import { withScratchPostgres } from '../scratch-postgres';

/** Agency 1: 2,000 candidates (three awards for most of its people) in a closed round; the others: one candidate per person, up to 813. */
const AGENDA_CANDIDATES = 2000;
const PER_AGENCY = 813;
const REQUESTS = Number(process.env.BENCH_PROPOSALS_REQUESTS ?? 150);

const uptime = () => {
  try {
    return execSync('uptime').toString().trim();
  } catch {
    return '(uptime unavailable)';
  }
};
const count = async (db: Db, table: string) => Number(rowsOf<{ n: string }>(await db.execute(sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0]!.n);

/** Rounds, proposals and candidates for every bench agency, set-based. */
export async function generateProposals(db: Db) {
  const awards = JSON.stringify(['LDTT', 'CSTDCS', 'GK_SO', 'TTLDTT', 'BK_TINH', 'CSTD_TINH']);
  await db.execute(sql`
    INSERT INTO review_rounds (agency_id, name, kind, year, award_codes, opens_on, unit_deadline, status)
    SELECT a.id, 'Xét khen thưởng công trạng năm 2025', 'annual', 2025, ${awards}::jsonb, '2025-11-03', '2025-12-15',
           CASE WHEN a.code = 'BENCH-1' THEN 'closed' ELSE 'open' END
    FROM agencies a WHERE a.code LIKE 'BENCH-%'`);
  // Who is proposed for what: agency 1, each person for LĐTT, CSTĐCS and Giấy khen (first 2,000 pairs); others, one award each.
  await db.execute(sql.raw(`
    CREATE UNLOGGED TABLE bench_cand AS
    WITH ranked AS (
      SELECT p.id AS person_id, p.agency_id, p.unit_id, p.code, a.code = 'BENCH-1' AS first,
             row_number() OVER (PARTITION BY p.agency_id ORDER BY p.code) AS rn
      FROM persons p JOIN agencies a ON a.id = p.agency_id WHERE a.code LIKE 'BENCH-%'
    ), pairs AS (
      SELECT r.*, w.award, row_number() OVER (PARTITION BY r.agency_id ORDER BY r.rn, w.ord) AS pn
      FROM ranked r
      JOIN LATERAL (SELECT * FROM (VALUES ('LDTT', 1), ('CSTDCS', 2), ('GK_SO', 3)) v(award, ord)
                    WHERE r.first OR v.ord = 1 + (hashtext(r.code) & 1)) w ON true
    )
    SELECT person_id, agency_id, unit_id, award, first,
           (row_number() OVER (PARTITION BY unit_id ORDER BY pn) - 1) / 10 AS chunk
    FROM pairs WHERE (first AND pn <= ${AGENDA_CANDIDATES}) OR (NOT first AND pn <= ${PER_AGENCY})`));
  await db.execute(sql.raw(`
    CREATE UNLOGGED TABLE bench_prop AS
    SELECT gen_random_uuid() AS id, agency_id, unit_id, chunk, first,
           CASE WHEN first THEN 'completed'
                ELSE (ARRAY['draft','submitted','submitted','submitted','in_review','in_review','returned','completed','completed','draft'])[1 + (abs(hashtext(unit_id::text || chunk)) % 10)]
           END AS status
    FROM (SELECT DISTINCT agency_id, unit_id, chunk, first FROM bench_cand) x`));
  await db.execute(sql.raw(`
    INSERT INTO proposals (id, agency_id, round_id, unit_id, title, document_no, status, created_by_name, submitted_at, submissions, opened_at, completed_at, returned_at, return_reason)
    SELECT bp.id, bp.agency_id, r.id, bp.unit_id,
           'Tờ trình đề nghị khen thưởng năm 2025 — ' || u.name || ' (đợt ' || (bp.chunk + 1) || ')', (bp.chunk + 1) || '/TTr-' || u.code, bp.status, 'Đầu mối TĐKT',
           CASE WHEN bp.status <> 'draft' THEN timestamptz '2025-12-01' + (abs(hashtext(bp.id::text)) % 1000) * interval '1 minute' END,
           CASE WHEN bp.status <> 'draft' THEN 1 ELSE 0 END,
           CASE WHEN bp.status IN ('in_review', 'returned', 'completed') THEN timestamptz '2025-12-16' END,
           CASE WHEN bp.status = 'completed' THEN timestamptz '2025-12-20' END,
           CASE WHEN bp.status = 'returned' THEN timestamptz '2025-12-18' END,
           CASE WHEN bp.status = 'returned' THEN 'Bổ sung hồ sơ theo yêu cầu' END
    FROM bench_prop bp JOIN review_rounds r ON r.agency_id = bp.agency_id JOIN units u ON u.id = bp.unit_id`));
  await db.execute(sql.raw(`
    INSERT INTO proposal_candidates (agency_id, proposal_id, round_id, person_id, award_code, status, verdict_status, summary, note)
    SELECT c.agency_id, bp.id, r.id, c.person_id, c.award,
           CASE bp.status WHEN 'completed' THEN 'accepted'
                          WHEN 'returned' THEN (CASE WHEN hashtext(c.person_id::text) % 3 = 0 THEN 'returned' ELSE 'accepted' END)
                          WHEN 'in_review' THEN (CASE WHEN hashtext(c.person_id::text) % 2 = 0 THEN 'accepted' ELSE 'pending' END)
                          ELSE 'pending' END,
           (ARRAY['eligible','eligible','eligible','not_eligible','missing_information','awaiting_council'])[1 + (abs(hashtext(c.person_id::text || c.award)) % 6)],
           CASE WHEN bp.status = 'completed' THEN 'Hoàn thành tốt nhiệm vụ năm 2025' END, ''
    FROM bench_cand c JOIN bench_prop bp ON bp.unit_id = c.unit_id AND bp.chunk = c.chunk JOIN review_rounds r ON r.agency_id = c.agency_id`));
  await db.execute(sql`DROP TABLE bench_cand`);
  await db.execute(sql`DROP TABLE bench_prop`);
  await db.execute(sql`ANALYZE review_rounds`);
  await db.execute(sql`ANALYZE proposals`);
  await db.execute(sql`ANALYZE proposal_candidates`);
  return { rounds: await count(db, 'review_rounds'), proposals: await count(db, 'proposals'), candidates: await count(db, 'proposal_candidates') };
}

async function officeOf(db: Db, config: AppConfig, agencyCode: string) {
  const [agency] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM agencies WHERE code = ${agencyCode}`));
  const [u] = await db.insert(users).values({ agencyId: agency!.id, username: `bench.office.${agencyCode}`, displayName: 'Văn phòng (thử tải)', passwordHash: 'x' }).returning({ id: users.id });
  await db.insert(userRoles).values({ userId: u!.id, role: 'office', unitId: null });
  const { token, csrfToken } = await createSession(db, config, u!.id, { ip: '127.0.0.1', userAgent: 'bench' });
  return { agencyId: agency!.id, headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken } };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function timeGets(app: FastifyInstance, headers: Record<string, string>, label: string, url: string) {
  for (let i = 0; i < 10; i++) await app.inject({ method: 'GET', url, headers }); // warm-up
  const times: number[] = [];
  let bytes = 0;
  let total: unknown = null;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url, headers });
    times.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    bytes = res.body.length;
    total = (res.json() as { total?: number }).total;
  }
  const p95 = pct(times, 95);
  console.log(`  ${label.padEnd(44)} p50 ${ms(pct(times, 50)).padStart(9)}  p95 ${ms(p95).padStart(9)}  max ${ms(Math.max(...times)).padStart(9)}  (total ${total}, ${(bytes / 1024).toFixed(0)} KB)  ${p95 <= 50 ? 'MET' : 'NOT MET'}`);
  return { label, p95 };
}

export async function proposalsBench(database: Database) {
  const db = database.db;
  console.log(`\n== PostgreSQL: proposals at province size\nload before: ${uptime()}`);
  let t = performance.now();
  await generateProvinceDataset(db, PROVINCE, { names: nameOf, recordAgencies: 2 });
  console.log(`province dataset: ${await count(db, 'persons')} people in ${PROVINCE.agencies} agencies, records for the first two (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  t = performance.now();
  const counts = await generateProposals(db);
  console.log(`proposals: ${counts.rounds} rounds, ${counts.proposals} proposals, ${counts.candidates} candidates (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

  const config = loadConfig({ VD_WEB_DIR: '/nonexistent' });
  const app = await buildApp({ database, config } as Parameters<typeof buildApp>[0]);
  try {
    const office2 = await officeOf(db, config, 'BENCH-2');
    const office1 = await officeOf(db, config, 'BENCH-1');
    const [round2] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM review_rounds WHERE agency_id = ${office2.agencyId}`));
    const [round1] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM review_rounds WHERE agency_id = ${office1.agencyId}`));
    const [unit2] = rowsOf<{ id: string }>(await db.execute(sql`SELECT unit_id AS id FROM proposals WHERE agency_id = ${office2.agencyId} ORDER BY unit_id LIMIT 1`));
    const inbox = '/api/proposals?inbox=true';
    const cand = (roundId: string) => `/api/proposal-rounds/${roundId}/candidates`;
    console.log(`agency 2 (office, ${REQUESTS} requests each after 10 warm-up, one after another; target p95 ≤ 50 ms):`);
    const results = [
      await timeGets(app, office2.headers, 'inbox', `${inbox}&page=1&pageSize=20`),
      await timeGets(app, office2.headers, 'inbox, q=nguyen van', `${inbox}&q=${encodeURIComponent('nguyen van')}&page=1&pageSize=20`),
      await timeGets(app, office2.headers, 'inbox, awardCode=CSTDCS', `${inbox}&awardCode=CSTDCS&page=1&pageSize=20`),
      await timeGets(app, office2.headers, 'inbox, unitId', `${inbox}&unitId=${unit2!.id}&page=1&pageSize=20`),
      await timeGets(app, office2.headers, 'inbox, roundId, page 3 of 50', `${inbox}&roundId=${round2!.id}&page=3&pageSize=50`),
      await timeGets(app, office2.headers, 'round candidates (≈ 800)', `${cand(round2!.id)}?page=1&pageSize=50`),
      await timeGets(app, office2.headers, 'round candidates, status=accepted', `${cand(round2!.id)}?status=accepted&page=1&pageSize=50`),
      await timeGets(app, office2.headers, 'round candidates, awardCode=LDTT, unitId', `${cand(round2!.id)}?awardCode=LDTT&unitId=${unit2!.id}&page=1&pageSize=50`),
      await timeGets(app, office1.headers, 'round candidates (2,000), page 10', `${cand(round1!.id)}?page=10&pageSize=50`),
    ];

    const agenda = async () => {
      const t0 = performance.now();
      const res = await app.inject({ method: 'POST', url: `/api/proposal-rounds/${round1!.id}/agenda-verdicts`, headers: { ...office1.headers, 'content-type': 'application/json' }, payload: '{}' });
      const elapsed = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`agenda: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return { elapsed, body: res.json() as { ran: number; byStatus: Record<string, number> } };
    };
    const first = await agenda();
    const second = await agenda();
    console.log(`agenda run, agency 1's closed round: ${first.body.ran} accepted candidates judged and stored (${Object.entries(first.body.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    console.log(`  first ${(first.elapsed / 1000).toFixed(2)} s, second ${(second.elapsed / 1000).toFixed(2)} s   target ≤ 2 s → ${Math.max(first.elapsed, second.elapsed) <= 2000 ? 'MET' : 'NOT MET'}`);
    console.log(`load after: ${uptime()}`);
    return { results, agendaMs: [first.elapsed, second.elapsed], counts };
  } finally {
    await app.close();
  }
}

export async function runProposalsBench(adminUrl: string) {
  return withScratchPostgres(adminUrl, 'proposals', proposalsBench);
}
