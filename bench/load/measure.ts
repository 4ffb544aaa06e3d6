/**
 * Load figures over real HTTP on loopback: the app listening on a port, a load client in another
 * process (bench/load/client.ts). Three runs on one database:
 *  1. people search, 20 signed-in clients, against the app;
 *  2. the same searches against a bare Fastify route running the same SQL (listPeople), no session,
 *     no validation, no response schema: what the database and HTTP alone allow;
 *  3. 200 signed-in users across the main read pages.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/db/client';
import { listPeople } from '../../src/db/queries/people';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { LoadPlan, LoadResult, LoadUser } from './client';
import { benchAgencyId, benchUsers, generateLoadDataset, RECORD_AGENCIES, samplePersonIds } from './dataset';

/** Searches an office officer types: full names, family names, given names, codes (all without diacritics). */
export const SEARCH_TERMS = [
  'nguyen van an', 'tran thi hoa', 'le minh', 'pham thu', 'hoang', 'huong', 'thao', 'dang quang', 'bui', 'do thi',
  'ngoc anh', 'P1234', 'P777', 'trung', 'vo thanh', 'nguyen', 'linh', 'duong gia bao', 'thi thu trang', 'hung',
];

export const searchPath = (term: string, prefix = '/api/people') => `${prefix}?q=${encodeURIComponent(term)}&page=1&pageSize=20`;

export interface LoadOptions {
  /** Seconds of the search runs (each of app and bare). */
  searchSeconds: number;
  /** Seconds of the 200-user run. */
  mixedSeconds: number;
  mixedUsers: number;
  searchClients: number;
}

export function loadOptionsFromEnv(): LoadOptions {
  return {
    searchSeconds: Number(process.env.BENCH_LOAD_SECONDS ?? 15),
    mixedSeconds: Number(process.env.BENCH_MIXED_SECONDS ?? 60),
    mixedUsers: Number(process.env.BENCH_MIXED_USERS ?? 200),
    searchClients: Number(process.env.BENCH_SEARCH_CLIENTS ?? 20),
  };
}

function runClient(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./client.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => { if (code !== 0) reject(new Error(`load client exited with ${code}`)); });
    child.send(plan);
  });
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** The same SQL as GET /api/people for an office officer (agency scope), with nothing else around it. */
function bareApp(database: Database, agencyId: string): FastifyInstance {
  const bare = Fastify({ logger: false });
  bare.get('/bare/people', async (req) => {
    const q = (req.query as { q?: string }).q;
    return listPeople(database.db, { kind: 'agency', agencyId }, { q, page: 1, pageSize: 20, includeSubunits: true, isLeader: undefined, isDirectWorker: undefined });
  });
  return bare;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
export const line = (r: LoadResult) =>
  `p50 ${ms(r.overall.p50)}  p95 ${ms(r.overall.p95)}  p99 ${ms(r.overall.p99)}  max ${ms(r.overall.max)}  ${r.throughput.toFixed(0)} req/s  (${r.requests} requests, ${r.errors} errors)`;

export interface LoadFigures {
  search: LoadResult;
  bare: LoadResult;
  mixed: LoadResult;
}

export async function loadBench(database: Database, options: LoadOptions): Promise<LoadFigures> {
  const t = performance.now();
  const counts = await generateLoadDataset(database.db);
  console.log(`dataset: ${counts.persons} people in ${counts.agencies} agencies; ${counts.ratings} ratings, ${counts['awards LDTT']! + counts['awards CSTDCS']!} titles for the first ${RECORD_AGENCIES} (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return measureLoad(database, options);
}

/** The three runs, on a database that already holds the load dataset. */
export async function measureLoad(database: Database, options: LoadOptions): Promise<LoadFigures> {
  let t = performance.now();
  const tag = randomBytes(3).toString('hex');
  const config = { ...loadConfig({ VD_WEB_DIR: '/nonexistent' }) };
  const app = await buildApp({ database, config } as Parameters<typeof buildApp>[0]);
  const agencyId = await benchAgencyId(database.db);
  const bare = bareApp(database, agencyId);
  try {
    const appUrl = await listen(app);
    const bareUrl = await listen(bare);
    t = performance.now();
    const searchers = await benchUsers(database.db, config, options.searchClients, 0, `search.${tag}`);
    const mixedUsers = await benchUsers(database.db, config, options.mixedUsers, Math.round(options.mixedUsers / 5), `mixed.${tag}`);
    console.log(`${searchers.length + mixedUsers.length} signed-in users (sessions) created in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const durationMs = options.searchSeconds * 1000;
    const maxRequests = 200_000;
    const searchUser = (prefix: string, cookie?: string): LoadUser => ({ cookie, requests: SEARCH_TERMS.map((term) => ({ label: 'search', path: searchPath(term, prefix) })) });
    console.log(`people search, ${options.searchClients} concurrent clients, ${options.searchSeconds} s each (after 2 s warm-up), terms: ${SEARCH_TERMS.join(', ')}`);
    const bareResult = await runClient({ baseUrl: bareUrl, users: searchers.map(() => searchUser('/bare/people')), durationMs, maxRequests, warmupMs: 2000 });
    const searchResult = await runClient({ baseUrl: appUrl, users: searchers.map((u) => searchUser('/api/people', u.cookie)), durationMs, maxRequests, warmupMs: 2000 });
    console.log(`  bare Fastify route, same SQL: ${line(bareResult)}`);
    console.log(`  the app (session, policy, validation, response schema): ${line(searchResult)}`);
    const share = searchResult.throughput / bareResult.throughput;
    console.log(`  app throughput = ${(share * 100).toFixed(0)} % of the bare route; target p95 ≤ 20 ms and ≥ 50 % (PostgreSQL) → ${searchResult.overall.p95 <= 20 && share >= 0.5 && searchResult.errors === 0 ? 'MET' : 'NOT MET'}`);

    // 200 users across the main read pages. Unit heads (one in five) open people of their own unit.
    const people = await samplePersonIds(database.db, agencyId, 400);
    const unitOf = new Map(rowsOf<{ id: string; unit_id: string }>(await database.db.execute(sql`SELECT id, unit_id FROM persons WHERE agency_id = ${agencyId}`)).map((r) => [r.id, r.unit_id]));
    const pages = (personIds: string[]) => [
      ...Array.from({ length: 4 }, () => ({ label: 'people list', path: '/api/people?page=1&pageSize=20' })),
      ...SEARCH_TERMS.slice(0, 5).map((term) => ({ label: 'people search', path: searchPath(term) })),
      ...personIds.slice(0, 3).map((id) => ({ label: 'a person', path: `/api/people/${id}` })),
      ...Array.from({ length: 2 }, () => ({ label: 'units tree', path: '/api/units' })),
      { label: 'screening 2025', path: '/api/eligibility/screening?year=2025' },
      { label: 'ratings list', path: '/api/records/ratings?year=2025&page=1&pageSize=20' },
      { label: 'awards list', path: '/api/records/awards?page=1&pageSize=20' },
      { label: 'initiatives list', path: '/api/records/initiatives?page=1&pageSize=20' },
      { label: 'disciplines list', path: '/api/records/disciplines?page=1&pageSize=20' },
    ];
    const mixedPlan: LoadUser[] = mixedUsers.map((u, i) => {
      const ids = u.role === 'unit_head' && u.unitId ? people.filter((id) => unitOf.get(id) === u.unitId) : people;
      const offset = (i * 7) % Math.max(1, ids.length - 3);
      return { cookie: u.cookie, requests: pages(ids.slice(offset, offset + 3)) };
    });
    console.log(`${mixedUsers.length} concurrent signed-in users (${mixedUsers.filter((u) => u.role === 'unit_head').length} unit heads) across the read pages for ${options.mixedSeconds} s (BENCH_MIXED_SECONDS), each sending its next request as soon as the previous one answers`);
    const mixed = await runClient({ baseUrl: appUrl, users: mixedPlan, durationMs: options.mixedSeconds * 1000, maxRequests: 2_000_000, warmupMs: 2000 });
    console.log(`  all pages: ${line(mixed)}`);
    for (const [label, s] of Object.entries(mixed.byLabel)) {
      console.log(`    ${label.padEnd(18)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (${s.count} requests, ${s.errors} errors)`);
    }
    console.log(`  errors: ${mixed.errors}${mixed.errors ? ` — e.g. ${mixed.sampleErrors.join(' | ')}` : ''}  (target 0 → ${mixed.errors === 0 ? 'MET' : 'NOT MET'})`);
    if (searchResult.errors || bareResult.errors) console.log(`  search errors: ${[...searchResult.sampleErrors, ...bareResult.sampleErrors].join(' | ')}`);
    return { search: searchResult, bare: bareResult, mixed };
  } finally {
    await app.close();
    await bare.close();
  }
}
